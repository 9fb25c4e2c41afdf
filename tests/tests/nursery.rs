//! The nursery search (保活) in the real window: from home to every SAMPLE
//! facility, then the facilities with an opening for a child born on
//! April 1 (the earlier school year's class), each with its position; a
//! birth date with no class is said in words. Offline: no portal runs.
//!
//! Needs a display (Xvfb), tauri-driver, WebKitWebDriver and an unlocked
//! Secret Service; `cargo xtask test` provides all of them and runs these
//! with `--include-ignored`.

use hagukumi_core::nursery::{age_class, load_embedded, next_intake, search_view, SearchRequest};
use hagukumi_core::Language;
use hagukumi_e2e::{serial, Driver};
use hagukumi_i18n::{Localizer, Value};

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_parent_finds_nurseries_with_an_opening_for_a_one_year_old() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let today = chrono::Local::now().date_naive();
    let nurseries = load_embedded();
    let intake = next_intake(today);
    // Born on April 1 a year before the intake: the 1歳児 class.
    let years_before = |n: u32| {
        intake
            .checked_sub_months(chrono::Months::new(12 * n))
            .unwrap()
    };
    let birth = years_before(1);
    assert_eq!(age_class(birth, intake).map(|c| c.years()), Some(1));
    let request = SearchRequest {
        birth: Some(birth.to_string()),
        ..SearchRequest::default()
    };
    let expected = search_view(&nurseries, &request, today).unwrap();
    assert!(!expected.facilities.is_empty());

    let driver = Driver::keychain(data.path());
    let s = driver.session(&[]);
    s.wait_for("#home-empty");
    // The card on home (the first resize can leave a stale frame: twice).
    s.capture_at("nursery-card", "#nursery-card");
    s.capture_at("nursery-card", "#nursery-card");
    s.press("#open-nursery");
    // With no filter: every sample facility, each with its position.
    s.wait_count(
        "every facility",
        "#nursery-list li",
        nurseries.facilities.len(),
    );
    let first = s.text_now("#nursery-list li");
    assert!(first.contains("緯度 35."), "{first}");
    assert!(s.text_now("#nursery-results").contains("SAMPLE"));

    s.submit("#nursery-submit", &[("#nursery-birth", &birth.to_string())]);
    s.wait_count(
        "the 1-year-olds' openings",
        "#nursery-list li",
        expected.facilities.len(),
    );
    let class = ja.format(
        "nursery-search-class",
        &[
            ("class", Value::from(1)),
            ("date", Value::from(ja.date(intake))),
        ],
    );
    assert_eq!(s.text_now("#nursery-class"), class);
    let names = s.texts_now("#nursery-list .nursery-name");
    let want: Vec<String> = expected.facilities.iter().map(|f| f.name.clone()).collect();
    assert_eq!(names, want);
    assert!(s.text_now("#nursery-list li").contains("1歳児クラスの空き"));
    s.capture_at("nursery-search", "#nursery-screen");

    // School age: no class, said plainly; the list stays as it was.
    s.fill("#nursery-birth", &years_before(7).to_string());
    s.press("#nursery-submit");
    s.wait_text_now(
        "the refusal",
        "#nursery-status",
        ja.text("nursery-error-no-class"),
    );
    s.capture_at("nursery-search-no-class", "#nursery-form");

    s.press("#back");
    s.wait_for("#open-nursery");
}
