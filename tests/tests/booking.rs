//! 保活 bookings and the application in the real window, against the
//! reference portal: the family's municipality chosen and the portal
//! connected (the first sync brings the municipality's slots); a visit
//! booked from a search result, confirmed by the sync that starts right
//! away, then cancelled; a preference list built from results and
//! reordered, sent, received, and after the office's 利用調整 and a sync,
//! the decision (内定) with its lines. Exactly one booking and one
//! application at the portal. Phone and desktop screenshots, ja and en.
//!
//! Needs a display (Xvfb), tauri-driver, WebKitWebDriver and an unlocked
//! Secret Service; `cargo xtask test` provides all of them and runs these
//! with `--include-ignored`.

use hagukumi_core::Language;
use hagukumi_e2e::{reference_portal, serial, Driver, Relay};
use hagukumi_i18n::{Localizer, Value};

const CHILD: &str = "サンプル 太郎";
const FAMILY: &str = "sample-a";

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn book_a_visit_cancel_it_and_apply_with_ordered_preferences() {
    let _serial = serial();
    // The SAMPLE slots stay ahead of the clock (`slots_year`).
    let slot = format!(
        "visit:131083-1:{}-01-18T10:00:00",
        hagukumi_portal::slots_year()
    );
    let slot = slot.as_str();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let en = Localizer::new(Language::En);
    let portal = reference_portal();
    let network = Relay::to(portal.addr());
    let base = network.base_url();
    let driver = Driver::keychain_with_portal(data.path(), &base);
    let s = driver.session(&[]);
    let synced = ja.format("portal-last-synced", &[("when", "".into())]);
    s.connected_family(CHILD, "2025-06-10", "131083", FAMILY, &synced);

    // A search result's 見学・申込: its visit slots and the consultations.
    s.press("#open-nursery");
    s.wait_for("#nursery-list li[data-id='131083-1']");
    assert_eq!(
        s.text_now("#nursery-pick-hint"),
        ja.text("booking-pick-hint")
    );
    s.press("li[data-id='131083-1'] .nursery-pick");
    s.wait_for(&format!("#nursery-slots li[data-slot='{slot}']"));
    assert_eq!(s.find_all("#nursery-slots li[data-kind='visit']").len(), 2);
    assert_eq!(
        s.find_all("#nursery-slots li[data-kind='consult']").len(),
        8
    );
    assert!(s.text_now("#nursery-booking").contains("サンプル"));
    s.capture_at("booking-slots-ja", "#nursery-booking");

    // Booked: pending, then confirmed by the sync that starts right away.
    s.press(&format!("#nursery-slots li[data-slot='{slot}'] .slot-book"));
    let row = "#nursery-bookings li.nursery-booking-row";
    s.wait_for(&format!("{row}[data-state='confirmed']"));
    let text = s.text_now(row);
    assert!(text.contains("サンプル豊洲ひかり保育園"), "{text}");
    assert!(
        text.contains(&ja.text("nursery-booking-confirmed")),
        "{text}"
    );
    assert_eq!(portal.nursery_bookings(FAMILY).len(), 1);
    assert_eq!(portal.slot_holders(slot), 1);
    s.capture_at("booking-confirmed-ja", "#nursery-booking");

    // Cancelled the same way.
    s.press(&format!("{row} .booking-cancel"));
    s.wait_for(&format!("{row}[data-state='cancelled']"));
    assert_eq!(portal.slot_holders(slot), 0);
    assert!(s.find_all(&format!("{row} .booking-cancel")).is_empty());

    // Preferences from the results: 131083-1 then 131083-3, reordered so
    // 131083-3 (one opening for the 1歳児 class) comes first.
    s.press("#nursery-prefer-add");
    s.press("li[data-id='131083-3'] .nursery-pick");
    s.wait_text(
        "the picked facility",
        "#nursery-picked",
        "サンプル有明たんぽぽナーサリー",
    );
    s.press("#nursery-prefer-add");
    s.wait_count("two preferences", "#nursery-prefs li", 2);
    s.press("#nursery-prefs li[data-facility='131083-3'] .pref-up");
    s.wait_until("131083-3 first", || {
        let first = s.text_now("#nursery-prefs li");
        first
            .contains("サンプル有明たんぽぽナーサリー")
            .then_some(())
    });
    assert!(s.text_now("#nursery-prefs li").contains("第1希望"));
    s.capture_at("booking-preferences-ja", "#nursery-apply");
    s.send_nursery_application(&ja.text("nursery-apply-sent"));
    assert_eq!(portal.nursery_applications(FAMILY).len(), 1);

    // The office decides; a sync brings 内定 at the first preference.
    assert_eq!(portal.decide_nursery(FAMILY).unwrap(), 1);
    let offered = ja.format(
        "nursery-decision-offered-at",
        &[
            ("facility", Value::from("サンプル有明たんぽぽナーサリー")),
            ("rank", Value::from(1)),
        ],
    );
    s.sync_until_offered(&offered);
    let lines = s.texts_now("#nursery-applications .nursery-adjustment li");
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[1].contains(&ja.text("nursery-outcome-not-reached")),
        "{lines:?}"
    );
    assert_eq!(portal.nursery_applications(FAMILY).len(), 1);
    assert_eq!(portal.nursery_bookings(FAMILY).len(), 1);
    s.capture_at("booking-decision-ja", "#nursery-apply");

    // In English.
    s.press("#lang-en");
    let offered = en.format(
        "nursery-decision-offered-at",
        &[
            ("facility", Value::from("サンプル有明たんぽぽナーサリー")),
            ("rank", Value::from(1)),
        ],
    );
    s.wait_text(
        "the English decision",
        "#nursery-applications .nursery-decision",
        &offered,
    );
    s.capture_at("booking-decision-en", "#nursery-apply");
    s.capture_at("booking-list-en", "#nursery-booking");
    s.close();
}
