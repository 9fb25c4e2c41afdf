//! `cargo xtask tidy`: the structural rules of ARCHITECTURE.md ("Tidy rules"),
//! checked on the tree. Each check returns the problems it found; `tidy`
//! prints them all and fails when there is one (an import circle between a
//! crate's modules is one).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Result;

mod circles;
mod json;

#[cfg(test)]
use circles::module_path;
use circles::{circle_edges, crate_sources, module_circles};
use json::Json;

/// Lines a file under a `src/` folder may have without a reason at its top.
pub const LINE_BUDGET: usize = 700;

/// The marker that gives a file over [`LINE_BUDGET`] its reason, in one of
/// its first [`MARKER_LINES`] lines: `// tidy: over budget because …`.
pub const OVER_BUDGET_MARKER: &str = "tidy: over budget because ";
const MARKER_LINES: usize = 10;

/// Where SQL may appear outside `crates/store`, and why. A path ending in
/// `/` covers a folder; `*/tests/` covers every `tests/` folder. An entry
/// nothing needs any more fails the check (take it out).
pub const SQL_EXCEPTIONS: &[(&str, &str)] = &[
    (
        "*/benches/",
        "benchmarks prepare and check their data directly",
    ),
    ("xtask/", "the automation, not the product"),
];

/// The one file of the shell that reads the clock; the rest of the shell
/// is handed `today`, `now` and the sync's `CLOCK` by it.
pub const SHELL_CLOCK: &str = "src-tauri/src/clock.rs";

/// Whether `rel` may read the clock without an exception: the shell's
/// [`SHELL_CLOCK`] and the CLI (`crates/cli`).
fn reads_the_clock(rel: &str) -> bool {
    rel == SHELL_CLOCK || rel.starts_with("crates/cli/")
}

/// Where the clock may be read outside the shell's clock and the CLI, and
/// why.
pub const CLOCK_EXCEPTIONS: &[(&str, &str)] = &[
    (
        "*/tests/",
        "tests (and the end-to-end harness in `tests/`) wait with timeouts and make \
         timestamps for their fixtures",
    ),
    ("*/benches/", "benchmarks measure time"),
    (
        "crates/portal/",
        "the reference server is not shipped; it plays a portal with its own clock",
    ),
    (
        "crates/store/src/backup.rs",
        "a backup's creation time in its header; to be passed in by the caller (#11)",
    ),
    ("xtask/", "the automation, not the product"),
];

/// Folders never scanned.
const SKIP_DIRS: &[&str] = &["target", ".git", "dist", "node_modules"];

pub fn tidy(root: &Path) -> Result {
    let mut problems = Vec::new();
    let architecture = std::fs::read_to_string(root.join("ARCHITECTURE.md"))
        .map_err(|e| format!("ARCHITECTURE.md: {e}"))?;
    let table = parse_table(&architecture)?;
    let metadata = cargo_metadata(root)?;
    let packages = packages_from_metadata(&metadata)?;
    problems.extend(check_dependencies(&table, &packages));

    let files = rust_files(root)?;
    let (mut used_sql, mut used_clock) = (BTreeSet::new(), BTreeSet::new());
    for (path, text) in &files {
        let rel = path.as_str();
        if !rel.starts_with("crates/store/") {
            let found = sql_lines(text);
            problems.extend(
                excepted(SQL_EXCEPTIONS, rel, &found, &mut used_sql)
                    .map(|(n, l)| format!("{rel}:{n}: SQL outside crates/store: {l}")),
            );
        }
        if !reads_the_clock(rel) {
            let found = clock_lines(text);
            problems.extend(
                excepted(CLOCK_EXCEPTIONS, rel, &found, &mut used_clock).map(|(n, l)| {
                    format!("{rel}:{n}: clock read outside {SHELL_CLOCK} and the CLI: {l}")
                }),
            );
        }
        if rel.contains("/src/") || rel.starts_with("src/") {
            if let Some(p) = over_budget(rel, text) {
                problems.push(p);
            }
        }
    }
    problems.extend(unused(SQL_EXCEPTIONS, &used_sql, "SQL_EXCEPTIONS"));
    problems.extend(unused(CLOCK_EXCEPTIONS, &used_clock, "CLOCK_EXCEPTIONS"));
    for (krate, src) in crate_sources(&files) {
        for circle in module_circles(&src) {
            problems.push(format!(
                "{krate}: import circle {}\n      {}",
                circle.join(" ↔ "),
                circle_edges(&src, &circle).join("; ")
            ));
        }
    }

    if problems.is_empty() {
        eprintln!("tidy: dependencies, SQL, clock, line budgets and import circles follow ARCHITECTURE.md");
        Ok(())
    } else {
        for p in &problems {
            eprintln!("{p}");
        }
        Err(format!(
            "tidy: {} problem(s); the rules are in ARCHITECTURE.md (\"Tidy rules\")",
            problems.len()
        ))
    }
}

/// The findings of `rel` that no exception covers; an exception that
/// covers some is noted in `used`.
fn excepted<'f>(
    list: &'static [(&'static str, &'static str)],
    rel: &str,
    found: &'f [(usize, String)],
    used: &mut BTreeSet<&'static str>,
) -> impl Iterator<Item = &'f (usize, String)> {
    let covered = !found.is_empty()
        && exception(list, rel).is_some_and(|pattern| {
            used.insert(pattern);
            true
        });
    found.iter().filter(move |_| !covered)
}

/// An exception nothing needs any more is a problem: take it out.
fn unused(list: &[(&'static str, &str)], used: &BTreeSet<&'static str>, name: &str) -> Vec<String> {
    list.iter()
        .filter(|(pattern, _)| !used.contains(pattern))
        .map(|(pattern, _)| {
            format!(
                "{name} lists {pattern}, which no longer needs it: take it out (xtask/src/tidy.rs)"
            )
        })
        .collect()
}

/// The pattern of the first exception in `list` that covers `rel`.
fn exception(list: &[(&'static str, &str)], rel: &str) -> Option<&'static str> {
    list.iter().find_map(|(pattern, _reason)| {
        let hit = if let Some(dir) = pattern.strip_prefix('*') {
            rel.contains(dir) || rel.starts_with(&dir[1..])
        } else if pattern.ends_with('/') {
            rel.starts_with(pattern)
        } else {
            rel == *pattern
        };
        hit.then_some(*pattern)
    })
}

// ---------------------------------------------------------------- the table

/// One row of the crate table of ARCHITECTURE.md.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The package name (`hagukumi-core`).
    pub package: String,
    /// The short names of "May depend on" (`core`, `chrono`, …), without
    /// the remarks in parentheses.
    pub may: Vec<String>,
    /// "Must not", as written.
    pub must_not: String,
    /// "everything (dev)": not checked.
    pub anything: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<Row>,
    /// External crates any crate may use (the "Free for every crate:" line).
    pub free: Vec<String>,
}

/// Reads the table under "Layers and the dependency rule" and the
/// "Free for every crate:" line after it.
pub fn parse_table(architecture: &str) -> Result<Table> {
    let mut rows = Vec::new();
    let mut free = Vec::new();
    let mut header = None;
    for line in architecture.lines() {
        let line = line.trim();
        if let Some(list) = line.strip_prefix("Free for every crate:") {
            free = list
                .split(',')
                .map(|s| s.trim().trim_end_matches('.').trim_matches('`').to_owned())
                .filter(|s| !s.is_empty())
                .collect();
            continue;
        }
        if !line.starts_with('|') {
            if header.is_some() && !rows.is_empty() {
                header = None;
            }
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if cells.first() == Some(&"Crate") && cells.contains(&"May depend on") {
            let may = cells.iter().position(|c| *c == "May depend on");
            let must = cells.iter().position(|c| *c == "Must not");
            header = Some((may.unwrap_or(2), must.unwrap_or(3)));
            continue;
        }
        let Some((may_at, must_at)) = header else {
            continue;
        };
        if cells.iter().all(|c| c.chars().all(|ch| ch == '-')) {
            continue;
        }
        let package = package_name(cells[0])?;
        let may_cell = cells.get(may_at).copied().unwrap_or_default();
        let anything = may_cell.starts_with("everything");
        let may = if may_cell == "std only" || anything {
            Vec::new()
        } else {
            top_level_items(may_cell)
        };
        rows.push(Row {
            package,
            may,
            must_not: cells.get(must_at).copied().unwrap_or_default().to_owned(),
            anything,
        });
    }
    if rows.is_empty() {
        return Err("ARCHITECTURE.md: no crate table with \"May depend on\"".into());
    }
    Ok(Table { rows, free })
}

/// `` `hagu` (`hagukumi-cli`) `` → `hagukumi-cli`; `` `hagukumi-core` `` → itself.
fn package_name(cell: &str) -> Result<String> {
    let names: Vec<&str> = cell.split('`').skip(1).step_by(2).collect();
    names
        .iter()
        .rev()
        .find(|n| n.starts_with("hagukumi-") || **n == "xtask")
        .or(names.first())
        .map(|n| (*n).to_owned())
        .ok_or_else(|| format!("ARCHITECTURE.md: no crate name in {cell:?}"))
}

/// "core, reqwest (rustls with ring, blocking), ring" → core, reqwest, ring.
fn top_level_items(cell: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    for ch in cell.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => items.push(std::mem::take(&mut current)),
            _ if depth == 0 => current.push(ch),
            _ => {}
        }
    }
    items.push(current);
    items
        .iter()
        .filter_map(|i| i.split_whitespace().next())
        .map(|i| i.trim_matches('`').to_owned())
        .filter(|i| !i.is_empty())
        .collect()
}

// ---------------------------------------------------------------- dependencies

/// A workspace package and its direct normal and build dependencies (any
/// target); dev-dependencies are for tests and are not checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub name: String,
    pub deps: Vec<String>,
}

/// `name` is allowed by `item` of a "May depend on" cell: the same name, a
/// family (`fluent` covers `fluent-bundle`), or the short name of a
/// workspace crate (`core` is `hagukumi-core`).
fn covers(item: &str, name: &str) -> bool {
    name == item
        || name == format!("hagukumi-{item}")
        || name
            .strip_prefix(item)
            .is_some_and(|rest| rest.starts_with('-'))
}

pub fn check_dependencies(table: &Table, packages: &[Package]) -> Vec<String> {
    let workspace: BTreeSet<&str> = packages.iter().map(|p| p.name.as_str()).collect();
    // Every external crate named in the table is guarded, except the free ones.
    let guarded: BTreeSet<&str> = table
        .rows
        .iter()
        .flat_map(|r| r.may.iter().map(String::as_str))
        .filter(|item| {
            !workspace.iter().any(|w| covers(item, w)) && !table.free.iter().any(|f| f == item)
        })
        .collect();
    let mut problems = Vec::new();
    for package in packages {
        let Some(row) = table.rows.iter().find(|r| r.package == package.name) else {
            problems.push(format!(
                "{}: not in the crate table of ARCHITECTURE.md (add its row)",
                package.name
            ));
            continue;
        };
        if row.anything {
            continue;
        }
        for item in &row.may {
            if !package.deps.iter().any(|d| covers(item, d)) {
                problems.push(format!(
                    "ARCHITECTURE.md lets {} depend on {item}, which it does not: \
                     take it out of the table",
                    package.name
                ));
            }
        }
        for dep in &package.deps {
            let checked = workspace.contains(dep.as_str())
                || guarded.iter().any(|g| covers(g, dep))
                || row.may.is_empty();
            // A "std only" row (nothing named) allows not even the free ones.
            let allowed = row.may.iter().any(|m| covers(m, dep))
                || (!row.may.is_empty()
                    && !workspace.contains(dep.as_str())
                    && table.free.iter().any(|f| f == dep));
            if checked && !allowed {
                let may = if row.may.is_empty() {
                    "nothing (std only)".to_owned()
                } else {
                    row.may.join(", ")
                };
                problems.push(format!(
                    "{} depends on {dep}: ARCHITECTURE.md allows it {may}; it must not {}",
                    package.name, row.must_not
                ));
            }
        }
    }
    for row in &table.rows {
        if !workspace.contains(row.package.as_str()) {
            problems.push(format!(
                "ARCHITECTURE.md names {}, which is not a workspace crate",
                row.package
            ));
        }
    }
    problems
}

fn cargo_metadata(root: &Path) -> Result<String> {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| e.to_string())
}

pub fn packages_from_metadata(json: &str) -> Result<Vec<Package>> {
    let value = Json::parse(json)?;
    let mut packages = Vec::new();
    for p in value.get("packages").and_then(Json::array).unwrap_or(&[]) {
        let name = p
            .get("name")
            .and_then(Json::str)
            .ok_or("package without name")?;
        let mut deps = BTreeSet::new();
        for d in p.get("dependencies").and_then(Json::array).unwrap_or(&[]) {
            if d.get("kind").and_then(Json::str) == Some("dev") {
                continue;
            }
            if let Some(n) = d.get("name").and_then(Json::str) {
                deps.insert(n.to_owned());
            }
        }
        packages.push(Package {
            name: name.to_owned(),
            deps: deps.into_iter().collect(),
        });
    }
    if packages.is_empty() {
        return Err("cargo metadata: no packages".into());
    }
    Ok(packages)
}

// ---------------------------------------------------------------- files

/// Every `.rs` file of the tree, by path relative to `root` with `/`.
fn rust_files(root: &Path) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| e.to_string())?;
            let path: PathBuf = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let kind = entry.file_type().map_err(|e| e.to_string())?;
            if kind.is_dir() {
                if !SKIP_DIRS.contains(&name.as_str()) && !name.starts_with('.') {
                    stack.push(path);
                }
            } else if name.ends_with(".rs") {
                let rel = path
                    .strip_prefix(root)
                    .map_err(|e| e.to_string())?
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                let text = std::fs::read_to_string(&path).map_err(|e| format!("{rel}: {e}"))?;
                out.push((rel, text));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The code of a line without its `//` comment (a `//` inside a string
/// literal is kept: a rough cut that is enough for these checks).
pub(crate) fn code_of(line: &str) -> &str {
    let mut in_str = false;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'/' if !in_str && bytes.get(i + 1) == Some(&b'/') => return &line[..i],
            _ => {}
        }
        i += 1;
    }
    line
}

const SQL_STARTS: &[&str] = &[
    "SELECT ",
    "INSERT INTO ",
    "INSERT OR ",
    "UPDATE ",
    "DELETE FROM ",
    "CREATE TABLE ",
    "CREATE INDEX ",
    "ALTER TABLE ",
    "DROP TABLE ",
    "PRAGMA ",
    "BEGIN IMMEDIATE",
];

/// Lines (1-based) with SQL in a string literal, or using rusqlite.
pub fn sql_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = code_of(line);
        let literal_sql = code.split('"').skip(1).step_by(2).any(|lit| {
            let lit = lit.trim_start_matches("\\n").trim_start();
            SQL_STARTS.iter().any(|s| lit.starts_with(s))
        });
        let raw_sql = ["r\"", "r#\""].iter().any(|open| {
            code.split(open)
                .skip(1)
                .any(|rest| SQL_STARTS.iter().any(|s| rest.trim_start().starts_with(s)))
        });
        if literal_sql || raw_sql || code.contains("rusqlite") {
            out.push((n + 1, line.trim().to_owned()));
        }
    }
    out
}

const CLOCK_READS: &[&str] = &[
    "SystemTime::now",
    "Instant::now",
    "Utc::now",
    "Local::now",
    "Local::today",
    "Utc::today",
    // The browser's clock, in the UI (js-sys).
    "Date::now",
    "Date::new_0",
];

/// Lines (1-based) that read the clock.
pub fn clock_lines(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = code_of(line);
            CLOCK_READS.iter().any(|c| code.contains(c))
        })
        .map(|(n, line)| (n + 1, line.trim().to_owned()))
        .collect()
}

/// A problem when `text` is over [`LINE_BUDGET`] without the marker.
pub fn over_budget(rel: &str, text: &str) -> Option<String> {
    let lines = text.lines().count();
    if lines <= LINE_BUDGET {
        return None;
    }
    let reasoned = text.lines().take(MARKER_LINES).any(|l| {
        l.trim_start().starts_with("//")
            && l.split_once(OVER_BUDGET_MARKER)
                .is_some_and(|(_, why)| why.trim().len() >= 10)
    });
    (!reasoned).then(|| {
        format!(
            "{rel}: {lines} lines, over the budget of {LINE_BUDGET} without \
             `// {OVER_BUDGET_MARKER}…` in its first {MARKER_LINES} lines"
        )
    })
}

#[cfg(test)]
mod tests;
