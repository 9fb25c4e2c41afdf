//! The monthly news (今月のお知らせ) in the real app: at start, one local
//! notification with this month's plan items and programs of the family's
//! municipality, in the handbook's language, remembered as sent.
//!
//! Needs a display (Xvfb), tauri-driver, WebKitWebDriver, an unlocked
//! Secret Service and a session bus; `cargo xtask test` provides them and
//! runs these with `--include-ignored`.

use hagukumi_core::monthly::news;
use hagukumi_core::programs::{load_embedded, match_family};
use hagukumi_core::schedule::reminders::PersonKey;
use hagukumi_core::schedule::{from_records, load_rules, plan, Options, Person};
use hagukumi_core::Language;
use hagukumi_e2e::{serial, Driver};
use hagukumi_i18n::Localizer;
use hagukumi_store::{KeySource, Store, DB_FILE};

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn the_monthly_news_is_one_notification_at_start_and_sent_once() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let today = chrono::Local::now().date_naive();
    // Two months old today: the 2-month vaccinations are this month's.
    let birth = today.checked_sub_months(chrono::Months::new(2)).unwrap();
    let registry = load_embedded();
    let mut store = Store::open_with(data.path(), &KeySource::OsCredentialStore).unwrap();
    let child = store
        .add_child(
            &hagukumi_core::ChildInput {
                name: "つむぎ".into(),
                birth_date: birth.to_string(),
                ..Default::default()
            }
            .validate(today)
            .unwrap(),
        )
        .unwrap();
    // Born this month: the programs from birth begin this month.
    let newborn = store
        .add_child(
            &hagukumi_core::ChildInput {
                name: "あおい".into(),
                birth_date: today.to_string(),
                ..Default::default()
            }
            .validate(today)
            .unwrap(),
        )
        .unwrap();
    store
        .set_municipality(registry.municipality("131083").unwrap())
        .unwrap();
    drop(store);
    // What core says this month's news is.
    let rules = load_rules().unwrap();
    let plans: Vec<_> = [&child, &newborn]
        .into_iter()
        .map(|c| {
            let items = plan(
                &rules,
                &Person::Child(from_records::child_info_with(c, &[])),
                &Default::default(),
                today,
                &Options::default(),
            );
            (PersonKey::Child(c.id), items)
        })
        .collect();
    let matches = match_family(
        &registry,
        "131083",
        &[child.clone(), newborn.clone()],
        &[],
        today,
    );
    let expected =
        news(&plans, Some(&matches), today, &Default::default()).expect("news this month");
    assert!(!expected.schedule.is_empty(), "{expected:?}");
    assert!(!expected.programs.is_empty(), "{expected:?}");
    let count = ja.format(
        "news-body",
        &[("count", i64::try_from(expected.count()).unwrap().into())],
    );

    let _server = hagukumi_e2e::notification_server();
    let bus = data.path().join("notifications.log");
    let monitor = hagukumi_e2e::notification_monitor(&bus);
    let driver = Driver::keychain(data.path());
    let s = driver.session(&[]);
    s.wait_until("the child on the home screen", || {
        (s.names_on_home().len() == 2).then_some(())
    });
    let title = ja.text("news-title");
    s.wait_until("the news on the session bus", || {
        hagukumi_e2e::notified(&bus, &[&title, &count]).then_some(())
    });
    s.close();
    drop(driver);
    drop(monitor);
    let (told, log) = hagukumi_e2e::notices_titled(&bus, &title);
    assert_eq!(told, 1, "one news: {log}");
    // The programs of 江東区 that are news this month are named.
    for p in expected.programs.iter().chain(&expected.deadlines) {
        assert!(log.contains(&p.name), "{} missing: {log}", p.name);
    }
    let store = Store::open_with(data.path(), &KeySource::OsCredentialStore).unwrap();
    assert!(store.reminder_sent(&expected.id).unwrap(), "marked as sent");
    drop(store);
    hagukumi_store::keychain::forget(&data.path().join(DB_FILE)).unwrap();
}
