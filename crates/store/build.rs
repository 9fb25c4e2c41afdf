//! Embeds `migrations/NNNN_name.sql` into the library at build time.
//!
//! The numbers must run 1, 2, 3, ... without gaps; a file that breaks the
//! naming rule fails the build rather than being silently skipped.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../migrations");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("migrations/ directory") {
        let path = entry.expect("readable migrations/").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".sql") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = name.trim_end_matches(".sql");
        let (number, title) = stem
            .split_once('_')
            .unwrap_or_else(|| panic!("migration {name}: expected NNNN_name.sql"));
        assert!(
            number.len() == 4 && number.bytes().all(|b| b.is_ascii_digit()),
            "migration {name}: expected a four-digit number"
        );
        let number: u32 = number.parse().unwrap();
        found.push((number, title.to_owned(), path.canonicalize().unwrap()));
    }
    found.sort();
    let mut out = String::from("/// Embedded migrations: (version, name, SQL).\npub const MIGRATIONS: &[(u32, &str, &str)] = &[\n");
    for (i, (number, title, path)) in found.iter().enumerate() {
        assert_eq!(
            *number,
            i as u32 + 1,
            "migrations must be numbered 0001, 0002, ... without gaps"
        );
        writeln!(
            out,
            "    ({number}, {title:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("migrations.rs");
    std::fs::write(dest, out).unwrap();
}
