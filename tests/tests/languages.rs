//! The languages of the handbook's editions in the real window: the picker
//! lists each in its own script, marked unreviewed; choosing one words home
//! in it (a message it lacks comes from its fallback: Japanese for
//! やさしい日本語, English for the others — the unit tests pin that down);
//! in every language home and a child's screen fit a 360 px phone; the
//! choice is still there after a restart.
//!
//! Needs a display (Xvfb), tauri-driver, WebKitWebDriver and an unlocked
//! Secret Service; `cargo xtask test` provides all of them and runs these
//! with `--include-ignored`.

use hagukumi_core::Language;
use hagukumi_e2e::{serial, Driver, Session};
use hagukumi_i18n::{Localizer, Value};
use hagukumi_store::{KeySource, Store};

/// Chooses `lang` in the picker (Japanese and English are buttons, the
/// others options of its select), once the window has its title.
fn choose(s: &Session, lang: Language) {
    if lang.reviewed() {
        s.press(&format!("#lang-{}", lang.code()));
    } else {
        s.press(&format!("#lang-other option[value='{}']", lang.code()));
    }
    let l = Localizer::new(lang);
    s.wait_text(
        "home in the chosen language",
        "#children-title",
        l.text("home-children"),
    );
}

/// The screen at a phone's width: no element wider than the screen.
fn fits_a_phone(s: &Session, width: u32, what: &str) {
    s.set_window_size(width, 800);
    s.wait_until("a phone-wide viewport", || {
        let (vw, _) = s.viewport();
        (vw.abs_diff(u64::from(width)) <= 16).then_some(())
    });
    std::thread::sleep(std::time::Duration::from_millis(400));
    let overflow = s.execute(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
    );
    let wide = s.execute(
        "const w = document.documentElement.clientWidth; \
         return Array.from(document.querySelectorAll('body *')) \
           .filter(e => e.getBoundingClientRect().right > w + 1 || e.scrollWidth > e.clientWidth + 1) \
           .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > w + 1)) \
           .slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + \
             Math.round(e.getBoundingClientRect().right) + ' ' + e.scrollWidth);",
    );
    assert_eq!(
        overflow.as_i64(),
        Some(0),
        "{what} is wider than a {width} px phone: {wide}"
    );
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn every_edition_language_is_offered_and_home_reads_in_easy_japanese_and_korean() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::keychain(data.path());
    let s = driver.demo();
    let ja = Localizer::new(Language::Ja);
    assert_eq!(s.text_of("#app-name"), "はぐくみ");
    s.capture("languages-home-ja");

    // Japanese and English as buttons; the ten others in their own script,
    // under the unreviewed mark in the current language (Japanese).
    assert_eq!(s.text_of("#lang-ja"), "日本語");
    assert_eq!(s.text_of("#lang-en"), "English");
    let options = s.texts_now("#lang-other option:not([disabled])");
    let expected: Vec<String> = Language::ALL
        .into_iter()
        .filter(|l| !l.reviewed())
        .map(|l| l.native_name().to_owned())
        .collect();
    assert_eq!(options, expected);
    assert!(options.iter().any(|o| o == "ไทย"), "{options:?}");
    let group = s.wait_for("#lang-other optgroup");
    assert_eq!(
        s.attribute(&group, "label"),
        Some(ja.text("language-unreviewed-group"))
    );
    assert!(s.find_all("#lang-note").is_empty(), "no mark for Japanese");

    // やさしい日本語: its own words.
    choose(&s, Language::JaEasy);
    let easy = Localizer::new(Language::JaEasy);
    assert_eq!(s.text_of("#children-title"), "こども");
    assert_eq!(s.text_now(".tagline"), easy.text("app-tagline"));
    assert_eq!(
        s.text_now("#add-child-submit"),
        easy.text("form-submit-child")
    );
    let root = s.wait_for("html");
    assert_eq!(s.attribute(&root, "lang").as_deref(), Some("ja-x-easy"));
    assert_eq!(
        s.text_now("#lang-note"),
        easy.format(
            "language-unreviewed",
            &[("name", Value::from("やさしいにほんご"))]
        )
    );
    s.capture("languages-home-ja-x-easy");

    // Korean: its own words.
    choose(&s, Language::Ko);
    let ko = Localizer::new(Language::Ko);
    assert_eq!(s.text_of("#children-title"), "자녀");
    assert_eq!(
        s.text_now("#add-child-submit"),
        ko.text("form-submit-child")
    );
    s.capture("languages-home-ko");
    s.close();

    // Restart: still Korean.
    let s = driver.session(&["--demo"]);
    s.wait_text("Korean after a restart", "#children-title", "자녀");
    s.close();
    drop(driver);
    let store = Store::open_with(data.path(), &KeySource::OsCredentialStore).unwrap();
    assert_eq!(store.language().unwrap(), Some(Language::Ko));
    drop(store);
    hagukumi_store::keychain::forget(&data.path().join(hagukumi_store::DB_FILE)).unwrap();
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn in_every_language_home_and_a_childs_screen_fit_a_360_px_phone() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::keychain(data.path());
    let s = driver.demo();
    for lang in Language::ALL {
        let l = Localizer::new(lang);
        choose(&s, lang);
        assert_eq!(
            s.text_now("#add-child-submit"),
            l.text("form-submit-child"),
            "{lang}"
        );
        fits_a_phone(&s, 360, &format!("home in {lang}"));
        s.capture(&format!("languages-{}-home", lang.code()));
        s.press(".child-card");
        s.wait_some_text("the child's screen", "#child-title");
        fits_a_phone(&s, 360, &format!("a child's screen in {lang}"));
        s.capture(&format!("languages-{}-child", lang.code()));
        s.press("#back");
        s.wait_for("#children-title");
    }
    s.close();
}
