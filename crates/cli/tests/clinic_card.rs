//! `hagu clinic-card` as a user runs it: the built binary, a real encrypted
//! handbook that kept サンプル 太郎's 受給者証 from a sync with the reference
//! portal on 127.0.0.1 (the sync library, as `hagu sync` uses it); then,
//! with the portal gone (no network to it), the card is shown the same, in
//! Japanese and English, with the 和暦 beside the dates.

mod support;
use support::*;

use hagukumi_core::chrono::Utc;
use hagukumi_store::{KeySource, Store};
use hagukumi_sync::{Clock, Consent, MemoryVault, Portal, PortalProfile, SyncOptions};
use std::path::Path;
use std::time::{Duration, Instant};

const CLOCK: Clock = Clock {
    now: Utc::now,
    instant: Instant::now,
};

fn hagu(dir: &Path, lang: &str, args: &[&str]) -> std::process::Output {
    support::hagu(dir, lang, args)
}

/// A handbook with サンプル 太郎, an allergy of the parent's, and what a sync
/// with family sample-a brought (vaccinations, the 受給者証).
fn synced(dir: &Path) {
    ok(&hagu(dir, "ja", &["init"]));
    ok(&hagu(dir, "ja", &child_add("サンプル 太郎", "2025-06-10")));
    ok(&hagu(
        dir,
        "ja",
        &record_add(
            "1",
            &[
                "allergy",
                "--date",
                "2026-01-05",
                "--substance",
                "卵",
                "--reaction",
                "じんましん",
            ],
        ),
    ));
    let handle =
        hagukumi_portal::spawn_with_handle("127.0.0.1:0".parse().unwrap(), Default::default())
            .unwrap();
    let portal = Portal::new(&PortalProfile::reference(&handle.base_url()), CLOCK).unwrap();
    let mut store = Store::open_existing(dir, &KeySource::Passphrase(PASSPHRASE.into())).unwrap();
    let vault = MemoryVault::default();
    let consent = Consent::start(portal).unwrap();
    let url = format!("{}&family=sample-a&approve=yes", consent.url());
    let browser = std::thread::spawn(move || ureq::get(&url).call().map(|_| ()).is_ok());
    let redirect = consent
        .wait(Duration::from_secs(20), "<p>done</p>")
        .unwrap();
    assert!(
        browser.join().unwrap(),
        "the browser reached the loopback address"
    );
    consent.finish(&mut store, &vault, &redirect).unwrap();
    hagukumi_sync::sync(
        &mut store,
        consent.portal(),
        &vault,
        &SyncOptions::new(today()),
    )
    .unwrap();
    drop(store);
    drop(handle);
}

/// The card as printed, without Fluent's isolation marks (U+2068/U+2069).
fn card(dir: &Path, lang: &str, args: &[&str]) -> String {
    ok(&hagu(dir, lang, args)).replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn the_clinic_card_is_shown_from_the_handbook_with_no_portal_reachable() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    synced(dir);

    let ja = card(dir, "ja", &["clinic-card"]);
    assert!(ja.contains("受付用カード — サンプル 太郎"), "{ja}");
    assert!(
        ja.contains("乳幼児医療費助成受給者証（サンプル） [使えます]"),
        "{ja}"
    );
    assert!(ja.contains("公費負担者番号：88139999"), "{ja}");
    assert!(ja.contains("受給者番号：9999001"), "{ja}");
    // The 和暦 beside the dates, as the paper certificate writes them.
    assert!(ja.contains("2031年3月31日（令和13年3月31日）"), "{ja}");
    assert!(ja.contains("・卵 — じんましん"), "{ja}");
    assert!(ja.contains("B型肝炎"), "{ja}");

    let en = card(dir, "en", &["clinic-card", "--child", "1"]);
    assert!(en.contains("Clinic card — サンプル 太郎"), "{en}");
    assert!(en.contains("[Valid]"), "{en}");
    assert!(en.contains("Public payer number: 88139999"), "{en}");
    assert!(en.contains("Reiwa"), "{en}");
    assert!(en.contains("Hepatitis B"), "{en}");

    let json = json_of(&hagu(dir, "en", &["clinic-card", "--json"]));
    let card = &json[0];
    assert_eq!(card["child"]["name"], "サンプル 太郎");
    assert_eq!(
        card["certificates"][0]["certificate"]["recipient_number"],
        "9999001"
    );
    assert_eq!(card["certificates"][0]["validity"], "current");
    assert_eq!(card["allergies"][0]["substance"], "卵");

    // An unknown child is refused in words (status 3).
    let o = hagu(dir, "en", &["clinic-card", "--child", "9"]);
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("child"), "{}", stderr(&o));
}

#[test]
fn a_handbook_without_children_says_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    init(dir);
    let text = ok(&hagu(dir, "ja", &["clinic-card"]));
    assert!(text.contains("hagu child add"), "{text}");
    let json = json_of(&hagu(dir, "ja", &["clinic-card", "--json"]));
    assert_eq!(json, serde_json::json!([]));
}
