use std::collections::{BTreeMap, BTreeSet};

use super::*;

const TABLE: &str = "\
# Architecture

| Crate | Path | May depend on | Must not |
|---|---|---|---|
| `hagukumi-core` | `crates/core` | chrono, serde | do IO, read the clock |
| `hagukumi-store` | `crates/store` | core, rusqlite (SQLCipher, bundled) | know about the UI |
| `hagu` (`hagukumi-cli`) | `crates/cli` | core, store, fluent | contain SQL |
| `hagukumi-e2e` | `tests` | everything (dev) | run without the app |
| `xtask` | `xtask` | std only | be needed at run time |

Free for every crate: serde, thiserror.
";

fn package(name: &str, deps: &[&str]) -> Package {
    Package {
        name: name.into(),
        deps: deps.iter().map(|d| (*d).to_owned()).collect(),
    }
}

fn workspace(core: &[&str], store: &[&str], cli: &[&str], xtask: &[&str]) -> Vec<Package> {
    vec![
        package("hagukumi-core", core),
        package("hagukumi-store", store),
        package("hagukumi-cli", cli),
        package("hagukumi-e2e", &["hagukumi-store", "rusqlite", "ureq"]),
        package("xtask", xtask),
    ]
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_owned()
}

#[test]
fn the_table_is_read_with_its_remarks_left_out() {
    let table = parse_table(TABLE).unwrap();
    let names: Vec<&str> = table.rows.iter().map(|r| r.package.as_str()).collect();
    assert_eq!(
        names,
        [
            "hagukumi-core",
            "hagukumi-store",
            "hagukumi-cli",
            "hagukumi-e2e",
            "xtask"
        ]
    );
    assert_eq!(table.rows[1].may, ["core", "rusqlite"]);
    assert_eq!(table.rows[0].must_not, "do IO, read the clock");
    assert!(table.rows[3].anything);
    assert!(table.rows[4].may.is_empty() && !table.rows[4].anything);
    assert_eq!(table.free, ["serde", "thiserror"]);
}

#[test]
fn the_real_table_has_the_fixed_drifts() {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let table = parse_table(&text).unwrap();
    let row = |name: &str| {
        table
            .rows
            .iter()
            .find(|r| r.package == name)
            .unwrap_or_else(|| panic!("no row for {name}"))
    };
    assert!(row("hagukumi-core").may.contains(&"serde_json".to_owned()));
    assert!(row("hagukumi-cli").may.contains(&"sync".to_owned()));
    assert!(!row("hagukumi-core").may.contains(&"store".to_owned()));
    assert!(row("xtask").may.is_empty());
    assert_eq!(table.rows.len(), 12);
}

#[test]
fn a_forbidden_dependency_fails_with_the_rule_it_broke() {
    let table = parse_table(TABLE).unwrap();
    let clean = workspace(
        &["chrono", "serde", "thiserror", "unchecked-helper"],
        &["hagukumi-core", "rusqlite", "serde"],
        &["hagukumi-core", "hagukumi-store", "fluent-bundle", "base64"],
        &[],
    );
    assert_eq!(check_dependencies(&table, &clean), Vec::<String>::new());

    // The core gains SQLite (a guarded external) and the store (a workspace crate).
    let dirty = workspace(
        &["chrono", "serde", "rusqlite", "hagukumi-store"],
        &["hagukumi-core", "rusqlite"],
        &["hagukumi-core", "hagukumi-store", "fluent-syntax", "chrono"],
        &["serde"],
    );
    let problems = check_dependencies(&table, &dirty);
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert!(problems[0].starts_with("hagukumi-core depends on rusqlite:"));
    assert_eq!(
        problems[1],
        "hagukumi-core depends on hagukumi-store: ARCHITECTURE.md allows it chrono, serde; \
         it must not do IO, read the clock"
    );
    assert!(problems[2].starts_with("hagukumi-cli depends on chrono:"));
    assert!(problems[3].contains("xtask depends on serde: ARCHITECTURE.md allows it nothing"));
}

#[test]
fn a_dependency_the_table_names_but_the_crate_lacks_is_a_drift() {
    let table = parse_table(TABLE).unwrap();
    let packages = workspace(
        &["chrono", "serde"],
        &["hagukumi-core"],
        &["hagukumi-core", "hagukumi-store", "fluent-bundle"],
        &[],
    );
    assert_eq!(
        check_dependencies(&table, &packages),
        [
            "ARCHITECTURE.md lets hagukumi-store depend on rusqlite, which it does not: \
          take it out of the table"
        ]
    );
}

#[test]
fn the_browser_clock_counts_too() {
    let text = "let now = js_sys::Date::now();\nlet d = js_sys::Date::new_0();\n";
    assert_eq!(clock_lines(text).len(), 2);
}

#[test]
fn a_crate_missing_from_the_table_fails() {
    let table = parse_table(TABLE).unwrap();
    let mut packages = workspace(
        &["chrono", "serde"],
        &["hagukumi-core", "rusqlite"],
        &["hagukumi-core", "hagukumi-store", "fluent-bundle"],
        &[],
    );
    packages.push(package("hagukumi-new", &[]));
    let problems = check_dependencies(&table, &packages);
    assert_eq!(
        problems,
        ["hagukumi-new: not in the crate table of ARCHITECTURE.md (add its row)"]
    );
}

#[test]
fn metadata_json_gives_normal_and_build_dependencies() {
    let json = r#"{"packages":[{"name":"hagukumi-core","version":"0.1.0",
        "dependencies":[
          {"name":"chrono","kind":null,"optional":false,"features":["std"]},
          {"name":"tempfile","kind":"dev","req":"^3"},
          {"name":"cc","kind":"build","target":"cfg(unix)","x":1.5e3}
        ],"description":"a \"pure\" core \u00e9\n"}],"workspace_root":"/x","version":1}"#;
    let packages = packages_from_metadata(json).unwrap();
    assert_eq!(packages, [package("hagukumi-core", &["cc", "chrono"])]);
    assert!(Json::parse("{\"a\": [1, 2,]}").is_err());
    assert!(Json::parse("{\"a\": 1} x").is_err());
    assert_eq!(
        Json::parse(r#"["\u00e9\t", true, null]"#).unwrap(),
        Json::Arr(vec![Json::Str("é\t".into()), Json::Bool(true), Json::Null])
    );
}

#[test]
fn sql_is_found_in_literals_and_rusqlite_uses_but_not_in_words() {
    let text = r##"use rusqlite::Connection;
let a = conn.execute("DELETE FROM records WHERE id = ?1", [id]);
let b = r#"
    SELECT id FROM children"#;
let c = r#"INSERT INTO photos (id) VALUES (1)"#;
// SELECT in a comment is prose
let d = "Select a child"; // "UPDATE x SET y" in a comment
let e = "  CREATE TABLE t (x)";
"##;
    let lines: Vec<usize> = sql_lines(text).into_iter().map(|(n, _)| n).collect();
    assert_eq!(lines, [1, 2, 5, 8]);
}

#[test]
fn clock_reads_are_found_outside_comments() {
    let text = "let t = Utc::now();\n// Utc::now() in a comment\nlet i = std::time::Instant::now();\nlet d = \"SystemTime::now\";\nlet s = SystemTime::UNIX_EPOCH;\n";
    let lines: Vec<usize> = clock_lines(text).into_iter().map(|(n, _)| n).collect();
    assert_eq!(lines, [1, 3, 4]);
}

#[test]
fn a_long_file_needs_a_reason_at_its_top() {
    let body = "fn f() {}\n".repeat(LINE_BUDGET);
    assert_eq!(over_budget("a.rs", &body), None);
    let long = format!("{body}fn g() {{}}\n");
    assert!(over_budget("a.rs", &long)
        .unwrap()
        .starts_with("a.rs: 701 lines, over the budget of 700"));
    let reasoned = format!("// tidy: over budget because the twin forms are one job\n{long}");
    assert_eq!(over_budget("a.rs", &reasoned), None);
    let empty_reason = format!("// tidy: over budget because \n{long}");
    assert!(over_budget("a.rs", &empty_reason).is_some());
    let too_low = format!(
        "{}// tidy: over budget because it is long anyway\n{long}",
        "\n".repeat(10)
    );
    assert!(over_budget("a.rs", &too_low).is_some());
}

#[test]
fn the_shell_reads_the_clock_in_one_file() {
    assert!(reads_the_clock("src-tauri/src/clock.rs"));
    assert!(!reads_the_clock("src-tauri/src/commands.rs"));
    assert!(reads_the_clock("crates/cli/src/records.rs"));
    assert!(!reads_the_clock("crates/sync/src/engine.rs"));
    assert_eq!(clock_lines("    chrono::Utc::now().naive_utc()\n").len(), 1);
}

#[test]
fn exceptions_match_folders_anywhere_and_exact_files() {
    assert!(exception(SQL_EXCEPTIONS, "crates/sync/benches/first_sync.rs").is_some());
    assert!(exception(SQL_EXCEPTIONS, "crates/cli/tests/cli.rs").is_none());
    assert!(exception(CLOCK_EXCEPTIONS, "tests/tests/e2e.rs").is_some());
    assert!(exception(CLOCK_EXCEPTIONS, "tests/src/lib.rs").is_some());
    assert!(exception(CLOCK_EXCEPTIONS, "crates/sync/tests/portal_sync.rs").is_some());
    assert!(exception(SQL_EXCEPTIONS, "xtask/src/main.rs").is_some());
    assert!(exception(SQL_EXCEPTIONS, "crates/cli/src/lib.rs").is_none());
    assert!(exception(SQL_EXCEPTIONS, "crates/cli/src/records.rs").is_none());
    assert!(exception(CLOCK_EXCEPTIONS, "crates/core/src/schedule.rs").is_none());
    assert!(exception(CLOCK_EXCEPTIONS, "crates/core/benches/schedule.rs").is_some());
}

fn modules(files: &[(&str, &str)]) -> BTreeMap<String, String> {
    files
        .iter()
        .map(|(m, t)| ((*m).to_owned(), (*t).to_owned()))
        .collect()
}

#[test]
fn import_circles_are_found_through_crate_and_super_paths() {
    let src = modules(&[
        ("", "mod a; mod b; mod x; mod d; use crate::a::A;"),
        ("a", "use crate::b::Thing;\n"),
        ("b", "use crate::{x::{self, y::Y}, e};\n"),
        ("x", "pub mod y;\n"),
        (
            "x::y",
            "fn f() { super::super::a::g() } // crate::d in a comment\n",
        ),
        (
            "d",
            "use crate::a;\n#[cfg(test)]\nmod tests {\n    use crate::b;\n}\n",
        ),
    ]);
    assert_eq!(module_circles(&src), [vec!["a", "b", "x::y"]]);
    let circle = &module_circles(&src)[0];
    assert_eq!(
        circle_edges(&src, circle),
        ["a → b (line 1)", "b → x::y (line 1)", "x::y → a (line 1)"]
    );
    let multi_line = modules(&[
        ("a", "\nuse crate::{\n    c,\n    b::B,\n};\n"),
        ("b", "fn f() {}\n\nfn g() { super::a::h() }\n"),
    ]);
    assert_eq!(
        circle_edges(&multi_line, &module_circles(&multi_line)[0]),
        ["a → b (line 2)", "b → a (line 3)"]
    );
}

#[test]
fn a_module_using_its_parent_is_no_circle() {
    let src = modules(&[
        ("p", "use crate::p::c::C;\n"),
        ("p::c", "use super::P; use crate::p::Q;\n"),
        ("q", "use crate::r; // ünïcode ok\n"),
        ("r", "fn f() { let s = \"crate::q\"; }\n"),
    ]);
    // `r` names `q` only inside a string literal, which still counts: a rough
    // reader, so the list is a report, not a failure.
    assert_eq!(module_circles(&src), [vec!["q", "r"]]);
}

#[test]
fn module_paths_follow_the_files() {
    assert_eq!(module_path("lib.rs").as_deref(), Some(""));
    assert_eq!(module_path("main.rs").as_deref(), Some(""));
    assert_eq!(module_path("a/mod.rs").as_deref(), Some("a"));
    assert_eq!(module_path("a/b.rs").as_deref(), Some("a::b"));
    assert_eq!(module_path("bin/tool.rs"), None);
}

#[test]
fn the_real_tree_is_tidy() {
    tidy(&root()).unwrap();
}

#[test]
fn an_exception_nothing_needs_is_reported() {
    const LIST: &[(&str, &str)] = &[("a/", "needed"), ("b.rs", "no longer")];
    let mut used = BTreeSet::new();
    let found = [(3, "SELECT".to_owned())];
    assert_eq!(excepted(LIST, "a/x.rs", &found, &mut used).count(), 0);
    assert_eq!(excepted(LIST, "c.rs", &found, &mut used).count(), 1);
    assert_eq!(excepted(LIST, "b.rs", &[], &mut used).count(), 0);
    assert_eq!(
        unused(LIST, &used, "LIST"),
        ["LIST lists b.rs, which no longer needs it: take it out (xtask/src/tidy.rs)"]
    );
}
