//! The nursery facilities from the reference portal, searched offline in
//! the real window with the filters and seen on the map: the app's sync
//! keeps the portal's signed copy (a place the portal opened is found), the
//! search with the commute, the distance from home and the order gives the
//! same facilities as core over the kept copy, the map shows each as a mark
//! inside labelled rings, and a mark opens the facility's detail. Every
//! facility on the map, on a phone and on a desktop: each mark a 44 px
//! tap target at least, 44 px from the next, inside the map.
//!
//! Needs a display (Xvfb), tauri-driver, WebKitWebDriver, an unlocked
//! Secret Service and a session bus; `cargo xtask test` provides them and
//! runs these with `--include-ignored`.

use hagukumi_core::nursery::{next_intake, search_view, SearchRequest};
use hagukumi_core::programs::load_embedded;
use hagukumi_core::{ChildInput, Language};
use hagukumi_e2e::{reference_portal, serial, Driver};
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::{KeySource, Store, DB_FILE};
use serde_json::json;

const HOME: &str = "35.6545,139.7960";

/// The map's marks as drawn now, in CSS px: how many, the least width or
/// height of a tap target (`.nursery-mark-hit`), the least distance between
/// two targets' centres, how many targets stick out of the map, and the
/// map's drawn size.
const MEASURE_MARKS: &str = "
    const map = document.querySelector('#nursery-map').getBoundingClientRect();
    const hits = Array.from(document.querySelectorAll('#nursery-map .nursery-mark-hit'))
        .map(e => e.getBoundingClientRect());
    let target = Infinity, apart = Infinity, outside = 0;
    hits.forEach((r, i) => {
        target = Math.min(target, r.width, r.height);
        if (r.left < map.left - 0.5 || r.top < map.top - 0.5
            || r.right > map.right + 0.5 || r.bottom > map.bottom + 0.5) outside++;
        for (const q of hits.slice(i + 1)) {
            apart = Math.min(apart, Math.hypot(
                (r.left + r.width / 2) - (q.left + q.width / 2),
                (r.top + r.height / 2) - (q.top + q.height / 2)));
        }
    });
    const round = x => Math.round(x * 10) / 10, down = x => Math.floor(x * 10) / 10;
    return {marks: hits.length, target: down(target), apart: down(apart), outside,
            width: round(map.width), height: round(map.height)};";
const OPENED: &str = "131083-1";

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_parent_syncs_searches_near_home_and_opens_a_facility_from_the_map() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let today = chrono::Local::now().date_naive();
    let intake = next_intake(today);
    // Born on April 2 two years before the intake: the 1歳児 class.
    let birth = intake
        .checked_sub_months(chrono::Months::new(24))
        .unwrap()
        .succ_opt()
        .unwrap();
    {
        let mut store = Store::open_with(data.path(), &KeySource::OsCredentialStore).unwrap();
        store
            .add_child(
                &ChildInput {
                    name: "サンプル つむぎ".into(),
                    birth_date: birth.to_string(),
                    ..Default::default()
                }
                .validate(today)
                .unwrap(),
            )
            .unwrap();
        store
            .set_municipality(load_embedded().municipality("131083").unwrap())
            .unwrap();
    }
    let portal = reference_portal();
    // The portal opens two places in NO 1's 1歳児 class (none built in).
    portal
        .publish_facility(
            "131083",
            "koto-131083.json",
            json!({
                "都道府県コード又は市区町村コード": "131083", "NO": "1",
                "名称": "サンプル豊洲ひかり保育園", "種別": "認可保育所",
                "住所": "東京都江東区豊洲3丁目12-26",
                "緯度": "35.656521", "経度": "139.79752", "受入年齢": "生後57日～5歳",
                "収容定員": "60", "開始時間": "7:15", "終了時間": "18:30",
                "延長保育": "有", "延長終了時間": "19:30", "更新日": "2026-12-01",
                "空き_0歳児": "3", "空き_1歳児": "2", "空き_2歳児": "5"
            }),
        )
        .unwrap();

    // The app connects and syncs: the municipality's facilities are kept.
    {
        let driver = Driver::keychain_with_portal(data.path(), &portal.base_url());
        let s = driver.session(&[]);
        s.wait_for("#portal-card[aria-busy=false]");
        let synced = ja.format("portal-last-synced", &[("when", "".into())]);
        s.connect_portal("sample-a", &synced);
        s.close();
    }
    drop(portal);

    // What core finds in the kept copy for this search.
    let request = SearchRequest {
        birth: Some(birth.to_string()),
        drop_off: Some("07:30".into()),
        pick_up: Some("19:00".into()),
        from: Some(HOME.into()),
        within_km: Some("2".into()),
        sort: Some("distance".into()),
        ..SearchRequest::default()
    };
    let (expected, every) = {
        let store = Store::open_existing(data.path(), &KeySource::OsCredentialStore).unwrap();
        let kept = store.nurseries_in_use().unwrap();
        let every = search_view(&kept, &SearchRequest::default(), today).unwrap();
        (
            search_view(&kept, &request, today).unwrap(),
            every.facilities.len(),
        )
    };
    let names: Vec<String> = expected.facilities.iter().map(|f| f.name.clone()).collect();
    assert!(
        expected.facilities.iter().any(|f| f.id == OPENED),
        "{names:?}"
    );
    assert!(expected.facilities.len() >= 2, "{names:?}");

    // Offline (no portal): the search screen.
    let driver = Driver::keychain(data.path());
    let s = driver.session(&[]);
    // つむぎ, and サンプル 太郎 whom the sync brought from the portal.
    s.wait_until("the children on home", || {
        (s.names_on_home().len() == 2).then_some(())
    });
    s.press("#open-nursery");
    s.wait_for("#nursery-list li");
    let origins = s.text_now("#nursery-origins");
    assert!(
        origins.contains("江東区: ポータルから受け取ったデータ"),
        "{origins}"
    );
    assert!(
        origins.contains("八王子市: アプリに入っているデータ"),
        "{origins}"
    );
    s.fill("#nursery-birth", &birth.to_string());
    s.fill("#nursery-drop-off", "07:30");
    s.fill("#nursery-pick-up", "19:00");
    s.press("#nursery-from-kind option[value='home']");
    s.fill("#nursery-from", HOME);
    s.fill("#nursery-within", "2");
    s.press("#nursery-sort option[value='distance']");
    s.capture_at("nursery-filters", "#nursery-form");
    s.press("#nursery-submit");
    s.wait_count(
        "the facilities near home",
        "#nursery-list li",
        expected.facilities.len(),
    );
    assert_eq!(s.texts_now("#nursery-list .nursery-name"), names);
    let first = s.text_now("#nursery-list li");
    let km = format!("{:.1}", expected.facilities[0].distance_km.unwrap());
    assert!(first.contains(&format!("直線 {km} km")), "{first}");

    // The map: the same facilities, rings of 500 m, 1 km and 2 km.
    s.press("#nursery-show-map");
    s.wait_count(
        "a mark per facility",
        "#nursery-map .nursery-mark",
        expected.facilities.len(),
    );
    // SVG text has no innerText: its textContent.
    let rings = s.execute(
        "return Array.from(document.querySelectorAll('#nursery-map .nursery-ring-label'))\
         .map(e => e.textContent);",
    );
    assert_eq!(rings, json!(["500 m", "1 km", "2 km"]));
    let title = s.text_now("#nursery-map-title");
    assert_eq!(
        title,
        ja.format(
            "nursery-map-title",
            &[
                ("centre", Value::from("自宅")),
                ("count", expected.facilities.len().into())
            ]
        )
    );
    let mark = format!("#nursery-map .nursery-mark[data-id='{OPENED}']");
    let label = s.attribute(&s.wait_for(&mark), "aria-label").unwrap();
    assert!(label.contains("サンプル豊洲ひかり保育園"), "{label}");
    s.capture_at("nursery-map", "#nursery-results");

    // A tap on the mark: the facility's detail, with the portal's openings.
    // A tap on its dot (the number on it lets the tap through).
    s.press(&format!("{mark} .nursery-mark-dot"));
    let detail = s.wait_some_text("the detail", "#nursery-detail");
    assert!(detail.contains("サンプル豊洲ひかり保育園"), "{detail}");
    assert!(detail.contains("2026年12月1日"), "{detail}");
    let rows = s.texts_now("#nursery-detail-openings tr");
    assert_eq!(rows[1], "1歳児\t2", "{rows:?}");
    s.capture_at("nursery-detail", "#nursery-detail");
    s.press("#nursery-detail-close");
    s.wait_count("the detail closed", "#nursery-detail", 0);

    // In English: the same map, its words in English.
    s.press("#back");
    s.press("#lang-en");
    // Home in English before the nursery screen is opened from it.
    s.wait_until("home in English", || {
        s.text_now("#open-nursery")
            .starts_with("Find nurseries")
            .then_some(())
    });
    s.press("#open-nursery");
    s.press("#nursery-show-map");
    s.wait_for("#nursery-map .nursery-mark");
    let title = s.text_now("#nursery-map-title");
    assert!(
        title.starts_with("Around the middle of the results"),
        "{title}"
    );
    s.capture_at("nursery-map-en", "#nursery-results");

    // Every facility on the map, measured as drawn in the window.
    s.wait_count("a mark per facility", "#nursery-map .nursery-mark", every);
    for (w, h) in [(390, 844), (1280, 800)] {
        s.resize(w, h);
        // Once the map has measured its width and drawn again: the same
        // figures twice in a row.
        let mut last = json!(null);
        let m = s.wait_until("the map drawn at the window's width", || {
            let now = s.execute(MEASURE_MARKS);
            let same = now == last;
            last = now.clone();
            same.then_some(now)
        });
        let f = |k: &str| m[k].as_f64().unwrap();
        println!(
            "{} marks, {:.1} px targets, ≥ {:.1} px apart at {w}×{h}; map drawn {:.0}×{:.0}",
            m["marks"],
            f("target"),
            f("apart"),
            f("width"),
            f("height")
        );
        assert_eq!(m["marks"], json!(every));
        assert!(f("target") >= 44.0, "{m}");
        assert!(f("apart") >= 44.0, "{m}");
        assert_eq!(m["outside"], json!(0), "{m}");
    }
    s.capture_at("nursery-map-all", "#nursery-map-figure");
    s.close();
    drop(driver);
    hagukumi_store::keychain::forget(&data.path().join(DB_FILE)).unwrap();
}
