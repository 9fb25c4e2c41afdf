//! `hagu recovery-sheet`: the printable page with the handbook's own code,
//! written to a new private file or to stdout, in the chosen language.

mod support;
use support::*;

use hagukumi_store::{KeySource, Store};

#[test]
fn the_sheet_carries_the_handbooks_code_and_family() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("handbook");
    assert!(hagu(&dir, "en", &["init"]).status.success());
    let o = hagu(
        &dir,
        "en",
        &["child", "add", "--name", "ゆい", "--birth", "2025-08-31"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let code = Store::open_with(&dir, &KeySource::Passphrase(PASSPHRASE.into()))
        .unwrap()
        .recovery_code()
        .unwrap()
        .unwrap();
    let grouped = code.expose().replace('-', "\u{a0}- ");

    let file = root.path().join("sheet.html");
    let o = hagu(
        &dir,
        "ja",
        &["recovery-sheet", "-o", file.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("リカバリーシート"));
    assert!(o.stdout.is_empty(), "the code is not echoed");
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ja\">"));
    assert!(html.contains(&grouped), "the handbook's own code");
    assert!(html.contains("ゆい"), "whose handbook");
    assert!(html.contains("<svg class=\"qr\""));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "readable by its owner only: {mode:o}");
    }
    // To stdout, in English.
    let o = hagu(&dir, "en", &["recovery-sheet"]);
    assert!(o.status.success());
    let html = String::from_utf8(o.stdout).unwrap();
    assert!(html.contains("<html lang=\"en\">") && html.contains("Hagukumi recovery sheet"));
    assert!(html.contains(&grouped));
}
