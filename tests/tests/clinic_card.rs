//! The clinic card in the real window: after a sync with the reference
//! portal it shows the child's 受給者証 and allergies; an insurance note
//! holding a My Number-like number is refused and nothing is saved; then,
//! with the network to the portal switched off (airplane mode), the card
//! opens after a restart and shows the same.
//!
//! Needs a display (Xvfb), tauri-driver, WebKitWebDriver and an unlocked
//! Secret Service; `cargo xtask test` provides all of them and runs these
//! with `--include-ignored`.

use hagukumi_core::Language;
use hagukumi_e2e::{reference_portal, serial, Driver, Relay, Session};
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::{KeySource, Store, DB_FILE};
use std::ffi::OsStr;

const CHILD: &str = "サンプル 太郎";

/// From the child's screen: opens the card, once its certificates are shown.
fn open_card(s: &Session) {
    s.press("#open-clinic-card");
    s.wait_for("#clinic-card-certificates");
}

/// What the card must show for サンプル 太郎 in `l`'s words.
fn assert_card(s: &Session, l: &Localizer) {
    assert_eq!(s.text_now("#clinic-card-name"), CHILD);
    let certificate = s.text_now("#clinic-cert-a-cert-001");
    assert!(
        certificate.contains("乳幼児医療費助成受給者証"),
        "{certificate}"
    );
    assert!(certificate.contains("88139999"), "{certificate}");
    assert!(certificate.contains("9999001"), "{certificate}");
    assert!(
        certificate.contains(&l.date("2031-03-31".parse().unwrap())),
        "{certificate}"
    );
    assert!(
        certificate.contains(&l.text("clinic-card-valid-current")),
        "{certificate}"
    );
    // The 和暦 beside the date, as the paper certificate writes it.
    let era = l.format(
        "clinic-card-date-era",
        &[
            ("date", Value::from(l.date("2031-03-31".parse().unwrap()))),
            ("era", Value::from(l.text("era-reiwa"))),
            ("year", Value::from(13)),
            ("month", Value::from(3)),
            ("monthName", Value::from(l.text("month-3"))),
            ("day", Value::from(31)),
        ],
    );
    assert!(certificate.contains(&era), "{certificate} lacks {era}");
    let allergies = s.texts_now("#clinic-card-allergies li");
    assert_eq!(allergies.len(), 1, "{allergies:?}");
    assert!(allergies[0].contains("卵"), "{allergies:?}");
    assert!(allergies[0].contains("じんましん"), "{allergies:?}");
    // The official vaccinations synced from the portal.
    let hepb = l.text("schedule-vaccine-hepb");
    assert!(
        s.texts_now("#clinic-card-vaccinations li")
            .iter()
            .any(|v| v.contains(&hepb)),
        "no {hepb}"
    );
}

/// The card's background and text colours (black on white, or white on
/// black in dark mode: contrast 21:1).
fn card_colours(s: &Session) -> (String, String) {
    let c = s.execute(
        "const s = getComputedStyle(document.querySelector('#clinic-card')); \
         return [s.backgroundColor, s.color];",
    );
    (
        c[0].as_str().unwrap_or_default().to_owned(),
        c[1].as_str().unwrap_or_default().to_owned(),
    )
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn the_clinic_card_shows_the_certificate_and_allergies_also_in_airplane_mode() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let en = Localizer::new(Language::En);
    let portal = reference_portal();
    // The app reaches the portal through a network the test can switch off.
    let mut network = Relay::to(portal.addr());
    let base = network.base_url();
    let env = [
        ("HAGUKUMI_PORTAL_URL", OsStr::new(&base)),
        ("HAGUKUMI_REFERENCE_PORTAL", OsStr::new("1")),
        ("GTK_THEME", OsStr::new("Adwaita")),
    ];
    let driver = Driver::keychain_with(data.path(), &env);
    let s = driver.session(&[]);
    s.wait_for("#home-empty");
    s.add_and_open_child(CHILD, "2025-06-10", "male");

    // Before a sync: no certificate yet, said plainly.
    open_card(&s);
    assert_eq!(
        s.text_now("#clinic-card-no-certificates"),
        ja.text("clinic-card-no-certificates")
    );
    s.press("#clinic-card-back");
    s.add_allergy("卵", "じんましん", "2026-01-05");
    s.press("#back");
    s.wait_for("#portal-card[aria-busy=false]");

    // The sync brings the 受給者証 (family sample-a: サンプル 太郎's).
    let synced = ja.format("portal-last-synced", &[("when", "".into())]);
    s.connect_portal("sample-a", &synced);
    s.press("#back");
    let card = s.wait_until("the child's card", || {
        s.find_all(".child-card")
            .into_iter()
            .find(|c| s.text(c).contains(CHILD))
    });
    s.click(&card);
    s.wait_text("the child's screen", "#child-title", CHILD);
    open_card(&s);
    assert_card(&s, &ja);
    assert_eq!(
        card_colours(&s),
        ("rgb(255, 255, 255)".into(), "rgb(0, 0, 0)".into())
    );

    // An insurance note with a My Number-like number is refused, nothing saved.
    s.press("#insurance-edit");
    s.fill("#insurance-note", "番号 1234 5678 9012");
    s.press("#insurance-save");
    s.wait_text(
        "the refusal",
        "#insurance-status",
        ja.text("error-insurance-note-individual-number"),
    );
    s.fill("#insurance-note", "保険者番号 06139999 記号 12 番号 3456");
    s.press("#insurance-save");
    s.wait_text(
        "the saved note",
        "#insurance-note-text",
        "保険者番号 06139999 記号 12 番号 3456",
    );
    s.capture_at("clinic-card-ja", "#clinic-card");
    s.capture_at("clinic-card-certificate-ja", "#clinic-card-certificates");
    s.close();
    drop(driver);

    // Airplane mode: the portal cannot be reached at all (its address
    // refuses connections), then the app starts again.
    // The phone is in dark mode now: the card stays as contrasted.
    network.airplane_mode();
    let requests = portal.request_count();
    let mut env = env;
    env[2].1 = OsStr::new("Adwaita:dark");
    let driver = Driver::keychain_with(data.path(), &env);
    let s = driver.session(&[]);
    // The start's sync finds no network, and says so.
    s.press("#open-portal");
    let offline = ja.format("sync-error-offline", &[("detail", "".into())]);
    s.wait_until("the sync to find no network", || {
        s.text_now("#portal-last-error")
            .contains(&offline)
            .then_some(())
    });
    s.press("#back");
    let card = s.wait_until("the child's card", || {
        s.find_all(".child-card")
            .into_iter()
            .find(|c| s.text(c).contains(CHILD))
    });
    s.click(&card);
    s.wait_text("the child's screen", "#child-title", CHILD);
    open_card(&s);
    assert_card(&s, &ja);
    assert_eq!(
        s.text_now("#insurance-note-text"),
        "保険者番号 06139999 記号 12 番号 3456"
    );
    assert_eq!(
        card_colours(&s),
        ("rgb(0, 0, 0)".into(), "rgb(255, 255, 255)".into())
    );
    s.capture_at("clinic-card-offline-ja", "#clinic-card");
    s.capture_at("clinic-card-allergies-ja", "#clinic-card-allergies");
    s.press("#lang-en");
    s.wait_text(
        "the English card",
        "#clinic-card-title",
        en.text("clinic-card-title"),
    );
    assert_card(&s, &en);
    s.capture_at("clinic-card-offline-en", "#clinic-card");
    s.capture_at("clinic-card-certificate-en", "#clinic-card-certificates");
    s.capture_at("clinic-card-allergies-en", "#clinic-card-allergies");
    assert_eq!(
        portal.request_count(),
        requests,
        "nothing reached the portal while offline"
    );
    s.close();
    drop(driver);

    // The note was kept in the handbook as typed; the refused one never was.
    let store = Store::open_with(data.path(), &KeySource::OsCredentialStore).unwrap();
    let taro = store.children().unwrap()[0].id;
    assert_eq!(
        store.insurance_note(taro).unwrap().unwrap().as_str(),
        "保険者番号 06139999 記号 12 番号 3456"
    );
    drop(store);
    hagukumi_store::keychain::forget(&data.path().join(DB_FILE)).unwrap();
}
