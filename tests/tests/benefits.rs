//! Benefits in the real window: the once-only application of 018サポート
//! with 赤ちゃんファースト, pre-filled from the handbook, confirmed and sent
//! while not yet connected (it waits, said plainly), sent by the first sync
//! once connected, its state back from the reference portal and changing
//! after the office moves it on; exactly one application at the portal.
//! Before that, with the municipality chosen, the benefits the family
//! qualifies for are listed as not applied (with why) until an application
//! covers them, and the screen opens from beside a benefit program.
//! Phone and desktop screenshots in both languages.
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
fn apply_once_from_the_window_sync_and_see_the_state_change() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let en = Localizer::new(Language::En);
    let portal = reference_portal();
    let network = Relay::to(portal.addr());
    let base = network.base_url();
    let driver = Driver::keychain_with_portal(data.path(), &base);
    let s = driver.session(&[]);
    s.wait_for("#home-empty");
    s.add_and_open_child(CHILD, "2025-06-10", "male");
    s.press("#back");

    // The Benefits screen from home: nothing yet, the form pre-filled with
    // the handbook's child (chosen), no My Number field anywhere.
    s.press("#open-benefits");
    s.wait_for("#once-only-form");
    assert_eq!(s.text_now("#benefits-none"), ja.text("benefits-none"));
    let child = s.wait_for("#once-only-children input[type=checkbox]");
    assert_eq!(s.attribute(&child, "checked").as_deref(), Some("true"));
    assert!(s.text_now("#once-only-children").contains(CHILD));
    let page = s.text_now("#benefits-screen");
    assert!(!page.contains("マイナンバーを入力"), "{page}");

    // The family's municipality chosen on the programs screen: the benefits
    // it qualifies for and has not applied for are listed as not applied,
    // each with why; the Benefits screen opens from beside a benefit program.
    s.press("#back");
    s.press("#open-programs");
    s.press("#municipality-select option[value='131016']");
    s.press("#municipality-submit");
    let registry = ja.text("benefit-source-registry");
    let not_applied = ja.text("benefit-state-not-applied");
    s.wait_for("#programs-now-list li[data-psid='sample+130001+maru-nyu']");
    assert!(
        s.find_all("li[data-psid='sample+130001+maru-nyu'] .program-open-benefits")
            .is_empty(),
        "no amount, not a benefit"
    );
    s.capture_at(
        "programs-benefit-link-ja",
        "li[data-psid='sample+130001+018-support']",
    );
    s.press("li[data-psid='sample+130001+018-support'] .program-open-benefits");
    let rows = s.wait_until("the benefits not applied for", || {
        let rows = s.texts_now("#benefit-list li.benefit");
        (rows.len() == 3).then_some(rows)
    });
    for name in ["018サポート", "赤ちゃんファースト", "児童手当"] {
        assert!(
            rows.iter().any(|r| r.contains(name)
                && r.contains(&registry)
                && r.contains(&not_applied)
                && r.contains(CHILD)),
            "{name} not applied, with why: {rows:?}"
        );
    }
    s.capture_at("benefits-not-applied-ja", "#benefits-list-card");
    s.press("#lang-en");
    s.wait_until("the English rows", || {
        let rows = s.texts_now("#benefit-list li.benefit");
        rows.iter()
            .any(|r| {
                r.contains("018 Support (Tokyo)")
                    && r.contains(&en.text("benefit-state-not-applied"))
                    && r.contains(&en.text("benefit-source-registry"))
            })
            .then_some(())
    });
    s.capture_at("benefits-not-applied-en", "#benefits-list-card");
    s.press("#lang-ja");
    s.wait_text(
        "Japanese again",
        "#benefits-title",
        ja.text("benefits-title"),
    );

    // Refused until confirmed and with a guardian, in words saying what to do.
    s.press("#once-only-send");
    s.wait_text(
        "the confirmation asked for",
        "#once-only-status",
        ja.text("once-only-confirm-needed"),
    );
    s.press("#once-only-confirm");
    s.press("#once-only-send");
    s.wait_text(
        "the guardian asked for",
        "#once-only-guardian-error",
        ja.text("error-required"),
    );
    s.fill("#once-only-guardian", "1234 5678 9012");
    s.press("#once-only-send");
    s.wait_text(
        "a My Number refused",
        "#once-only-guardian-error",
        ja.text("error-individual-number"),
    );
    s.fill("#once-only-guardian", "サンプル 花子");
    s.press("#once-only-send");
    // Not connected yet: it waits, and says what to do.
    s.wait_text(
        "the application waiting",
        "#once-only-status",
        ja.text("once-only-not-connected"),
    );
    let pending = ja.format("submission-pending", &[("children", Value::from(CHILD))]);
    s.wait_text("the pending submission", "#benefit-submissions", &pending);
    s.capture_at("benefits-pending-ja", "#benefits-list-card");
    assert!(portal.benefit_applications(FAMILY).is_empty());
    // On its way: the two applied for together are no longer "not applied".
    let rows = s.texts_now("#benefit-list li.benefit");
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(rows[0].contains("児童手当"), "{rows:?}");

    // Connecting syncs: the application goes out and its state comes back.
    s.press("#back");
    let synced = ja.format("portal-last-synced", &[("when", "".into())]);
    s.connect_portal(FAMILY, &synced);
    s.press("#back");
    s.capture_at("benefits-card-ja", "#benefits-card");
    s.press("#open-benefits");
    let applied = ja.text("benefit-state-applied");
    s.wait_until("two applications, applied", || {
        let states = s.texts_now("#benefit-list .benefit-state");
        (states.iter().filter(|t| **t == applied).count() >= 2).then_some(())
    });
    let rows = s.texts_now("#benefit-list li.benefit");
    assert!(rows.iter().any(|r| r.contains("018サポート")), "{rows:?}");
    assert!(
        rows.iter().any(|r| r.contains("赤ちゃんファースト")),
        "{rows:?}"
    );
    assert!(s.find_all("#benefit-submissions li").is_empty());
    assert_eq!(portal.benefit_applications(FAMILY).len(), 1);
    // The portal's 児童手当 application covers the registry's program too.
    let rows = s.texts_now("#benefit-list li.benefit");
    assert!(!rows.iter().any(|r| r.contains(&registry)), "{rows:?}");
    s.capture_at("benefits-applied-ja", "#benefits-list-card");
    s.capture_at("benefits-form-ja", "#once-only");

    // The office takes it up; a sync brings the change.
    assert_eq!(portal.advance_benefits(FAMILY).unwrap(), 2);
    s.press("#benefits-sync");
    let review = ja.format(
        "benefit-portal-status",
        &[(
            "status",
            Value::from(ja.text("portal-benefit-under-review")),
        )],
    );
    s.wait_until("the state under review", || {
        let rows = s.texts_now("#benefit-list li.benefit");
        (rows.iter().filter(|r| r.contains(&review)).count() == 2).then_some(())
    });
    assert_eq!(portal.benefit_applications(FAMILY).len(), 1);
    s.capture_at("benefits-review-ja", "#benefits-list-card");

    // Applications made at the counter, tracked by hand: a payment to come
    // becomes the next payment; a deadline shows the days left.
    let day = |n: i64| (chrono::Local::now().date_naive() + chrono::Duration::days(n)).to_string();
    s.submit(
        "#track-save",
        &[
            ("#track-program", "出産育児一時金"),
            ("#track-applied-on", &day(-3)),
            ("#track-payment-date", &day(20)),
            ("#track-payment-yen", "500000"),
        ],
    );
    s.wait_text(
        "the tracked one saved",
        "#track-status",
        ja.text("track-saved"),
    );
    s.wait_until("the next payment", || {
        let next = s.text_now("#benefit-next-payment");
        next.contains("出産育児一時金").then_some(())
    });
    assert!(s.text_now("#benefit-next-payment").contains("500,000"));
    s.press("#track-state option[value='not-applied']");
    s.submit(
        "#track-save",
        &[("#track-program", "児童手当"), ("#track-deadline", &day(5))],
    );
    let left = ja.format(
        "benefit-deadline",
        &[
            ("date", Value::from(ja.date(day(5).parse().unwrap()))),
            ("days", Value::from(5)),
        ],
    );
    s.wait_until("the deadline with the days left", || {
        let rows = s.texts_now("#benefit-list li.benefit");
        rows.iter()
            .any(|r| {
                r.contains("児童手当")
                    && r.contains(&left)
                    && r.contains(&ja.text("benefit-state-not-applied"))
            })
            .then_some(())
    });
    s.capture_at("benefits-tracked-ja", "#benefits-next");

    // In English.
    s.press("#lang-en");
    s.wait_text(
        "the English screen",
        "#benefits-title",
        en.text("benefits-title"),
    );
    let review = en.format(
        "benefit-portal-status",
        &[(
            "status",
            Value::from(en.text("portal-benefit-under-review")),
        )],
    );
    s.wait_until("the English states", || {
        let rows = s.texts_now("#benefit-list li.benefit");
        rows.iter().any(|r| r.contains(&review)).then_some(())
    });
    s.capture_at("benefits-review-en", "#benefits-list-card");
    s.capture_at("benefits-form-en", "#once-only");
    s.close();
}
