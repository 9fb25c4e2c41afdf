//! `hagu sync connect` to the reference portal, with the test as the
//! browser: shared by the sync tests and the kill test.

use super::keychain_command;
use hagukumi_portal::PortalHandle;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};

/// `hagu sync connect` to the reference portal at `url`.
pub fn reference_connect(url: &str) -> [&str; 5] {
    ["sync", "connect", "--reference-portal", "--portal", url]
}

/// `hagu sync connect` in English, keyed by the OS credential store, with
/// this test as the browser approving `family`.
pub fn connect(dir: &Path, portal: &PortalHandle, family: &str) {
    let mut cmd = keychain_command(dir, "en");
    cmd.args(reference_connect(&portal.base_url()));
    let mut child: Child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let url = loop {
        let line = lines.next().expect("hagu printed the address").unwrap();
        if line.starts_with("http") {
            break line;
        }
    };
    // The portal's consent page, approved; ureq follows the redirect to
    // hagu's loopback listener, which answers with its page.
    let page = ureq::get(&format!("{url}&family={family}&approve=yes"))
        .call()
        .unwrap()
        .into_string()
        .unwrap();
    assert!(page.contains("Hagukumi is now connected"), "{page}");
    let rest: Vec<String> = lines.map(Result::unwrap).collect();
    let status = child.wait().unwrap();
    assert!(status.success(), "{rest:?}");
    assert!(rest.join("\n").contains("Connected to"), "{rest:?}");
}
