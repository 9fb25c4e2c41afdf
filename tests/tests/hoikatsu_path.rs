//! The whole 保活 path in one run of the real app against the reference
//! portal on 127.0.0.1: search → bookmark → reorder the bookmarks by drag
//! → compare → book a visit (confirmed by the sync, then on home's list)
//! → simulate the 保育指数 → the preferences from the bookmarks in their
//! order, sent → the office's 利用調整 → after a sync the decision (内定)
//! on the screen and as a local notification. Then every screen again in
//! English; phone and desktop screenshots of the search, the comparison,
//! the booking, the simulator's result and the application in both
//! languages.
//!
//! The drag is HTML5 drag and drop, which WebDriver cannot perform in
//! WebKit: the test dispatches the same DOM drag events a pointer would.
//!
//! Needs a display (Xvfb), tauri-driver, WebKitWebDriver, an unlocked
//! Secret Service and a session bus; `cargo xtask test` provides them and
//! runs these with `--include-ignored`.

use hagukumi_core::nursery::index::flow::{next, Answer, Step};
use hagukumi_core::nursery::index::{embedded_table, points, Adjustment, Situation};
use hagukumi_core::Language;
use hagukumi_e2e::{serial, Driver, Relay, Session};
use hagukumi_i18n::{Localizer, Value};

const CHILD: &str = "サンプル 太郎";
const BIRTH: &str = "2025-06-10";
const FAMILY: &str = "sample-a";
const HOME: &str = "35.6545,139.7960";
/// サンプル豊洲ひかり保育園 and サンプル有明たんぽぽナーサリー (one opening for
/// the 1歳児 class) of the SAMPLE 江東区 data.
const TOYOSU: &str = "131083-1";
const ARIAKE: &str = "131083-3";
const ARIAKE_NAME: &str = "サンプル有明たんぽぽナーサリー";
const TOYOSU_NAME: &str = "サンプル豊洲ひかり保育園";

/// 内定 at 有明, the first preference, in `l`'s words.
fn offered(l: &Localizer) -> String {
    l.format(
        "nursery-decision-offered-at",
        &[
            ("facility", Value::from(ARIAKE_NAME)),
            ("rank", Value::from(1)),
        ],
    )
}

/// Drags the handle inside `from` onto `to` with the DOM events a pointer
/// sends (dragstart, dragenter, dragover, drop, dragend).
fn drag(s: &Session, from: &str, to: &str) {
    s.execute(&format!(
        "const handle = document.querySelector({from:?} + ' .drag-handle');
         const target = document.querySelector({to:?});
         const dt = typeof DataTransfer === 'function' ? new DataTransfer() : null;
         const fire = (el, type) => el.dispatchEvent(
             new DragEvent(type, {{bubbles: true, cancelable: true, dataTransfer: dt}}));
         fire(handle, 'dragstart');
         fire(target, 'dragenter');
         fire(target, 'dragover');
         fire(target, 'drop');
         fire(handle, 'dragend');"
    ));
}

/// The 江東区 simulator in `l`'s words: one guardian at work 40 hours, 20
/// days a month, ひとり親, up to the result.
fn simulate(s: &Session, l: &Localizer) {
    s.press("#open-hoiku");
    s.press("#hoiku-municipalities [data-code='131083']");
    s.press("#hoiku-choices [data-answer='1']");
    s.press("#hoiku-choices [data-answer='work']");
    s.wait_for("#hoiku-number");
    s.submit("#hoiku-next", &[("#hoiku-number", "40")]);
    s.wait_text_now(
        "the days question",
        "#hoiku-question",
        l.format(
            "hoiku-q-days",
            &[
                ("guardian", Value::from(1)),
                ("situation", Value::from(l.text("hoiku-situation-work"))),
            ],
        ),
    );
    s.submit("#hoiku-next", &[("#hoiku-number", "20")]);
    s.press("#hoiku-household-single_parent");
    s.press("#hoiku-next");
    s.wait_for("#hoiku-total");
}

/// The bookmarks' two facilities side by side, from home.
fn compare(s: &Session) {
    s.press("#open-bookmarks");
    s.wait_count("two bookmarks", "#bookmark-list > li", 2);
    for n in 1..=2 {
        let pick = format!("#bookmark-list > li:nth-child({n}) .bookmark-pick input");
        if s.execute(&format!("return document.querySelector({pick:?}).checked;"))
            != serde_json::Value::Bool(true)
        {
            s.press(&pick);
        }
    }
    s.press("#compare-chosen:not([disabled])");
    s.wait_count("two columns", "#compare-table thead .compare-facility", 2);
    s.submit(
        "#compare-submit",
        &[("#compare-birth", BIRTH), ("#compare-from", HOME)],
    );
    s.wait_for("#compare-table tr[data-row=distance]");
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn search_bookmark_compare_book_simulate_apply_and_see_the_decision() {
    let _serial = serial();
    let slot = format!(
        "visit:{TOYOSU}:{}-01-18T10:00:00",
        hagukumi_portal::slots_year()
    );
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let en = Localizer::new(Language::En);
    let portal = hagukumi_portal::spawn_with_handle(
        "127.0.0.1:0".parse().unwrap(),
        hagukumi_portal::Config::default(),
    )
    .unwrap();
    let network = Relay::to(portal.addr());
    let _server = hagukumi_e2e::notification_server();
    let bus = data.path().join("notifications.log");
    let monitor = hagukumi_e2e::notification_monitor(&bus);
    let driver = Driver::keychain_with_portal(data.path(), &network.base_url());
    let s = driver.session(&[]);
    let synced = ja.format("portal-last-synced", &[("when", "".into())]);
    s.connected_family(CHILD, BIRTH, "131083", FAMILY, &synced);

    // Search: near home, nearest first. (Home is still laying out its
    // cards after the sync: the card is pressed once it settled.)
    s.wait_for("#next-actions li");
    s.wait_for("#open-nursery");
    std::thread::sleep(std::time::Duration::from_millis(500));
    s.press("#open-nursery");
    s.wait_for(&format!("#nursery-list li[data-id='{TOYOSU}']"));
    s.press("#nursery-from-kind option[value='home']");
    s.fill("#nursery-from", HOME);
    s.press("#nursery-sort option[value='distance']");
    s.press("#nursery-submit");
    s.wait_for("#nursery-list li .nursery-distance");
    let kms: Vec<f64> = s
        .execute(
            "return Array.from(document.querySelectorAll('#nursery-list li .nursery-distance'))
                 .map(d => d.textContent);",
        )
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let t = t.as_str().unwrap();
            let n: String = t
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            n.parse().unwrap_or_else(|_| panic!("a distance: {t}"))
        })
        .collect();
    assert!(
        kms.windows(2).all(|w| w[0] <= w[1]),
        "nearest first: {kms:?}"
    );
    s.capture_at("hoikatsu-search-ja", "#nursery-results");

    // Bookmark two; the second is dragged to the first place.
    for id in [TOYOSU, ARIAKE] {
        s.press(&format!(
            "#nursery-list li[data-id='{id}'] .nursery-bookmark:not(.on)"
        ));
        s.wait_for(&format!(
            "#nursery-list li[data-id='{id}'] .nursery-bookmark.on"
        ));
    }
    s.press("#open-bookmarks");
    s.wait_count("two bookmarks", "#bookmark-list > li", 2);
    assert_eq!(
        s.texts_now("#bookmark-list .bookmark-name"),
        [TOYOSU_NAME, ARIAKE_NAME]
    );
    drag(
        &s,
        "#bookmark-list > li:nth-child(2)",
        "#bookmark-list > li:nth-child(1)",
    );
    s.wait_until("the dragged order", || {
        (s.texts_now("#bookmark-list .bookmark-name") == [ARIAKE_NAME, TOYOSU_NAME]).then_some(())
    });
    assert_eq!(
        s.text_now("#bookmark-list > li:nth-child(1) .bookmark-rank"),
        ja.format("nursery-bookmark-rank", &[("rank", Value::from(1))])
    );
    s.press("#back");

    // Compare them.
    compare(&s);
    assert_eq!(
        s.texts_now("#compare-table .compare-name"),
        [ARIAKE_NAME, TOYOSU_NAME]
    );
    s.capture_at("hoikatsu-compare-ja", "#compare-result");
    s.press("#back");
    s.wait_for("#bookmark-list");
    s.press("#back");
    s.wait_for("#nursery-form");

    // Book a visit: confirmed by the sync that starts right away.
    s.press(&format!("li[data-id='{TOYOSU}'] .nursery-pick"));
    s.press(&format!("#nursery-slots li[data-slot='{slot}'] .slot-book"));
    let row = "#nursery-bookings li.nursery-booking-row";
    s.wait_for(&format!("{row}[data-state='confirmed']"));
    assert_eq!(portal.nursery_bookings(FAMILY).len(), 1);
    assert_eq!(portal.slot_holders(&slot), 1);
    s.capture_at("hoikatsu-booking-ja", "#nursery-booking");

    // The 保育指数: what core computes from the same answers.
    let koto = embedded_table("131083").unwrap();
    let Ok(Step::Done(answers)) = next(
        &koto,
        &[
            Answer::Guardians(1),
            Answer::Situation(Situation::Work),
            Answer::HoursPerWeek(40.0),
            Answer::DaysPerMonth(20),
            Answer::Household(vec![Adjustment::SingleParent]),
        ],
    ) else {
        panic!("the answers end the questions");
    };
    let total = points(&koto, &answers).total;
    simulate(&s, &ja);
    s.wait_text_now(
        "the total",
        "#hoiku-total",
        ja.format("hoiku-total", &[("points", Value::from(total))]),
    );
    s.capture_in("hoikatsu-simulator-ja", "#hoiku-result");
    s.press("#hoiku-back");
    s.wait_for("#nursery-apply");

    // The preferences: the bookmarks in their (dragged) order; a drag on
    // the list and back leaves it so.
    s.press("#nursery-prefs-from-bookmarks");
    s.wait_count("two preferences", "#nursery-prefs li", 2);
    let first_is = |name: &'static str| {
        let s = &s;
        move || s.text_now("#nursery-prefs li").contains(name).then_some(())
    };
    s.wait_until("有明 first", first_is(ARIAKE_NAME));
    drag(
        &s,
        "#nursery-prefs li:nth-child(2)",
        "#nursery-prefs li:nth-child(1)",
    );
    s.wait_until("豊洲 first after the drag", first_is(TOYOSU_NAME));
    s.press("#nursery-prefs li:nth-child(2) .pref-up");
    s.wait_until("有明 first again", first_is(ARIAKE_NAME));
    assert!(s.text_now("#nursery-prefs li").contains("第1希望"));
    s.capture_at("hoikatsu-application-ja", "#nursery-apply");
    s.send_nursery_application(&ja.text("nursery-apply-sent"));
    assert_eq!(portal.nursery_applications(FAMILY).len(), 1);

    // The office decides; the sync brings 内定 at the first preference,
    // on the screen and as a notification.
    assert_eq!(portal.decide_nursery(FAMILY).unwrap(), 1);
    s.sync_until_offered(&offered(&ja));
    s.capture_at("hoikatsu-decision-ja", "#nursery-apply");
    let title = ja.text("nursery-decision-notice-title");
    s.wait_until("the decision on the session bus", || {
        hagukumi_e2e::notified(&bus, &[&title, ARIAKE_NAME]).then_some(())
    });

    // Home: the visit among the next things to do.
    s.press("#back");
    let booked = "#next-actions li.next-booking";
    s.wait_for(booked);
    let line = s.text_now(booked);
    assert!(line.contains(TOYOSU_NAME), "{line}");
    assert!(line.contains(&ja.text("booking-kind-visit")), "{line}");
    assert!(
        line.contains(&ja.text("nursery-booking-confirmed")),
        "{line}"
    );
    s.capture_at("hoikatsu-home-ja", "#next-actions");
    // Its line opens the nursery screen.
    s.press(booked);
    s.wait_for("#nursery-form");

    // In English: every screen again.
    s.press("#lang-en");
    s.wait_text_now(
        "the English search",
        "#nursery-title",
        en.text("nursery-screen-title"),
    );
    s.press("#nursery-from-kind option[value='home']");
    s.fill("#nursery-from", HOME);
    s.press("#nursery-sort option[value='distance']");
    s.press("#nursery-submit");
    s.wait_for("#nursery-list li .nursery-distance");
    s.capture_at("hoikatsu-search-en", "#nursery-results");
    s.press(&format!("li[data-id='{TOYOSU}'] .nursery-pick"));
    s.wait_for(&format!("{row}[data-state='confirmed']"));
    s.capture_at("hoikatsu-booking-en", "#nursery-booking");
    s.wait_text(
        "the English decision",
        "#nursery-applications .nursery-decision",
        offered(&en),
    );
    s.press("#nursery-prefs-from-bookmarks");
    s.wait_count("two preferences", "#nursery-prefs li", 2);
    s.capture_at("hoikatsu-application-en", "#nursery-apply");
    simulate(&s, &en);
    s.wait_text_now(
        "the English total",
        "#hoiku-total",
        en.format("hoiku-total", &[("points", Value::from(total))]),
    );
    s.capture_in("hoikatsu-simulator-en", "#hoiku-result");
    s.press("#hoiku-back");
    s.wait_for("#nursery-form");
    compare(&s);
    s.capture_at("hoikatsu-compare-en", "#compare-result");
    s.press("#back");
    s.wait_for("#bookmark-list");
    s.press("#back");
    s.wait_for("#nursery-form");
    s.press("#back");
    s.wait_for(booked);
    s.capture_at("hoikatsu-home-en", "#next-actions");
    s.close();
    drop(driver);
    drop(monitor);
    // Told once.
    let (told, log) = hagukumi_e2e::notices_titled(&bus, &title);
    assert_eq!(told, 1, "one decision notice: {log}");
    assert_eq!(portal.nursery_applications(FAMILY).len(), 1);
    assert_eq!(portal.nursery_bookings(FAMILY).len(), 1);
}
