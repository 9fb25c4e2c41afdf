//! `hagu nursery search` over what the handbook kept from the reference
//! portal on 127.0.0.1 (the sync library's municipal step, into the real
//! encrypted handbook): before the first sync the built-in SAMPLE data,
//! after it the portal's copy (a place the portal opened shows), each
//! dataset said with where it came from and its date, offline.

mod support;
use support::*;

use hagukumi_core::chrono::Utc;
use hagukumi_store::{KeySource, Store};
use hagukumi_sync::{Clock, Portal, PortalProfile};
use serde_json::json;
use std::time::Instant;

const CLOCK: Clock = Clock {
    now: Utc::now,
    instant: Instant::now,
};

const SEARCH: [&str; 8] = [
    "nursery",
    "search",
    "--class",
    "1",
    "--municipality",
    "131083",
    "--intake",
    "2027",
];

fn ids(v: &serde_json::Value) -> Vec<String> {
    v["facilities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_search_reads_the_kept_copy_after_a_sync_and_says_where_it_came_from() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(&hagu(dir, "ja", &["init"]));
    ok(&hagu(dir, "ja", &["municipality", "set", "131083"]));
    let json_args = [&SEARCH[..], &["--json"]].concat();

    // Before any sync: the built-in data, said so.
    let before = json_of(&hagu(dir, "ja", &json_args));
    assert!(!ids(&before).contains(&"131083-1".to_owned()));
    assert!(before["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["origin"]["kind"] == "embedded"));
    let text = ok(&hagu(dir, "ja", &SEARCH));
    assert!(
        text.contains(
            "江東区: アプリに入っているデータ（まだ同期していません。データの日付 2026年11月20日）"
        ),
        "{text}"
    );

    // The portal opens a place in the 1歳児 class at NO 1; a sync keeps it.
    let handle =
        hagukumi_portal::spawn_with_handle("127.0.0.1:0".parse().unwrap(), Default::default())
            .unwrap();
    handle
        .publish_facility(
            "131083",
            "koto-131083.json",
            json!({
                "都道府県コード又は市区町村コード": "131083", "NO": "1",
                "名称": "サンプル豊洲ひかり保育園", "種別": "認可保育所",
                "緯度": "35.656521", "経度": "139.79752", "受入年齢": "生後57日～5歳",
                "開始時間": "7:15", "終了時間": "18:30", "更新日": "2026-12-01",
                "空き_1歳児": "2"
            }),
        )
        .unwrap();
    let portal = Portal::new(&PortalProfile::reference(&handle.base_url()), CLOCK).unwrap();
    let mut store = Store::open_existing(dir, &KeySource::Passphrase(PASSPHRASE.into())).unwrap();
    let update = hagukumi_sync::update_municipal(&mut store, &portal).unwrap();
    // The manifest, 32 facilities, and NO 1 again as changed (kept once).
    assert_eq!(update.nurseries.items, 34);
    drop(store);
    drop(handle);

    // Offline now: the kept copy is searched.
    let after = json_of(&hagu(dir, "ja", &json_args));
    assert!(ids(&after).contains(&"131083-1".to_owned()));
    let koto = after["datasets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["municipality"]["code"] == "131083")
        .unwrap()
        .clone();
    assert_eq!(koto["origin"]["kind"], "portal");
    assert!(koto["origin"]["issued_at"].is_string());
    let today =
        hagukumi_i18n::Localizer::new(hagukumi_core::Language::Ja).date(Utc::now().date_naive());
    let text = ok(&hagu(dir, "ja", &SEARCH));
    assert!(
        text.contains(&format!(
            "江東区: ポータルから受け取ったデータ（{today} 署名・確認済み。データの日付 2026年11月20日）"
        )),
        "{text}"
    );
    assert!(
        text.contains("八王子市: アプリに入っているデータ"),
        "{text}"
    );
    assert!(text.contains("サンプル豊洲ひかり保育園"), "{text}");
    let en = ok(&hagu(dir, "en", &SEARCH));
    assert!(
        en.contains("Koto City (江東区): data from the portal (signed "),
        "{en}"
    );
}
