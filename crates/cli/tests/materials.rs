//! `hagu materials` and `hagu programs` over what the handbook kept from
//! the reference portal on 127.0.0.1 (the sync library's step, into the
//! real encrypted handbook), as a user runs them, offline.

mod support;
use support::*;

use hagukumi_core::chrono::Utc;
use hagukumi_store::{KeySource, Store};
use hagukumi_sync::{Clock, Portal, PortalProfile};
use std::path::Path;
use std::time::Instant;

const CLOCK: Clock = Clock {
    now: Utc::now,
    instant: Instant::now,
};

fn hagu(dir: &Path, lang: &str, args: &[&str]) -> std::process::Output {
    support::hagu(dir, lang, args)
}

/// A handbook with a child, living in 千代田区, that kept the portal's
/// registry and materials (the portal added one program first).
fn synced() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(&hagu(dir, "ja", &["init"]));
    ok(&hagu(
        dir,
        "ja",
        &["child", "add", "--name", "はなこ", "--birth", "2026-09-20"],
    ));
    ok(&hagu(dir, "ja", &["municipality", "set", "131016"]));
    let handle =
        hagukumi_portal::spawn_with_handle("127.0.0.1:0".parse().unwrap(), Default::default())
            .unwrap();
    handle
        .publish_program(
            "131016",
            "chiyoda-131016.json",
            serde_json::json!({
                "institutionName": {"canonicalName": "SAMPLE ポータルの新しい制度"},
                "target": {"lessThan": {"targetAge": 3}},
                "area": {"areaCode": "131016;千代田区"},
                "basicInformation": {"psid": "sample+131016+cli-added"},
                "hagukumi": {"source": "tokyo-registry-example", "subject": "child"}
            }),
        )
        .unwrap();
    let portal = Portal::new(&PortalProfile::reference(&handle.base_url()), CLOCK).unwrap();
    let mut store = Store::open_existing(dir, &KeySource::Passphrase(PASSPHRASE.into())).unwrap();
    hagukumi_sync::update_municipal(&mut store, &portal).unwrap();
    tmp
}

#[test]
fn programs_use_the_kept_registry_and_materials_are_searched() {
    let tmp = synced();
    let dir = tmp.path();
    let text = ok(&hagu(dir, "ja", &["programs", "--as-of", "2026-12-01"]));
    assert!(text.contains("SAMPLE ポータルの新しい制度"), "{text}");

    let text = ok(&hagu(dir, "ja", &["materials"]));
    assert!(text.contains("千代田区の資料"), "{text}");
    assert!(text.contains("受診票・クーポンの一覧"), "{text}");
    assert!(text.contains("相談先・連絡先の一覧"), "{text}");
    assert!(text.contains("出典: 東京都のモデル事業"), "{text}");
    assert!(
        text.trim_end().ends_with(
            "公式の内容ではありません。実際の資料は妊娠届のときに区市町村から受け取ってください。"
        ),
        "{text}"
    );

    let found = json_of(&hagu(
        dir,
        "ja",
        &["materials", "--search", "受診票", "--json"],
    ));
    assert_eq!(found["municipality"], "131016");
    assert_eq!(found["sample"], true);
    let items = found["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{found}");
    assert_eq!(items[0]["kind"], "coupons");

    let text = ok(&hagu(dir, "en", &["materials", "--search", "where to ask"]));
    assert!(
        text.contains("Where to ask: contact list (Chiyoda City, example)"),
        "{text}"
    );
    assert!(!text.contains("Checkup forms"), "{text}");

    let text = ok(&hagu(dir, "ja", &["materials", "--search", "保育園"]));
    assert!(
        text.contains("「保育園」に合う資料はありません。"),
        "{text}"
    );
}

#[test]
fn before_a_sync_there_are_no_materials_and_without_a_municipality_a_clear_refusal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(&hagu(dir, "ja", &["init"]));
    let o = hagu(dir, "ja", &["materials"]);
    assert_exit(&o, 3);
    assert!(stderr(&o).contains("市区町村が設定されていません"), "{o:?}");
    ok(&hagu(dir, "ja", &["municipality", "set", "131083"]));
    let text = ok(&hagu(dir, "ja", &["materials"]));
    assert!(text.contains("まだ資料がありません"), "{text}");
    let json = json_of(&hagu(dir, "ja", &["materials", "--json"]));
    assert_eq!(json["items"], serde_json::json!([]));
}
