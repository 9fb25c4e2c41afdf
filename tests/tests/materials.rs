//! The municipality's program registry and printed materials from the
//! reference portal, in the real app: the app's sync keeps them, a program
//! the portal added is in "for your family now", and with no portal at all
//! (offline) the Materials screen lists, searches and opens them from the
//! kept copy; a tap on the monthly news opens the programs list.
//!
//! Needs a display (Xvfb), tauri-driver, WebKitWebDriver, an unlocked
//! Secret Service and a session bus; `cargo xtask test` provides them and
//! runs these with `--include-ignored`.

use hagukumi_core::programs::load_embedded;
use hagukumi_core::{ChildInput, Language};
use hagukumi_e2e::{reference_portal, serial, Driver};
use hagukumi_i18n::Localizer;
use hagukumi_store::{KeySource, Store, DB_FILE};
use serde_json::json;
use std::path::Path;
use std::process::Command;

const ADDED: &str = "SAMPLE ポータルで追加された制度";

/// A handbook in `dir` with one child born `days` ago, living in `code`.
fn family(dir: &Path, days: u64, code: &str) {
    let today = chrono::Local::now().date_naive();
    let birth = today - chrono::Days::new(days);
    let mut store = Store::open_with(dir, &KeySource::OsCredentialStore).unwrap();
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
        .set_municipality(load_embedded().municipality(code).unwrap())
        .unwrap();
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn materials_and_programs_from_the_portal_are_read_offline() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    family(data.path(), 200, "131016");
    let portal = reference_portal();
    // The portal adds a program for children under 3 in 千代田区.
    portal
        .publish_program(
            "131016",
            "chiyoda-131016.json",
            json!({
                "institutionName": {"canonicalName": ADDED},
                "target": {"lessThan": {"targetAge": 3}},
                "support": {"monetarySupport": "SAMPLE（金額はありません）"},
                "area": {"areaCode": "131016;千代田区"},
                "basicInformation": {"psid": "sample+131016+e2e-added"},
                "hagukumi": {"source": "tokyo-registry-example", "subject": "child"}
            }),
        )
        .unwrap();

    // The app connects and syncs: the registry and materials are kept.
    {
        let driver = Driver::keychain_with_portal(data.path(), &portal.base_url());
        let s = driver.session(&[]);
        s.wait_until("the child on home", || {
            (s.names_on_home().len() == 1).then_some(())
        });
        s.wait_for("#portal-card[aria-busy=false]");
        let synced = ja.format("portal-last-synced", &[("when", "".into())]);
        s.connect_portal("sample-a", &synced);
        s.close();
    }

    // No portal at all now (offline): everything comes from the handbook.
    let driver = Driver::keychain(data.path());
    let s = driver.session(&[]);
    // つむぎ, and サンプル 太郎 whom the sync brought from the portal.
    s.wait_until("the children on home", || {
        (s.names_on_home().len() == 2).then_some(())
    });
    s.press("#open-programs");
    s.wait_until("the program the portal added", || {
        s.texts_now("#programs-now .program")
            .into_iter()
            .find(|t| t.contains(ADDED))
    });
    s.press("#back");

    s.capture_at("materials-card-ja", "#materials-card");
    s.press("#open-materials");
    s.wait_count("the three SAMPLE materials", "#materials-list .material", 3);
    let sample = s.wait_some_text("the SAMPLE label", "#materials-sample");
    assert!(sample.starts_with("SAMPLE"), "{sample}");
    s.capture("materials-ja");
    s.fill("#materials-search", "受診票");
    s.wait_count("the coupon list only", "#materials-list .material", 1);
    let title = s.text_now("#materials-list .material-title");
    assert!(title.contains("受診票・クーポンの一覧"), "{title}");
    s.fill("#materials-search", "保育園のしおり");
    s.wait_count("nothing", "#materials-list .material", 0);
    s.wait_for("#materials-no-match");
    s.fill("#materials-search", "相談");
    s.wait_count("the contact list", "#materials-list .material", 1);
    s.press("#materials-list .material-open");
    let view = s.wait_some_text("the material", "#material-view");
    assert!(view.contains("相談先・連絡先の一覧"), "{view}");
    assert!(view.contains("出典"), "{view}");
    s.capture("materials-item-ja");
    s.press("#materials-list-back");
    s.wait_for("#materials-search");

    // In English, the same materials in English words.
    s.press("#back");
    s.press("#lang-en");
    s.press("#open-materials");
    s.wait_count("the materials in English", "#materials-list .material", 3);
    let titles = s.texts_now("#materials-list .material-title");
    assert!(
        titles.iter().any(|t| t.contains("checkup forms")),
        "{titles:?}"
    );
    s.capture("materials-en");
    s.close();
    drop(driver);
    hagukumi_store::keychain::forget(&data.path().join(DB_FILE)).unwrap();
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn tapping_the_monthly_news_opens_the_programs_list() {
    let _serial = serial();
    let Some(_server) = hagukumi_e2e::notification_server() else {
        panic!("notification-daemon is needed: run `cargo xtask setup`");
    };
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    // Two months old: this month's news has the 2-month vaccinations.
    family(data.path(), 61, "131083");
    let bus = data.path().join("notifications.log");
    let monitor = hagukumi_e2e::notification_monitor(&bus);
    let driver = Driver::keychain(data.path());
    let s = driver.session(&[]);
    s.wait_until("the child on home", || {
        (s.names_on_home().len() == 1).then_some(())
    });
    let title = ja.text("news-title");
    s.wait_until("the news on the session bus", || {
        hagukumi_e2e::notified(&bus, &[&title]).then_some(())
    });
    // The parent clicks the notification: the server reports the
    // specification's `default` action for it (notification-daemon numbers
    // its notifications from 1; a click on another notification, a
    // reminder, opens nothing).
    assert!(s.find_all("#programs-screen").is_empty());
    for id in 1..=8 {
        let sent = Command::new("dbus-send")
            .args([
                "--session",
                "--type=signal",
                "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications.ActionInvoked",
                &format!("uint32:{id}"),
                "string:default",
            ])
            .status()
            .unwrap();
        assert!(sent.success());
    }
    s.wait_for("#programs-screen");
    s.wait_for("#programs-now");
    s.capture_at("news-tap-programs-ja", "#programs-screen");
    s.close();
    drop(driver);
    drop(monitor);
    hagukumi_store::keychain::forget(&data.path().join(DB_FILE)).unwrap();
}
