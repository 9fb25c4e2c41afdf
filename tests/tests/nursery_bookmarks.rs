//! Nursery bookmarks (保活) in the real window: from the search, bookmark
//! three facilities with the toggle on their rows, rate two and write a
//! note on one, move one up in the preference order (希望順位), then
//! compare every starred one side by side with the child's class and the
//! distance from home; the table scrolls inside its card at phone width.
//! Offline: no portal runs.
//!
//! Needs a display (Xvfb), tauri-driver, WebKitWebDriver and an unlocked
//! Secret Service; `cargo xtask test` provides all of them and runs these
//! with `--include-ignored`.

use hagukumi_core::nursery::{load_embedded, next_intake};
use hagukumi_core::Language;
use hagukumi_e2e::{serial, Driver};
use hagukumi_i18n::{Localizer, Value};

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_parent_bookmarks_rates_orders_and_compares_nurseries() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let nurseries = load_embedded();
    let names: Vec<&str> = nurseries.facilities[..3]
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    let today = chrono::Local::now().date_naive();
    let intake = next_intake(today);
    let birth = intake
        .checked_sub_months(chrono::Months::new(12))
        .unwrap()
        .to_string();

    let driver = Driver::keychain(data.path());
    let s = driver.session(&[]);
    s.wait_for("#home-empty");
    s.press("#open-nursery");
    s.wait_count(
        "every facility",
        "#nursery-list li",
        nurseries.facilities.len(),
    );
    let bookmarks = |n: usize| ja.format("nursery-open-bookmarks", &[("count", Value::from(n))]);
    s.wait_text_now("no bookmarks yet", "#open-bookmarks", bookmarks(0));
    for n in 1..=3 {
        s.press(&format!(
            "#nursery-list li:nth-child({n}) .nursery-bookmark:not([disabled])"
        ));
        s.wait_text_now("the bookmark counted", "#open-bookmarks", bookmarks(n));
    }
    let pressed = s.execute(
        "return Array.from(document.querySelectorAll('#nursery-list .nursery-bookmark'))
             .map(b => b.getAttribute('aria-pressed') === 'true');",
    );
    let pressed: Vec<bool> = pressed
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_bool().unwrap())
        .collect();
    assert_eq!(pressed[..4], [true, true, true, false]);
    assert_eq!(pressed.iter().filter(|p| **p).count(), 3);
    let label = s.execute(
        "return document.querySelector('#nursery-list li .nursery-bookmark').getAttribute('aria-label');",
    );
    assert_eq!(
        label.as_str().unwrap(),
        ja.format(
            "nursery-bookmark-toggle-label",
            &[("name", Value::from(names[0]))]
        )
    );
    s.capture_at("nursery-bookmark-toggle", "#nursery-results");

    s.press("#open-bookmarks");
    s.wait_count("three bookmarks", "#bookmark-list > li", 3);
    assert_eq!(s.texts_now("#bookmark-list .bookmark-name"), names);
    // Stars: four on the second, three on the third.
    s.press("#bookmark-list > li:nth-child(2) .bookmark-stars .star:nth-child(4)");
    s.wait_until("four stars kept", || {
        (s.texts_now("#bookmark-list > li:nth-child(2) .star.on")
            .len()
            == 4)
            .then_some(())
    });
    s.press("#bookmark-list > li:nth-child(3) .bookmark-stars .star:nth-child(3)");
    s.wait_until("three stars kept", || {
        (s.texts_now("#bookmark-list > li:nth-child(3) .star.on")
            .len()
            == 3)
            .then_some(())
    });
    // A note from the visit.
    s.fill(
        "#bookmark-list > li:nth-child(2) .bookmark-note-text",
        "園庭が広い。給食は自園調理",
    );
    s.press("#bookmark-list > li:nth-child(2) .bookmark-note-save");
    s.wait_text_now(
        "the note saved",
        "#bookmark-list > li:nth-child(2) .bookmark-note .ok",
        ja.text("nursery-bookmark-note-saved"),
    );
    // The third moves up: it becomes the second choice.
    let up = s.execute(
        "return document.querySelector('#bookmark-list > li:nth-child(3) .bookmark-up').getAttribute('aria-label');",
    );
    assert_eq!(
        up.as_str().unwrap(),
        ja.format(
            "nursery-bookmark-up-label",
            &[("name", Value::from(names[2]))]
        )
    );
    s.press("#bookmark-list > li:nth-child(3) .bookmark-up");
    s.wait_until("the new order", || {
        (s.texts_now("#bookmark-list .bookmark-name") == [names[0], names[2], names[1]])
            .then_some(())
    });
    assert_eq!(
        s.text_now("#bookmark-list > li:nth-child(2) .bookmark-rank"),
        ja.format("nursery-bookmark-rank", &[("rank", Value::from(2))])
    );
    // The first cannot move up, the last cannot move down.
    let disabled = s.execute(
        "return [document.querySelector('#bookmark-list > li:nth-child(1) .bookmark-up').disabled,
                 document.querySelector('#bookmark-list > li:nth-child(3) .bookmark-down').disabled];",
    );
    assert_eq!(disabled, serde_json::json!([true, true]));
    s.capture_at("nursery-bookmarks", "#bookmarks-screen");

    // Every starred one side by side, in the preference order.
    s.press("#compare-starred");
    s.wait_count("two columns", "#compare-table thead .compare-facility", 2);
    assert_eq!(
        s.texts_now("#compare-table .compare-name"),
        [names[2], names[1]]
    );
    s.submit(
        "#compare-submit",
        &[
            ("#compare-birth", &birth),
            ("#compare-from", "35.6727,139.8170"),
        ],
    );
    s.wait_for("#compare-table tr[data-row=openings]");
    s.wait_for("#compare-table tr[data-row=distance]");
    let stars = s.texts_now("#compare-table tr[data-row=stars] td");
    assert_eq!(stars, ["★★★☆☆", "★★★★☆"]);
    let note = s.texts_now("#compare-table tr[data-row=note] td");
    assert_eq!(note[1], "園庭が広い。給食は自園調理");
    let openings_label = ja.format(
        "nursery-compare-openings",
        &[
            ("class", Value::from(1)),
            ("date", Value::from(ja.date(intake))),
        ],
    );
    assert_eq!(
        s.text_now("#compare-table tr[data-row=openings] th"),
        openings_label
    );
    s.capture_at("nursery-compare", "#compare-result");

    // At phone width the table scrolls inside its card, not the page.
    s.resize(390, 844);
    let widths = s.execute(
        "const t = document.querySelector('#compare-scroll');
         return [t.scrollWidth > t.clientWidth,
                 document.documentElement.scrollWidth <= window.innerWidth];",
    );
    assert_eq!(widths, serde_json::json!([true, true]));

    s.press("#back");
    s.wait_count("the bookmarks again", "#bookmark-list > li", 3);
    s.press("#back");
    s.wait_for("#nursery-form");

    // The application's preference list in one tap: the bookmarks in the
    // order the parent set (希望順位).
    s.press("#nursery-prefs-from-bookmarks");
    s.wait_count("three preferences", "#nursery-prefs li", 3);
    let prefs = s.texts_now("#nursery-prefs li .pref-line");
    for (rank, (line, name)) in prefs.iter().zip([names[0], names[2], names[1]]).enumerate() {
        assert_eq!(
            line,
            &ja.format(
                "nursery-pref-line",
                &[
                    ("rank", Value::from(rank + 1)),
                    ("facility", Value::from(name))
                ]
            )
        );
    }
    s.capture_at("nursery-prefs-from-bookmarks", "#nursery-apply");
}
