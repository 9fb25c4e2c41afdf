//! The real Hagukumi window under Xvfb, driven like a parent would use it.
//!
//! Needs a display (Xvfb), tauri-driver, WebKitWebDriver and an unlocked
//! Secret Service; `cargo xtask test` provides all of them and runs these
//! with `--include-ignored`.

use hagukumi_core::pregnancy_records::PregnancyBook;
use hagukumi_core::records::ChildBook;
use hagukumi_core::{age, Language};
use hagukumi_e2e::{reference_portal, serial, Driver, Session};
use hagukumi_i18n::Localizer;
use hagukumi_store::{KeySource, Store, DB_FILE};
use std::ffi::OsStr;
use std::path::Path;

fn seven_months_old() -> chrono::NaiveDate {
    chrono::Local::now()
        .date_naive()
        .checked_sub_months(chrono::Months::new(7))
        .and_then(|d| d.checked_sub_days(chrono::Days::new(3)))
        .unwrap()
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_parent_adds_a_child_switches_language_and_finds_both_after_restart() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let en = Localizer::new(Language::En);
    // The app reads the device's clock; so does the expectation.
    let today = chrono::Local::now().date_naive();
    let birth = today
        .checked_sub_months(chrono::Months::new(14))
        .unwrap()
        .checked_sub_days(chrono::Days::new(3))
        .unwrap();

    // No passphrase: the key goes to the real OS credential store.
    let driver = Driver::keychain(data.path());

    // First start: an empty handbook, in Japanese.
    let s = driver.session(&[]);
    assert_eq!(s.text_of("#app-name"), "はぐくみ");
    assert_eq!(s.text_of("#home-empty"), ja.text("home-empty"));
    let root = s.wait_for("html");
    assert_eq!(s.attribute(&root, "lang").as_deref(), Some("ja"));

    // Add a child through the form.
    s.add_child("ゆい", &birth.to_string());
    s.wait_until("the new child on the home screen", || {
        (s.names_on_home() == ["ゆい"]).then_some(())
    });
    let expected_age = ja.age(age::age_on(birth, today).unwrap());
    assert_eq!(s.text_of(".child-card .child-age"), expected_age);
    assert_eq!(
        s.text_of("#child-form-status"),
        ja.format("form-saved-child", &[("name", "ゆい".into())])
    );
    assert_eq!(s.value(&s.wait_for("#child-name")), "", "form cleared");

    // Bad input: messages next to each field, in Japanese; nothing saved.
    s.add_child("   ", "2099-01-01");
    assert_eq!(
        s.text_of("#child-name-error"),
        ja.validation_error(hagukumi_core::ErrorCode::Required)
    );
    assert_eq!(
        s.text_of("#child-birth-error"),
        ja.validation_error(hagukumi_core::ErrorCode::BirthInFuture)
    );
    let name_field = s.wait_for("#child-name");
    assert_eq!(
        s.attribute(&name_field, "aria-invalid").as_deref(),
        Some("true")
    );
    s.fill("#child-birth", "2024-02-30");
    s.press("#add-child-submit");
    s.wait_until("the malformed-date message", || {
        (s.text_of("#child-birth-error")
            == ja.validation_error(hagukumi_core::ErrorCode::MalformedDate))
        .then_some(())
    });
    assert_eq!(s.names_on_home(), ["ゆい"], "nothing half-saved");
    s.capture("validation-ja");

    // Switch to English: every word changes, including the open errors.
    s.press("#lang-en");
    s.wait_text("the English title", "#app-name", en.text("app-name"));
    assert_eq!(
        s.text_of("#child-name-error"),
        en.validation_error(hagukumi_core::ErrorCode::Required)
    );
    assert_eq!(
        s.text_of(".child-card .child-age"),
        en.age(age::age_on(birth, today).unwrap())
    );
    s.close();

    // Restart: the child and the language are still there.
    let s = driver.session(&[]);
    s.wait_until("the child after restart", || {
        (s.names_on_home() == ["ゆい"]).then_some(())
    });
    assert_eq!(s.text_of("#app-name"), en.text("app-name"));
    assert_eq!(
        s.text_of("label[for=child-name]"),
        en.text("form-child-name")
    );
    let root = s.wait_for("html");
    assert_eq!(s.attribute(&root, "lang").as_deref(), Some("en"));
    s.capture("home-en");
    s.close();
    drop(driver);

    // The app wrote the real encrypted store, keyed in the OS credential store.
    let store = Store::open_with(data.path(), &KeySource::OsCredentialStore).unwrap();
    assert_eq!(store.children().unwrap()[0].name, "ゆい");
    assert_eq!(store.language().unwrap(), Some(Language::En));
    drop(store);
    forget_key(data.path());
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn the_demo_family_in_japanese_and_the_window_is_locked_down() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let driver = Driver::keychain(data.path());
    let s = driver.demo();
    assert_eq!(s.names_on_home(), ["さくら", "はると"]);
    let week = s.text_of(".pregnancy-card .pregnancy-week");
    assert!(week.starts_with("妊娠") && week.ends_with('日'), "{week}");
    assert_eq!(
        s.text_of(".pregnancy-card .pregnancy-countdown"),
        ja.format("pregnancy-days-left", &[("days", 96.into())])
    );
    s.capture("home-ja");

    // The CSP forbids eval (only wasm compilation is allowed).
    let eval = s.execute("try { return String(eval('1 + 1')); } catch (e) { return 'blocked'; }");
    assert_eq!(eval, "blocked");
    // The window may call only the app's own commands.
    let refused = s.execute_async(
        "const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke('plugin:window|close', { label: 'main' })
           .then(() => done('allowed'), (e) => done('refused: ' + e));",
    );
    assert!(
        refused.as_str().unwrap_or_default().starts_with("refused"),
        "{refused}"
    );
    // The opener plugin is the app's (it opens the consent address from
    // Rust), never the window's.
    let opener = s.execute_async(
        "const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke('plugin:opener|open_url', { url: 'https://example.com/' })
           .then(() => done('allowed'), (e) => done('refused: ' + e));",
    );
    assert!(
        opener.as_str().unwrap_or_default().starts_with("refused"),
        "{opener}"
    );
    s.close();
    drop(driver);
    forget_key(data.path());
}

#[test]
#[ignore = "needs Xvfb and tauri-driver: run by `cargo xtask test`"]
fn a_handbook_that_cannot_be_opened_says_so_in_the_window() {
    // A file that is not a Hagukumi handbook, with a salt (passphrase mode).
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join(DB_FILE);
    std::fs::write(&db, b"not a handbook at all, just bytes".repeat(200)).unwrap();
    std::fs::write(data.path().join(hagukumi_store::SALT_FILE), [9u8; 16]).unwrap();
    let before = std::fs::read(&db).unwrap();
    let ja = Localizer::new(Language::Ja);
    let driver = Driver::start(
        &[
            ("HAGUKUMI_DATA_DIR", data.path().as_os_str()),
            ("HAGUKUMI_PASSPHRASE", OsStr::new("some passphrase")),
        ],
        &[],
    );
    let s = driver.session(&[]);
    assert!(s
        .text_of("#load-error")
        .starts_with(&ja.text("error-store-cannot-open")));
    s.close();
    drop(driver);
    assert_eq!(std::fs::read(&db).unwrap(), before, "file unchanged");
    assert!(!Path::new(&format!("{}-wal", db.display())).exists());
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_parent_records_measurements_and_a_vaccination_then_undoes_a_deletion() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let driver = Driver::keychain(data.path());
    let s = driver.demo();
    // A 7-month-old boy of the parent's own, with no records yet (not the
    // demo family's はると, who has records and the same birth date).
    s.add_and_open_child("はるき", &seven_months_old().to_string(), "male");
    assert_eq!(s.text_of("#no-records"), ja.text("child-no-records"));

    // A measurement with a unit mistake: the message sits under the field.
    let today = chrono::Local::now().date_naive();
    let yesterday = today.pred_opt().unwrap().to_string();
    s.submit(
        "#add-record-submit",
        &[("#record-date", &yesterday), ("#record-weight", "7850")],
    );
    assert_eq!(
        s.text_of("#record-weight-error"),
        ja.validation_error(hagukumi_core::ErrorCode::OutOfRange)
    );
    assert!(s.find_all(".record-row").is_empty(), "nothing saved");
    // Corrected: saved, shown in the list and as the latest weight.
    s.submit(
        "#add-record-submit",
        &[("#record-weight", "7.85"), ("#record-height", "68,5")],
    );
    s.wait_count("the measurement in the list", ".record-measurement", 1);
    let summary = s.text_of(".record-measurement .record-summary");
    assert_eq!(summary, "体重 7.85 kg · 身長 68.5 cm");
    assert!(s.text_of("#latest-measurements").contains("7.85 kg"));
    // The growth chart (はるき is a boy) now has the point, on the
    // Japanese 2023 curves unless chosen otherwise, worded softly.
    s.wait_count(
        "the point on the weight chart",
        "#growth-chart svg .growth-point",
        1,
    );
    assert_eq!(s.find_all("#growth-chart svg .growth-percentile").len(), 7);
    let assessment = s.text_of("#growth-assessment");
    assert!(assessment.starts_with("成長曲線の帯"), "{assessment}");
    assert_eq!(
        s.text_of("#growth-reference"),
        ja.text("growth-reference-japan-2023")
    );
    // WHO instead, kept for this child; then back to the default.
    s.press("#growth-reference-who-2006");
    s.wait_text(
        "the WHO curves",
        "#growth-reference",
        ja.text("growth-reference-who"),
    );
    assert_eq!(s.find_all("#growth-chart svg .growth-percentile").len(), 7);
    s.press("#growth-reference-japan-2023");
    s.wait_text(
        "the Japanese curves again",
        "#growth-reference",
        ja.text("growth-reference-japan-2023"),
    );
    // A second measurement adds a second point.
    s.submit(
        "#add-record-submit",
        &[
            ("#record-date", &today.to_string()),
            ("#record-weight", "7.9"),
        ],
    );
    s.wait_count(
        "two points on the chart",
        "#growth-chart svg .growth-point",
        2,
    );
    s.press("#growth-length-height-for-age");
    s.wait_count("the height chart", "#growth-chart svg .growth-point", 1);
    s.press("#growth-weight-for-age");
    s.capture("growth-chart-ja");

    // A vaccination, chosen from the list.
    s.press("#kind-vaccination");
    s.press("#record-vaccine option[value='dpt-ipv-hib']");
    s.fill("#record-dose", "3");
    s.fill("#record-date", &yesterday);
    s.fill("#record-lot", "AB123");
    s.press("#record-funding option[value='public']");
    s.press("#add-record-submit");
    s.wait_count("the vaccination in the list", ".record-vaccination", 1);
    assert_eq!(
        s.text_of(".record-vaccination .record-summary"),
        "五種混合（DPT-IPV-Hib） · 3回目 · 定期接種（公費） · ロット AB123"
    );
    s.capture("child-records-ja");

    // Delete, then undo.
    s.press(".record-vaccination .record-delete");
    s.wait_count("the deletion", ".record-vaccination", 0);
    assert_eq!(s.text_of("#record-notice span"), ja.text("record-deleted"));
    s.press("#undo-delete");
    s.wait_count("the restored vaccination", ".record-vaccination", 1);
    // The clinic summary lists the vaccination and the latest weight.
    s.press("#open-summary");
    let summary = s.text_of("#clinic-summary");
    assert!(summary.contains("はるきさんの受診用サマリー"), "{summary}");
    assert!(summary.contains("五種混合（DPT-IPV-Hib）"), "{summary}");
    assert!(summary.contains("7.9 kg"), "{summary}");
    s.execute("document.querySelector('#clinic-summary').scrollIntoView();");
    s.capture("summary-ja");
    s.press("#back");
    s.wait_until("home again", || {
        (s.names_on_home().len() == 3).then_some(())
    });
    s.close();
    drop(driver);

    let store = Store::open_with(data.path(), &KeySource::OsCredentialStore).unwrap();
    let children = store.children().unwrap();
    let child = children.iter().rev().find(|c| c.name == "はるき").unwrap();
    let records = store.list::<ChildBook>(child.id, None, false).unwrap();
    assert_eq!(records.len(), 3);
    drop(store);
    forget_key(data.path());
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn the_window_follows_the_system_dark_mode() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let background = |s: &Session| {
        s.wait_for("#app-name");
        s.execute("return getComputedStyle(document.body).backgroundColor;")
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    let light = {
        let driver = Driver::keychain_with(data.path(), &[("GTK_THEME", OsStr::new("Adwaita"))]);
        let s = driver.session(&["--demo"]);
        background(&s)
    };
    let driver = Driver::keychain_with(data.path(), &[("GTK_THEME", OsStr::new("Adwaita:dark"))]);
    let s = driver.session(&[]);
    let dark = background(&s);
    assert_eq!(light, "rgb(251, 247, 244)");
    assert_eq!(dark, "rgb(28, 25, 23)");
    s.capture("home-dark");
    s.close();
    drop(driver);
    forget_key(data.path());
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_photo_is_attached_to_a_record_without_its_location() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::keychain(data.path());
    let s = driver.demo();
    s.click(&s.find_all(".child-card")[0]);
    s.press("#kind-note");
    let today = chrono::Local::now().date_naive();
    s.submit(
        "#add-record-submit",
        &[
            ("#record-date", &today.to_string()),
            ("#record-text", "はじめての公園"),
        ],
    );
    s.press(".record-note .photo-toggle");
    let fixture = std::path::absolute(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/photo-with-gps.jpg"),
    )
    .unwrap();
    s.upload(".record-note .photo-input", &fixture);
    s.wait_count("the photo on the record", ".record-note .photo img", 1);
    // The image really decodes (the pixels were kept).
    let width = s.wait_until("the decoded photo", || {
        let w = s.execute("return document.querySelector('.record-note .photo img').naturalWidth;");
        w.as_u64().filter(|w| *w > 0)
    });
    assert_eq!(width, 320);
    assert_eq!(
        s.text_of(".record-note .photo-toggle"),
        Localizer::new(Language::Ja).format("photo-count", &[("count", 1.into())])
    );
    s.execute("document.querySelector('.record-note').scrollIntoView({block: 'center'});");
    s.capture("photo-ja");

    // Deleting the photo leaves it dimmed with an undo, as a deleted record
    // row has; the undo brings it back.
    let ja = Localizer::new(Language::Ja);
    s.press(".record-note .photo-delete");
    s.wait_for(".record-note .deleted-photo .photo-restore");
    assert!(s.find_all(".record-note .photo-delete").is_empty());
    assert_eq!(
        s.text_of(".record-note .photo-toggle"),
        ja.format("photo-count", &[("count", 0.into())])
    );
    assert_eq!(
        s.text_of(".record-note .deleted-photo figcaption"),
        ja.text("photo-deleted")
    );
    s.execute("document.querySelector('.record-note').scrollIntoView({block: 'center'});");
    s.capture("photo-deleted-ja");
    s.press(".record-note .photo-restore");
    s.wait_until("the photo back on the record", || {
        (s.find_all(".record-note .deleted-photo").is_empty()
            && s.find_all(".record-note .photo-delete").len() == 1)
            .then_some(())
    });
    assert_eq!(
        s.text_of(".record-note .photo-toggle"),
        ja.format("photo-count", &[("count", 1.into())])
    );
    s.close();
    drop(driver);

    let store = Store::open_with(data.path(), &KeySource::OsCredentialStore).unwrap();
    let child = &store.children().unwrap()[0];
    let note = &store
        .list::<ChildBook>(
            child.id,
            Some(hagukumi_core::records::RecordKind::Note),
            false,
        )
        .unwrap()[0];
    let photos = store.photos(note.id).unwrap();
    assert_eq!(photos.len(), 1);
    assert!(!photos[0]
        .bytes
        .windows(18)
        .any(|w| w == b"HagukumiTestCamera"));
    drop(store);
    forget_key(data.path());
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_parent_enters_a_checkup_with_its_checklist_and_the_birth() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let driver = Driver::keychain(data.path());
    let s = driver.demo();
    // A 7-month-old boy with no records: the 6–7-month checkup.
    s.add_and_open_child("そら", &seven_months_old().to_string(), "male");
    assert!(s.find_all("#growth-chart svg .growth-point").is_empty());
    s.press("#kind-checkup");
    s.press("#record-checkup option[value='m6-7']");
    // The checklist of that age, in the handbook's words.
    assert_eq!(
        s.text_of("#question-m6-7-rolls-over"),
        ja.text("checklist-m6-7-rolls-over")
    );
    assert_eq!(
        s.text_of("#question-m6-7-sits"),
        "ひとりすわりをしたのはいつですか。"
    );
    assert!(s.find_all("#record-checklist .question").len() >= 5);
    // The page is named as the handbook names it, narrower than the checkup.
    assert_eq!(
        s.text_of("#record-checklist legend"),
        "保護者の記録【6〜7か月頃】"
    );
    // Every page of the guardian record can be recorded: 2週間頃 asks its own
    // questions, 4歳 says why it lists none.
    s.press("#record-checkup option[value='w2']");
    s.wait_for("#question-w2-sleeps-on-back");
    assert_eq!(
        s.text_of("#question-w2-sleeps-on-back"),
        ja.text("checklist-sleeps-on-back")
    );
    s.press("#record-checkup option[value='y4']");
    assert_eq!(
        s.text_of("#record-checklist-none"),
        ja.text("record-checklist-none")
    );
    assert!(s.find_all("#record-checklist .question").is_empty());
    s.press("#record-checkup option[value='m6-7']");
    s.wait_for("#question-m6-7-sits");
    let today = chrono::Local::now().date_naive();
    let sat = today.checked_sub_days(chrono::Days::new(10)).unwrap();
    s.fill("#record-date", &today.to_string());
    s.fill("#record-weight", "7.9");
    s.fill("#record-findings", "特記事項なし");
    s.press("#answer-m6-7-rolls-over-yes");
    s.wait_until("the pressed answer", || {
        let b = s.wait_for("#answer-m6-7-rolls-over-yes");
        (s.attribute(&b, "aria-pressed").as_deref() == Some("true")).then_some(())
    });
    s.press("#answer-m6-7-sits-yes");
    s.fill("#answer-m6-7-sits-date", &sat.to_string());
    s.capture_at("checkup-ja", "#record-form");
    s.capture_at("checkup-checklist-ja", "#record-checklist");

    s.press("#add-record-submit");
    s.wait_count("the checkup in the list", ".record-checkup", 1);
    assert_eq!(
        s.text_of(".record-checkup .record-summary")
            .replace('\u{a0}', " "),
        "6〜7か月児健診 · 体重 7.9 kg · 保護者の記録 2問 · 特記事項なし"
    );
    assert_eq!(
        s.text_of("#record-form-status"),
        ja.format(
            "record-saved",
            &[("kind", ja.text("record-kind-checkup").into())]
        )
    );
    // The checkup's weight is a point on the growth chart and the latest weight.
    s.wait_count(
        "the checkup's point on the weight chart",
        "#growth-chart svg .growth-point",
        1,
    );
    assert!(s.text_of("#latest-measurements").contains("7.9 kg"));
    s.capture_at("checkup-saved-ja", "#records-title");
    s.capture_at("checkup-growth-ja", "#growth");

    // The birth, preterm: the chart then uses the corrected age.
    assert!(s.find_all("#growth-corrected").is_empty());
    s.press("#kind-birth");
    s.submit(
        "#add-record-submit",
        &[
            ("#record-weeks", "34"),
            ("#record-days", "2"),
            ("#record-weight-g", "2.3"),
        ],
    );
    s.capture_at("birth-form-ja", "#record-form");
    assert_eq!(
        s.text_of("#record-weight-g-error"),
        ja.validation_error(hagukumi_core::ErrorCode::OutOfRange)
    );
    s.fill("#record-weight-g", "2300");
    s.press("#add-record-submit");
    s.wait_count("the birth in the list", ".record-birth", 1);
    assert_eq!(
        s.text_of("#growth-corrected"),
        ja.text("growth-chart-corrected")
    );
    assert!(s.find_all("#kind-birth").is_empty(), "one birth per child");
    s.capture_at("birth-ja", "#growth");

    // The congenital CMV test the 2025 form added: negative or positive,
    // never a screening's pass/refer.
    s.press("#kind-screening");
    s.press("#record-test option[value='congenital-cmv']");
    let results = s.wait_until("the CMV test's results", || {
        let values: Vec<String> = s
            .find_all("#record-result option")
            .iter()
            .filter_map(|o| s.attribute(o, "value"))
            .filter(|v| !v.is_empty())
            .collect();
        values.contains(&"negative".to_owned()).then_some(values)
    });
    assert_eq!(results, ["negative", "positive", "not-done"]);
    s.fill(
        "#record-date",
        &chrono::Local::now().date_naive().to_string(),
    );
    s.press("#record-result option[value='negative']");
    s.capture_at("screening-cmv-form-ja", "#record-form");
    s.press("#add-record-submit");
    s.wait_count("the CMV test in the list", ".record-screening", 1);
    assert_eq!(
        s.text_of(".record-screening .record-summary"),
        format!(
            "{} · {}",
            ja.text("screening-congenital-cmv"),
            ja.text("screening-result-negative")
        )
    );
    s.capture_at("screening-cmv-saved-ja", "#records-title");
    s.close();
    drop(driver);

    let store = Store::open_with(data.path(), &KeySource::OsCredentialStore).unwrap();
    let children = store.children().unwrap();
    let child = children.iter().find(|c| c.name == "そら").unwrap();
    let records = store.list::<ChildBook>(child.id, None, false).unwrap();
    let checkup = records
        .iter()
        .find_map(|r| match &r.data {
            hagukumi_core::records::RecordData::Checkup(c) => Some(c),
            _ => None,
        })
        .expect("the checkup was saved");
    assert_eq!(checkup.weight_kg, Some(7.9));
    assert_eq!(
        checkup.answers.get("m6-7-sits"),
        Some(&hagukumi_core::records::Answer::Since(sat))
    );
    assert_eq!(
        checkup.answers.get("m6-7-rolls-over"),
        Some(&hagukumi_core::records::Answer::Yes)
    );
    assert_eq!(checkup.answers.len(), 2);
    drop(store);
    forget_key(data.path());
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_parent_records_a_prenatal_visit_and_a_postnatal_checkup_for_a_pregnancy() {
    use hagukumi_core::pregnancy_records::{PregnancyRecordData, PregnancyRecordKind};
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let driver = Driver::keychain(data.path());
    let s = driver.demo();
    // Open the demo pregnancy (第三子, due in 96 days) from its card.
    s.set_window_size(390, 844);
    s.execute("document.getElementById('pregnancies').scrollIntoView({block: 'center'});");
    s.capture("home-pregnancy-card-ja");
    s.press("#pregnancies .pregnancy-card");
    assert_eq!(s.text_of("#pregnancy-title"), "第三子");
    // The pregnancy's plan: the RSウイルス母子免疫ワクチン from 28w0d, with
    // the prenatal checkups.
    let rsv_name = ja.text("schedule-vaccine-rsv-maternal");
    let plan = s.wait_some_text("the pregnancy's plan", "#plan");
    assert!(plan.contains(&rsv_name), "{plan}");
    assert!(
        plan.contains(&ja.text("schedule-checkup-prenatal")),
        "{plan}"
    );
    s.execute("document.getElementById('plan').scrollIntoView({block: 'start'});");
    s.capture("pregnancy-plan-ja");
    s.execute("window.scrollTo(0, 0);");
    let today = chrono::Local::now().date_naive();
    let expected = today.checked_add_days(chrono::Days::new(96)).unwrap();
    let week_today =
        ja.gestational_age(hagukumi_core::pregnancy::gestational_age_on(expected, today).unwrap());
    assert_eq!(s.text_of("#pregnancy-week"), week_today);
    assert!(s
        .text_of("#pregnancy-due")
        .ends_with(&ja.format("pregnancy-days-left", &[("days", 96.into())])));
    assert_eq!(
        s.text_of("#no-pregnancy-records"),
        ja.text("pregnancy-no-records")
    );

    // A prenatal visit (the default kind) with upper and lower blood
    // pressure swapped: the message sits under the lower one.
    assert_eq!(
        s.attribute(
            &s.wait_for("#pregnancy-kind-prenatal-visit"),
            "aria-pressed"
        )
        .as_deref(),
        Some("true")
    );
    s.fill("#pregnancy-record-date", &today.to_string());
    // The week of the typed date is shown under it.
    assert_eq!(
        s.text_of("#pregnancy-record-date-hint"),
        ja.format(
            "pregnancy-date-week",
            &[("week", week_today.clone().into())]
        )
    );
    s.fill("#pregnancy-record-weight", "62.4");
    s.fill("#pregnancy-record-systolic", "70");
    s.fill("#pregnancy-record-diastolic", "118");
    s.press("#pregnancy-record-urine-protein option[value='negative']");
    s.press("#add-pregnancy-record-submit");
    assert_eq!(
        s.text_of("#pregnancy-record-diastolic-error"),
        ja.validation_error(hagukumi_core::ErrorCode::BloodPressureOrder)
    );
    assert!(s.find_all(".record-row").is_empty(), "nothing saved");
    s.set_window_size(390, 844);
    s.execute(
        "document.getElementById('pregnancy-record-diastolic').scrollIntoView({block: 'center'});",
    );
    s.capture("pregnancy-error-ja");
    // Corrected: saved and listed with its week.
    s.submit(
        "#add-pregnancy-record-submit",
        &[
            ("#pregnancy-record-systolic", "118"),
            ("#pregnancy-record-diastolic", "70"),
        ],
    );
    s.wait_count("the visit in the list", ".record-prenatal-visit", 1);
    assert_eq!(
        s.text_of(".record-prenatal-visit .record-summary"),
        "体重 62.4 kg · 血圧 118/70 · 尿たんぱく −"
    );
    assert_eq!(s.text_of(".record-prenatal-visit .record-week"), week_today);
    assert!(s.text_of("#latest-visit").contains("118/70 mmHg"));
    assert!(s.find_all(".epds-hint").is_empty());
    s.execute("window.scrollTo(0, 0);");
    s.capture("pregnancy-ja");

    // Delete, then undo.
    s.press(".record-prenatal-visit .record-delete");
    s.wait_count("the deletion", ".record-prenatal-visit", 0);
    s.press("#undo-delete");
    s.wait_count("the restored visit", ".record-prenatal-visit", 1);

    // A photo on the visit (the echo picture), stored without its location.
    s.press(".record-prenatal-visit .photo-toggle");
    let fixture = std::path::absolute(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/photo-with-gps.jpg"),
    )
    .unwrap();
    s.upload(".record-prenatal-visit .photo-input", &fixture);
    let width = s.wait_until("the decoded photo on the visit", || {
        let w = s.execute(
            "const i = document.querySelector('.record-prenatal-visit .photo img'); \
             return i ? i.naturalWidth : 0;",
        );
        w.as_u64().filter(|w| *w > 0)
    });
    assert_eq!(width, 320);
    assert_eq!(
        s.text_of(".record-prenatal-visit .photo-toggle"),
        ja.format("photo-count", &[("count", 1.into())])
    );
    s.execute(
        "document.querySelector('.record-prenatal-visit').scrollIntoView({block: 'center'});",
    );
    s.capture("pregnancy-photo-ja");

    // The RSウイルス母子免疫ワクチン, recorded on the pregnancy: listed with
    // its lot, and the pregnancy's plan counts it as given.
    s.press("#pregnancy-kind-vaccination");
    s.press("#pregnancy-record-vaccine option[value='rsv-maternal']");
    s.fill("#pregnancy-record-date", &today.to_string());
    s.fill("#pregnancy-record-lot", "AB12");
    s.set_window_size(390, 844);
    s.execute("document.getElementById('pregnancy-record-form').scrollIntoView({block: 'start'});");
    s.capture("pregnancy-vaccination-form-ja");
    s.press("#add-pregnancy-record-submit");
    s.wait_count("the vaccination in the list", ".record-vaccination", 1);
    assert_eq!(
        s.text_of(".record-vaccination .record-summary"),
        "RSウイルス母子免疫ワクチン · ロット AB12"
    );
    s.wait_until("the plan without the given vaccine", || {
        (!s.text_of("#plan").contains(&rsv_name)).then_some(())
    });
    s.execute("document.querySelector('.record-vaccination').scrollIntoView({block: 'center'});");
    s.capture("pregnancy-vaccination-ja");

    // A baby born three weeks ago: the mother's 2-week checkup, EPDS 9,
    // with the gentle hint under it.
    s.press("#back");
    s.wait_until("home again", || {
        (s.names_on_home().len() == 2).then_some(())
    });
    let born = today.checked_sub_days(chrono::Days::new(20)).unwrap();
    s.fill("#pregnancy-expected", &born.to_string());
    s.press("#add-pregnancy-submit");
    s.press("#pregnancy-2");
    assert_eq!(s.text_of("#pregnancy-title"), ja.text("pregnancy-untitled"));
    s.press("#pregnancy-kind-postnatal-checkup");
    s.press("#pregnancy-record-timing option[value='two-weeks']");
    s.submit(
        "#add-pregnancy-record-submit",
        &[
            ("#pregnancy-record-date", &today.to_string()),
            ("#pregnancy-record-epds", "9"),
        ],
    );
    s.wait_count("the checkup in the list", ".record-postnatal-checkup", 1);
    assert_eq!(
        s.text_of(".record-postnatal-checkup .epds-hint"),
        ja.text("pregnancy-epds-hint")
    );
    s.execute("window.scrollTo(0, 0);");
    s.capture("pregnancy-postnatal-ja");
    s.close();
    drop(driver);

    let store = Store::open_with(data.path(), &KeySource::OsCredentialStore).unwrap();
    let visits = store
        .list::<PregnancyBook>(1, Some(PregnancyRecordKind::PrenatalVisit), false)
        .unwrap();
    assert_eq!(visits.len(), 1);
    // The dose recorded in the form is the pregnancy's RSV dose, given.
    let all = store.list::<PregnancyBook>(1, None, false).unwrap();
    assert_eq!(all.len(), 2);
    let pregnancy = store.pregnancy(1).unwrap().unwrap();
    let rules = hagukumi_core::schedule::load_rules().unwrap();
    let plan =
        hagukumi_core::schedule::from_records::pregnancy_plan(&rules, &pregnancy, &all, today);
    let rsv = plan
        .iter()
        .find(|i| i.item == hagukumi_core::schedule::ItemRef::Vaccine("rsv-maternal".into()))
        .unwrap();
    assert_eq!(rsv.status, hagukumi_core::schedule::Status::Done);
    assert_eq!(rsv.given_on, Some(today));
    let PregnancyRecordData::PrenatalVisit(v) = &visits[0].data else {
        panic!("{visits:?}")
    };
    assert_eq!(
        (v.weight_kg, v.systolic, v.diastolic),
        (Some(62.4), Some(118), Some(70))
    );
    assert_eq!(
        store.history::<PregnancyBook>(visits[0].id).unwrap().len(),
        2
    );
    let photos = store.pregnancy_photos(visits[0].id).unwrap();
    assert_eq!(photos.len(), 1);
    assert!(!photos[0]
        .bytes
        .windows(18)
        .any(|w| w == b"HagukumiTestCamera"));
    assert!(store.photos(visits[0].id).unwrap().is_empty());
    let postnatal = store.list::<PregnancyBook>(2, None, false).unwrap();
    assert!(postnatal[0].data.suggests_follow_up());
    drop(store);
    forget_key(data.path());
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_dose_recorded_from_the_plan_moves_the_next_dose() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let driver = Driver::keychain(data.path());
    let s = driver.session(&[]);
    s.wait_for("#home-empty");
    let today = chrono::Local::now().date_naive();
    let birth = today.checked_sub_months(chrono::Months::new(3)).unwrap();
    s.add_and_open_child("ひなた", &birth.to_string(), "female");
    // The family's plan on the child's screen: the first PCV dose is due now.
    // (id, text) of the plan item with this title, read in one script so
    // that a re-render between finding and reading cannot make it stale.
    let pcv = |dose: &str| -> (String, String) {
        let title = format!("{} {}", ja.text("schedule-vaccine-pcv"), dose);
        s.wait_until(&format!("{title} in the plan"), || {
            let found = s.execute(&format!(
                "const e = [...document.querySelectorAll('.plan-item')]
                   .find(e => e.innerText.trim().startsWith({title:?}));
                 return e ? [e.id, e.innerText.trim()] : null;"
            ));
            let pair = found.as_array()?;
            Some((pair[0].as_str()?.to_owned(), pair[1].as_str()?.to_owned()))
        })
    };
    let (id, first) = pcv("初回1回目");
    assert!(first.contains("今から受けられます"), "{first}");
    // Two taps: "受けた", then "記録する" (today, as proposed).
    s.press(&format!("#{id} .plan-given"));
    s.press(&format!("#{id} #given-save"));
    // The dose is recorded and the second dose moves: "27日以上あけて"
    // leaves 27 whole days between, so the 28th day after is the first.
    s.wait_count("the vaccination in the records", ".record-vaccination", 1);
    let (_, second) = pcv("初回2回目");
    let expected = ja.format(
        "schedule-when-from",
        &[("date", ja.date(today + chrono::Days::new(28)).into())],
    );
    assert!(
        second.contains(&expected),
        "{second} does not say {expected}"
    );
    s.execute("document.querySelector('#plan').scrollIntoView();");
    s.capture("plan-ja");
    // Home shows the family's next actions.
    s.press("#back");
    let next = s.text_of("#next-actions");
    assert!(next.contains("ひなた"), "{next}");
    s.capture("next-actions-ja");
    s.close();
    drop(driver);
    forget_key(data.path());
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_parent_edits_a_measurement_and_a_prenatal_visit_and_finds_the_old_values_in_their_history() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let driver = Driver::keychain(data.path());
    let s = driver.demo();
    s.add_and_open_child("いつき", &seven_months_old().to_string(), "male");
    let yesterday = chrono::Local::now()
        .date_naive()
        .pred_opt()
        .unwrap()
        .to_string();
    s.submit(
        "#add-record-submit",
        &[
            ("#record-date", &yesterday),
            ("#record-weight", "7.85"),
            ("#record-height", "68.5"),
        ],
    );
    s.wait_count("the measurement in the list", ".record-measurement", 1);

    // 編集 opens the same form, filled with the record's values.
    s.press(".record-measurement .record-edit");
    s.wait_text_now(
        "the edit form",
        "#record-form-title",
        ja.text("record-edit-title"),
    );
    let value = |css: &str| s.value(&s.wait_for(css));
    assert_eq!(value("#record-date"), yesterday);
    assert_eq!(value("#record-weight"), "7.85");
    assert_eq!(value("#record-height"), "68.5");
    s.capture_at("record-edit-ja", "#record-form");
    // A unit mistake is refused under the field, as when adding.
    s.fill("#record-weight", "7950");
    s.press("#add-record-submit");
    assert_eq!(
        s.text_of("#record-weight-error"),
        ja.validation_error(hagukumi_core::ErrorCode::OutOfRange)
    );
    assert_eq!(
        s.text_of(".record-measurement .record-summary"),
        "体重 7.85 kg · 身長 68.5 cm"
    );
    s.fill("#record-weight", "7.95");
    s.press("#add-record-submit");
    s.wait_text_now(
        "the new weight in the list",
        ".record-measurement .record-summary",
        "体重 7.95 kg · 身長 68.5 cm",
    );
    assert_eq!(
        s.find_all(".record-measurement").len(),
        1,
        "edited, not added"
    );
    assert!(s.text_of("#latest-measurements").contains("7.95 kg"));
    assert_eq!(
        s.text_of("#record-form-title"),
        ja.text("record-add-title"),
        "the form is back to adding"
    );

    // 履歴 shows the earlier version.
    s.press(".record-measurement .record-history-toggle");
    let text = s.wait_some_text_now("the history entry", ".record-measurement .history-entry");
    assert!(text.contains(&ja.text("record-change-edit")), "{text}");
    assert!(text.contains("7.85 kg"), "{text}");
    assert!(!text.contains("7.95"), "{text}");
    s.capture_at("record-history-ja", "#records-title");

    // A pregnancy's record is edited the same way.
    s.press("#back");
    s.set_window_size(390, 844);
    s.press("#pregnancies .pregnancy-card");
    s.wait_text_now("the pregnancy screen", "#pregnancy-title", "第三子");
    let today = chrono::Local::now().date_naive().to_string();
    s.submit(
        "#add-pregnancy-record-submit",
        &[
            ("#pregnancy-record-date", &today),
            ("#pregnancy-record-weight", "62.4"),
        ],
    );
    s.wait_count("the visit in the list", ".record-prenatal-visit", 1);
    s.press(".record-prenatal-visit .record-edit");
    s.wait_until("the filled edit form", || {
        (s.value(&s.wait_for("#pregnancy-record-weight")) == "62.4").then_some(())
    });
    assert_eq!(
        s.text_now("#pregnancy-record-form-title"),
        ja.text("record-edit-title")
    );
    s.fill("#pregnancy-record-weight", "62.9");
    s.press("#add-pregnancy-record-submit");
    s.wait_text_now(
        "the new weight of the visit",
        ".record-prenatal-visit .record-summary",
        "体重 62.9 kg",
    );
    assert_eq!(
        s.find_all(".record-prenatal-visit").len(),
        1,
        "edited, not added"
    );
    // 履歴 shows the visit's earlier weight, as for a child's record.
    s.press(".record-prenatal-visit .record-history-toggle");
    let text = s.wait_some_text_now(
        "the visit's history entry",
        ".record-prenatal-visit .history-entry",
    );
    assert!(text.contains(&ja.text("record-change-edit")), "{text}");
    assert!(text.contains("62.4 kg"), "{text}");
    assert!(!text.contains("62.9"), "{text}");
    s.capture_at("pregnancy-record-history-ja", "#pregnancy-records-title");
    // A second tap closes it.
    s.press(".record-prenatal-visit .record-history-toggle");
    s.wait_count(
        "the history closed",
        ".record-prenatal-visit .record-history",
        0,
    );
    s.close();
    drop(driver);
    forget_key(data.path());
}

#[test]
#[ignore = "needs Xvfb, tauri-driver, a Secret Service and a D-Bus session: run by `cargo xtask test`"]
fn a_due_reminder_is_sent_as_a_notification_when_the_app_starts() {
    use hagukumi_core::schedule::reminders::{reminders, PersonKey, ReminderKind};
    use hagukumi_core::schedule::{from_records, load_rules, plan, Options, Person};
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let today = chrono::Local::now().date_naive();
    // Two months old in three days: the 2-month vaccinations open soon.
    let birth = today
        .checked_sub_months(chrono::Months::new(2))
        .and_then(|d| d.checked_add_days(chrono::Days::new(3)))
        .unwrap();
    let store = Store::open_with(data.path(), &KeySource::OsCredentialStore).unwrap();
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
    drop(store);
    // What core says is due, worded as the app must word it.
    let items = plan(
        &load_rules().unwrap(),
        &Person::Child(from_records::child_info_with(&child, &[])),
        &Default::default(),
        today,
        &Options::default(),
    );
    let due = reminders(
        &[(PersonKey::Child(child.id), items)],
        today,
        &Default::default(),
    );
    let opening = due
        .iter()
        .find(|r| r.kind == ReminderKind::Opening)
        .expect("a window opening within a week");
    let title = ja.reason(&opening.title);
    assert!(title.starts_with("もうすぐ"), "{title}");

    let _server = hagukumi_e2e::notification_server();
    let bus = data.path().join("notifications.log");
    let monitor = hagukumi_e2e::notification_monitor(&bus);
    let driver = Driver::keychain(data.path());
    let s = driver.session(&[]);
    s.wait_until("the child on the home screen", || {
        (s.names_on_home() == ["つむぎ"]).then_some(())
    });
    s.wait_until("the reminder on the session bus", || {
        hagukumi_e2e::notified(&bus, &[&title]).then_some(())
    });
    // The settings are on the home screen with their defaults.
    let open = s.wait_for("#reminder-days-open");
    s.wait_until("the saved settings", || {
        (s.value(&open) == "7").then_some(())
    });
    s.fill("#reminder-days-close", "61");
    s.press("#reminder-settings-submit");
    s.wait_text(
        "the range error",
        "#reminder-days-close-error",
        ja.text("error-days-out-of-range"),
    );
    s.fill("#reminder-days-close", "30");
    s.press("#reminder-settings-submit");
    s.wait_text(
        "saved",
        "#reminder-settings-status",
        ja.text("reminder-settings-saved"),
    );
    s.close();
    drop(driver);
    drop(monitor);
    let store = Store::open_with(data.path(), &KeySource::OsCredentialStore).unwrap();
    assert!(store.reminder_sent(&opening.id).unwrap(), "marked as sent");
    assert_eq!(store.reminder_settings().unwrap().days_before_close, 30);
    drop(store);
    forget_key(data.path());
}

/// Back to home, once it shows サンプル 太郎 and the portal card's status
/// (the layout moves while home reloads).
fn back_home(s: &Session) {
    s.press("#back");
    s.wait_until("home with the child", || {
        (s.names_on_home() == ["サンプル 太郎"]
            && !s.find_all("#portal-card[aria-busy=false]").is_empty())
        .then_some(())
    });
}

/// Records a vaccination through the child's record form.
fn add_vaccination(s: &Session, vaccine: &str, dose: u8, date: &str) {
    let before = s.find_all(".record-vaccination").len();
    s.press("#kind-vaccination");
    s.press(&format!("#record-vaccine option[value='{vaccine}']"));
    s.submit(
        "#add-record-submit",
        &[("#record-dose", &dose.to_string()), ("#record-date", date)],
    );
    s.wait_count(
        "the vaccination in the list",
        ".record-vaccination",
        before + 1,
    );
}

/// The rows of the child's vaccinations of `vaccine` dose `dose`, as
/// (summary, date, badge) triples.
fn vaccination_rows(
    s: &Session,
    l: &Localizer,
    vaccine: &str,
    dose: u8,
) -> Vec<(String, String, String)> {
    let name = l.text(&format!("schedule-vaccine-{vaccine}"));
    let dose = l.format("record-dose", &[("dose", dose.into())]);
    let rows = s.execute(
        "return Array.from(document.querySelectorAll('#records .record-vaccination')).map(r => [\
            r.querySelector('.record-summary').innerText.trim(),\
            r.querySelector('.record-date').innerText.trim(),\
            (r.querySelector('.badge') || {innerText: ''}).innerText.trim()]);",
    );
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r[0].as_str().unwrap().to_owned(),
                r[1].as_str().unwrap().to_owned(),
                r[2].as_str().unwrap().to_owned(),
            )
        })
        .filter(|(summary, _, _)| {
            summary.split(" · ").next() == Some(name.as_str())
                && summary.split(" · ").nth(1) == Some(dose.as_str())
        })
        .collect()
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn without_a_configured_portal_the_reference_one_is_not_used_unless_asked_for() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let portal = reference_portal();
    let base = portal.base_url();
    // A reference portal listens, but the app is not asked to use it and
    // has no portal configured.
    let driver = Driver::start(
        &[
            ("HAGUKUMI_DATA_DIR", data.path().as_os_str()),
            ("HAGUKUMI_PORTAL_URL", OsStr::new(&base)),
        ],
        &[
            "HAGUKUMI_PASSPHRASE",
            "HAGUKUMI_REFERENCE_PORTAL",
            "HAGUKUMI_PORTAL_PROFILE",
        ],
    );
    let s = driver.session(&[]);
    s.wait_for("#home-empty");
    s.press("#open-portal");
    s.press("#portal-connect");
    let said = s.wait_until("the refusal in plain words", || {
        let text = s.text_now("#portal-outcome");
        (!text.is_empty()).then_some(text)
    });
    assert_eq!(said, ja.text("sync-error-no-portal"));
    assert!(s.find_all("#portal-consent-url").is_empty());
    s.capture("portal-not-configured-ja");
    s.close();
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_parent_connects_to_the_portal_and_finds_official_records_beside_their_own() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let en = Localizer::new(Language::En);
    let portal = reference_portal();
    let base = portal.base_url();
    let driver = Driver::keychain_with(
        data.path(),
        &[
            ("HAGUKUMI_PORTAL_URL", OsStr::new(&base)),
            // The reference portal's profile, asked for as the demo does.
            ("HAGUKUMI_REFERENCE_PORTAL", OsStr::new("1")),
        ],
    );
    let s = driver.session(&[]);
    s.wait_for("#home-empty");

    // The parent keeps サンプル 太郎's handbook already: hepatitis B dose 1
    // as the portal has it, and PCV dose 1 a day later than the portal says.
    let birth: chrono::NaiveDate = "2025-06-10".parse().unwrap();
    s.add_and_open_child("サンプル 太郎", &birth.to_string(), "male");
    add_vaccination(&s, "hepb", 1, "2025-08-12");
    add_vaccination(&s, "pcv", 1, "2025-08-13");
    assert!(s.find_all("#questionnaire").is_empty(), "not linked yet");
    back_home(&s);

    // Before consent: what will be shared, and the connect button.
    s.press("#open-portal");
    s.wait_for("#portal-connect");
    let scopes = s.texts_now("#portal-scopes li");
    assert_eq!(scopes.len(), 8, "{scopes:?}");
    assert_eq!(scopes[1], ja.text("portal-category-vaccinations"));
    // The 保活 bookings and the nursery application are asked for too.
    assert!(
        scopes.contains(&ja.text("portal-category-nursery")),
        "{scopes:?}"
    );
    s.capture("portal-before-consent-ja");

    // Consent: the app shows the address to open in a browser.
    s.press("#portal-connect");
    let url = s.wait_until("the consent address", || {
        let url = s.text_now("#portal-consent-url");
        (!url.is_empty()).then_some(url)
    });
    assert!(
        url.starts_with(&format!("{base}/oauth/authorize?")),
        "{url}"
    );
    assert!(url.contains("code_challenge_method=S256"), "{url}");
    s.capture("portal-consenting-ja");
    // The browser: the parent approves family sample-a at the portal, which
    // redirects to the app's loopback listener.
    let page = ureq::get(&format!("{url}&family=sample-a&approve=yes"))
        .call()
        .unwrap()
        .into_string()
        .unwrap();
    assert!(
        page.contains(&ja.text("portal-consent-page-title")),
        "{page}"
    );

    // Synced: the status says so; one conflict waits for the parent.
    let synced_prefix = ja
        .format("portal-last-synced", &[("when", "".into())])
        .to_owned();
    s.wait_until("the first sync", || {
        s.text_now("#portal-last-synced")
            .starts_with(&synced_prefix)
            .then_some(())
    });
    s.wait_for("#portal-conflicts");
    assert_eq!(s.find_all("#portal-conflicts .conflict-item").len(), 1);
    let conflict = s.text_now("#portal-conflicts .conflict-item");
    assert!(
        conflict.contains(&ja.format(
            "portal-conflict-mine",
            &[("date", ja.date("2025-08-13".parse().unwrap()).into())]
        )),
        "{conflict}"
    );
    // Certificates, benefits and notices, for display.
    let certificate = s.text_now("#portal-certificates");
    assert!(certificate.contains("88139999"), "{certificate}");
    assert!(certificate.contains("9999001"), "{certificate}");
    assert!(
        certificate.contains(&ja.date("2031-03-31".parse().unwrap())),
        "{certificate}"
    );
    assert_eq!(s.find_all("#portal-benefits .official-item").len(), 3);
    assert!(s
        .text_now("#portal-benefits")
        .contains(&ja.text("portal-benefit-paid")));
    assert_eq!(s.find_all("#portal-notices .official-item").len(), 2);
    s.capture("portal-synced-ja");
    s.capture_at("portal-notices-ja", "#portal-notices");
    // Every word has its English.
    s.press("#lang-en");
    s.wait_text_now(
        "the English screen",
        "#portal-title",
        en.text("portal-title"),
    );
    s.capture("portal-synced-en");
    s.press("#lang-ja");
    s.wait_text_now(
        "the Japanese screen",
        "#portal-title",
        ja.text("portal-title"),
    );

    // The child: no second 太郎; official vaccinations with their badge and
    // no edit or delete; hepatitis B dose 1 once, linked to the parent's.
    back_home(&s);
    s.capture("home-portal-card-ja");
    let card = s.wait_for(".child-card");
    s.click(&card);
    s.wait_until("the official records", || {
        (s.find_all("#records .record-vaccination .badge.official")
            .len()
            == 10)
            .then_some(())
    });
    assert_eq!(s.find_all("#records .record-vaccination").len(), 12);
    let editable_official = s.execute(
        "return Array.from(document.querySelectorAll('#records .record-row'))\
            .filter(r => r.querySelector('.badge.official') \
                && (r.querySelector('.record-edit') || r.querySelector('.record-delete'))).length;",
    );
    assert_eq!(editable_official, 0, "official records are read-only");
    let hepb = vaccination_rows(&s, &ja, "hepb", 1);
    assert_eq!(hepb.len(), 1, "linked, not duplicated: {hepb:?}");
    assert_eq!(hepb[0].2, ja.text("portal-badge-linked"));
    let pcv = vaccination_rows(&s, &ja, "pcv", 1);
    assert_eq!(pcv.len(), 1, "{pcv:?}");
    assert_eq!(pcv[0].2, ja.text("portal-badge-conflict"));
    assert_eq!(
        s.find_all("#child-official-checkups .official-item").len(),
        3
    );
    s.capture_at("child-official-ja", "#records-title");
    s.capture_at(
        "child-conflict-row-ja",
        "#records .record-row:has(.badge.conflict)",
    );
    s.capture_at("child-official-checkups-ja", "#child-official-checkups");

    // 予診票: checked by the fields, then sent by the sync it starts.
    s.wait_for("#questionnaire-form");
    let planned = chrono::Local::now().date_naive() + chrono::Days::new(7);
    s.press("#questionnaire-vaccine option[value='mr']");
    s.submit(
        "#questionnaire-submit",
        &[
            ("#questionnaire-date", &planned.to_string()),
            ("#questionnaire-temperature", "39.9.9"),
        ],
    );
    assert_eq!(
        s.text_of("#questionnaire-answers-error"),
        ja.text("questionnaire-answer-all")
    );
    assert_eq!(
        s.text_of("#questionnaire-temperature-error"),
        ja.validation_error(hagukumi_core::ErrorCode::MalformedNumber)
    );
    s.capture_at("questionnaire-errors-ja", "#questionnaire");
    s.fill("#questionnaire-temperature", "36.6");
    for q in hagukumi_core::official::QUESTIONNAIRE_QUESTIONS {
        let answer = if q == "feels-well" { "yes" } else { "no" };
        s.press(&format!("#qa-{q}-{answer}"));
    }
    s.press("#questionnaire-submit");
    s.wait_until("the questionnaire sent", || {
        (s.find_all("#questionnaires .questionnaire-entry.sent")
            .len()
            == 1)
            .then_some(())
    });
    assert_eq!(
        s.text_of("#questionnaire-status"),
        ja.text("questionnaire-queued")
    );
    let received = portal.questionnaires("sample-a");
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0]["vaccine_id"], "mr");
    assert_eq!(received[0]["answers"]["feels-well"], true);
    s.capture_at("questionnaire-sent-ja", "#questionnaire-status");

    // A portal in trouble: said in plain words, nothing lost, and the next
    // sync is fine again.
    back_home(&s);
    s.press("#open-portal");
    portal.fail_next(hagukumi_portal::Fault::Status500, 10);
    s.press("#portal-sync-now");
    s.wait_text_now(
        "the problem in the status",
        "#portal-last-error",
        ja.text("sync-error-server"),
    );
    assert_eq!(s.find_all("#portal-conflicts .conflict-item").len(), 1);
    s.capture("portal-sync-problem-ja");
    portal.fail_next(hagukumi_portal::Fault::Status500, 0);
    s.press("#portal-sync-now");
    s.wait_until("the problem gone", || {
        (s.find_all("#portal-last-error").is_empty()
            && s.text_now("#portal-outcome") == ja.text("portal-synced"))
        .then_some(())
    });

    // The conflict: the parent takes the official date.
    s.press("#portal-conflicts .use-official");
    s.wait_count("the conflict settled", "#portal-conflicts", 0);
    assert_eq!(
        s.text_of("#portal-outcome"),
        ja.text("portal-resolved-official")
    );
    back_home(&s);
    s.press(".child-card");
    s.wait_until("the official PCV dose 1", || {
        (s.find_all("#records .record-vaccination .badge.official")
            .len()
            == 11)
            .then_some(())
    });
    let pcv = vaccination_rows(&s, &ja, "pcv", 1);
    assert_eq!(pcv.len(), 1, "{pcv:?}");
    assert_eq!(pcv[0].1, ja.date("2025-08-12".parse().unwrap()));
    assert_eq!(pcv[0].2, ja.text("portal-badge-official"));
    // The parent's own PCV dose, replaced by the official one: deleted,
    // with its undo, read when "recently deleted" is opened.
    assert_eq!(
        s.text_now("#deleted-records-open"),
        ja.format("child-deleted", &[("count", 1.into())])
    );
    s.press("#deleted-records-open");
    s.wait_count("the deleted row", "#deleted-records .deleted-row", 1);

    // Disconnecting keeps what was received.
    back_home(&s);
    s.press("#open-portal");
    s.press("#portal-disconnect");
    s.press("#portal-disconnect-yes");
    s.wait_for("#portal-connect");
    assert_eq!(s.text_of("#portal-outcome"), ja.text("portal-disconnected"));
    s.capture("portal-disconnected-ja");
    s.close();
    drop(driver);

    let store = Store::open_with(data.path(), &KeySource::OsCredentialStore).unwrap();
    assert_eq!(store.sync_status().unwrap().portal, None);
    let taro = store.children().unwrap()[0].id;
    let official = store
        .list::<ChildBook>(taro, None, false)
        .unwrap()
        .into_iter()
        .filter(|r| r.official)
        .count();
    assert_eq!(official, 11);
    assert!(
        portal_tokens_gone(data.path()),
        "no portal token left in the credential store"
    );
    drop(store);
    forget_key(data.path());
}

/// The handbook's portal tokens are no longer in the OS credential store.
fn portal_tokens_gone(dir: &Path) -> bool {
    let account = hagukumi_store::keychain::portal_account(dir);
    matches!(hagukumi_store::keychain::load_secret(&account), Ok(None))
}

// ------------------------------------------------- never lose the handbook

/// The recovery code shown in the window at `css`, read as a parent would
/// copy it (groups on separate lines or not).
fn code_on_screen(s: &Session, css: &str) -> hagukumi_store::recovery::RecoveryCode {
    let shown = s.text_of(css);
    hagukumi_store::recovery::RecoveryCode::parse(&shown)
        .unwrap_or_else(|p| panic!("{shown:?} is not a recovery code: {p}"))
}

/// Waits for home to show exactly `names`.
fn home_with(s: &Session, names: &[&str]) {
    s.wait_until(&format!("home with {names:?}"), || {
        (s.names_on_home() == names && !s.find_all("#backup-card").is_empty()).then_some(())
    });
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_new_handbooks_code_is_shown_once_and_opens_it_when_the_key_is_gone() {
    let _serial = serial();
    let root = tempfile::tempdir().unwrap();
    let first = root.path().join("first");
    let ja = Localizer::new(Language::Ja);
    let driver = Driver::keychain(&first);

    // A new handbook shows its recovery code on top of home.
    let s = driver.session(&[]);
    let code = code_on_screen(&s, "#recovery-new-code");
    assert_eq!(
        s.text_of("#recovery-new-title"),
        ja.text("recovery-new-title")
    );
    s.capture_at("recovery-new-code", "#recovery-new");
    // The recovery sheet: the code in groups and its QR code.
    s.press("#recovery-new-sheet");
    let sheet = s.text_of("#recovery-sheet").replace('\u{a0}', " ");
    assert!(
        sheet.contains(&code.expose().replace('-', " - ")),
        "{sheet}"
    );
    assert!(sheet.contains(&ja.text("recovery-sheet-keep-no-photo")));
    assert_eq!(s.find_all("#recovery-sheet svg.qr").len(), 1);
    s.capture("recovery-sheet");
    s.press("#sheet-close");
    // The code stays until the parent confirms.
    s.add_child("ゆい", &seven_months_old().to_string());
    home_with(&s, &["ゆい"]);
    assert_eq!(code_on_screen(&s, "#recovery-new-code"), code);
    s.press("#recovery-new-confirm");
    s.wait_count("the code put away", "#recovery-new", 0);
    s.close();

    // Not on the next start.
    let s = driver.session(&[]);
    home_with(&s, &["ゆい"]);
    std::thread::sleep(std::time::Duration::from_millis(800));
    assert!(s.find_all("#recovery-new").is_empty(), "shown once");
    s.close();
    drop(driver);

    // The data folder moved: the app opens it without a question.
    let moved = root.path().join("moved");
    std::fs::rename(&first, &moved).unwrap();
    let driver = Driver::keychain(&moved);
    let s = driver.session(&[]);
    home_with(&s, &["ゆい"]);
    s.close();

    // The keychain lost the key (a new device, a wiped keychain): the
    // first screen asks for the recovery code instead of a dead end.
    forget_key(&moved);
    let s = driver.session(&[]);
    assert_eq!(
        s.text_of("#recovery-start-title"),
        ja.text("recovery-start-title")
    );
    assert!(s.find_all("#load-error").is_empty());
    s.capture("recovery-start");
    // A typo is named; a code of another handbook is refused plainly.
    let mut typo: Vec<char> = code.expose().chars().collect();
    typo[0] = if typo[0] == 'A' { 'B' } else { 'A' };
    s.fill("#recover-code", &typo.into_iter().collect::<String>());
    s.press("#recover-submit");
    assert_eq!(
        s.text_of("#recover-code-error"),
        ja.text("error-recovery-code-checksum")
    );
    let other = hagukumi_store::recovery::RecoveryCode::generate().unwrap();
    s.fill("#recover-code", other.expose());
    s.press("#recover-submit");
    let refused = s.wait_some_text("the wrong code refused", "#recover-status");
    assert!(!refused.contains("error-"), "{refused}");
    s.capture("recovery-start-refused");
    // The language switch works before the handbook is open.
    s.press("#lang-en");
    let en = Localizer::new(Language::En);
    s.wait_text(
        "the English recovery screen",
        "#recovery-start-title",
        en.text("recovery-start-title"),
    );
    s.capture("recovery-start-en");
    // The right code, typed loosely, opens the handbook with its records.
    s.fill(
        "#recover-code",
        &code.expose().replace('-', " ").to_lowercase(),
    );
    s.press("#recover-submit");
    home_with(&s, &["ゆい"]);
    s.close();
    // A fresh key is in the credential store: no question on the next start.
    let s = driver.session(&[]);
    home_with(&s, &["ゆい"]);
    s.close();
    drop(driver);
    forget_key(&moved);
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_backup_is_written_and_restored_on_a_fresh_device() {
    let _serial = serial();
    let root = tempfile::tempdir().unwrap();
    let old_phone = root.path().join("old");
    let new_phone = root.path().join("new");
    let file = root.path().join("はぐくみ.hagukumi-backup");
    let folder = root.path().join("cloud drive");
    std::fs::create_dir(&folder).unwrap();
    let ja = Localizer::new(Language::Ja);

    let driver = Driver::keychain(&old_phone);
    let s = driver.session(&[]);
    let code = code_on_screen(&s, "#recovery-new-code");
    s.press("#recovery-new-confirm");
    s.add_child("はると", &seven_months_old().to_string());
    home_with(&s, &["はると"]);
    s.press("#open-backups");
    assert_eq!(s.text_of("#backups-title"), ja.text("backups-title"));
    assert_eq!(
        s.text_of("#backups-help-move"),
        ja.text("backups-help-move")
    );
    s.capture_at("backup-screen", "#backup-screen");

    // Back up now: one file.
    s.fill("#backup-file", file.to_str().unwrap());
    s.press("#backup-now-submit");
    let status = s.wait_some_text("the backup written", "#backup-now-status");
    assert!(status.contains(file.to_str().unwrap()), "{status}");
    let bytes = std::fs::read(&file).unwrap();
    assert!(!bytes.is_empty());
    assert!(
        !bytes
            .windows("はると".len())
            .any(|w| w == "はると".as_bytes()),
        "only ciphertext in the backup"
    );

    // Automatic backups into a folder: a first one at once, ciphertext only.
    s.submit(
        "#auto-backup-submit",
        &[
            ("#backup-folder", folder.to_str().unwrap()),
            ("#backup-keep", "3"),
        ],
    );
    assert_eq!(
        s.text_of("#auto-backup-status"),
        ja.text("backups-auto-saved")
    );
    let auto = s.wait_until("an automatic backup in the folder", || {
        std::fs::read_dir(&folder)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.is_file())
    });
    let auto_bytes = std::fs::read(&auto).unwrap();
    assert!(!auto_bytes
        .windows("はると".len())
        .any(|w| w == "はると".as_bytes()));
    s.press("#back");
    home_with(&s, &["はると"]);
    s.press("#open-backups");
    s.wait_until("the last automatic backup shown", || {
        (s.text_of("#backup-auto-last") != ja.text("backups-auto-never")).then_some(())
    });
    // The recovery code again, after a question.
    s.press("#show-code");
    assert_eq!(
        s.text_of("#show-code-question"),
        ja.text("backups-code-confirm")
    );
    s.press("#show-code-yes");
    assert_eq!(code_on_screen(&s, "#shown-code"), code);
    s.capture_at("backup-screen-code", "#backup-code");
    // A restore that fails (a code of no handbook) keeps the handbook open.
    s.fill("#restore-file", file.to_str().unwrap());
    let stranger = hagukumi_store::recovery::RecoveryCode::generate().unwrap();
    s.fill("#restore-code", stranger.expose());
    s.press("#restore-submit");
    s.wait_some_text("the restore refused", "#restore-status");
    s.press("#back");
    home_with(&s, &["はると"]);
    s.close();
    drop(driver);

    // A new phone: a fresh handbook, then "moving from another device".
    let driver = Driver::keychain(&new_phone);
    let s = driver.session(&[]);
    let fresh_code = code_on_screen(&s, "#recovery-new-code");
    assert_ne!(fresh_code, code);
    s.press("#recovery-new-restore");
    s.fill("#restore-file", file.to_str().unwrap());
    // The new phone's own code does not open the old phone's backup.
    s.fill("#restore-code", fresh_code.expose());
    s.press("#restore-submit");
    let refused = s.wait_some_text("the wrong code refused", "#restore-status");
    assert!(!refused.contains("error-"), "{refused}");
    s.fill("#restore-code", code.expose());
    s.press("#restore-submit");
    assert_eq!(s.text_of("#restore-status"), ja.text("backups-restored"));
    assert_eq!(
        s.value(&s.wait_for("#restore-code")),
        "",
        "the code is not left on screen"
    );
    s.capture_at("backup-restored", "#restore-form");
    s.press("#back");
    home_with(&s, &["はると"]);
    s.capture_at("home-backup-card", "#backup-card");
    // The screen in English, every word.
    s.press("#lang-en");
    let en = Localizer::new(Language::En);
    s.press("#open-backups");
    s.wait_text(
        "the English backup screen",
        "#backups-title",
        en.text("backups-title"),
    );
    assert_eq!(
        s.text_of("#backups-help-move"),
        en.text("backups-help-move")
    );
    s.capture_at("backup-screen-en", "#backup-screen");
    s.close();
    // Restored for good: the next start opens it.
    let s = driver.session(&[]);
    home_with(&s, &["はると"]);
    s.close();
    drop(driver);
    forget_key(&old_phone);
    forget_key(&new_phone);
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn where_a_handbook_moved_away_the_app_asks_before_starting_a_new_one() {
    let _serial = serial();
    let root = tempfile::tempdir().unwrap();
    let here = root.path().join("here");
    let ja = Localizer::new(Language::Ja);
    let driver = Driver::keychain(&here);
    let s = driver.session(&[]);
    let first_code = code_on_screen(&s, "#recovery-new-code");
    s.add_child("ゆい", &seven_months_old().to_string());
    home_with(&s, &["ゆい"]);
    s.close();
    drop(driver);
    // The folder moves away (or the app is reinstalled): its key stays.
    let elsewhere = root.path().join("elsewhere");
    std::fs::rename(&here, &elsewhere).unwrap();

    let driver = Driver::keychain(&here);
    let s = driver.session(&[]);
    assert_eq!(s.text_of("#elsewhere-title"), ja.text("elsewhere-title"));
    assert!(
        !here.join(DB_FILE).exists(),
        "nothing created before asking"
    );
    s.capture("elsewhere-start");
    s.press("#elsewhere-new-start");
    assert_eq!(
        s.text_of("#elsewhere-new-question"),
        ja.text("elsewhere-new-confirm")
    );
    s.press("#elsewhere-new-yes");
    s.wait_for("#home-empty");
    assert_ne!(code_on_screen(&s, "#recovery-new-code"), first_code);
    s.close();
    drop(driver);

    // The earlier handbook still opens where it is now.
    let driver = Driver::keychain(&elsewhere);
    let s = driver.session(&[]);
    home_with(&s, &["ゆい"]);
    s.close();
    drop(driver);
    forget_key(&here);
    forget_key(&elsewhere);
}

/// Removes a handbook's key from the OS credential store.
fn forget_key(dir: &Path) {
    hagukumi_store::keychain::forget(&dir.join(DB_FILE)).unwrap();
}

/// The texts of the programs at `css` (each `li.program` or `.program-brief`).
fn program_texts(s: &Session, css: &str, psid: &str) -> Vec<String> {
    s.texts_now(&format!("{css} [data-psid='{psid}']"))
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn the_demo_family_sees_the_programs_for_them_now_and_what_a_move_changes() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let en = Localizer::new(Language::En);
    let driver = Driver::start(
        &[("HAGUKUMI_DATA_DIR", data.path().as_os_str())],
        &["HAGUKUMI_PASSPHRASE"],
    );
    let s = driver.session(&["--demo"]);
    s.wait_until("the demo family", || {
        (s.names_on_home().len() == 2).then_some(())
    });
    // No municipality yet: the card says what choosing one gives.
    s.wait_for("#programs-card[aria-busy=false]");
    assert!(s.find_all("#programs-card-list").is_empty());
    assert_eq!(
        s.text_now("#open-programs"),
        format!("{} ›", ja.text("programs-card-choose"))
    );

    // A code the registry does not have is refused and changes nothing.
    let refused = s.execute_async(
        "const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke('set_municipality', { code: '999999' })
           .then(() => done('allowed'), (e) => done(JSON.stringify(e)));",
    );
    assert!(
        refused
            .as_str()
            .unwrap_or_default()
            .contains("error-unknown-municipality"),
        "{refused}"
    );
    // The window names a program, never an address, to open.
    let refused = s.execute_async(
        "const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke('open_program_link', { psid: 'https://example.com/', source: false })
           .then(() => done('allowed'), (e) => done(JSON.stringify(e)));",
    );
    assert!(
        refused
            .as_str()
            .unwrap_or_default()
            .contains("error-program-no-link"),
        "{refused}"
    );

    // The parent chooses 江東区 once.
    s.click(&s.wait_for("#open-programs"));
    s.wait_for("#municipality-select option[value='131083']");
    assert!(
        s.find_all("#programs-now").is_empty(),
        "nothing before a choice"
    );
    s.capture_at("programs-choose-ja", "#programs-municipality");
    s.click(&s.wait_for("#municipality-select option[value='131083']"));
    s.click(&s.wait_for("#municipality-submit"));
    assert_eq!(
        s.text_of("#municipality-status"),
        ja.format(
            "municipality-set",
            &[("name", "江東区".into()), ("code", "131083".into())]
        )
    );
    assert!(
        s.find_all("#programs-moved").is_empty(),
        "a first choice is no move"
    );
    // はると (7 months) gets 018サポート: why, and how much.
    let haruto_age = ja.format(
        "programs-reason-child-age",
        &[
            ("name", "はると".into()),
            ("years", 0.into()),
            ("months", 7.into()),
        ],
    );
    let monthly_5000 = ja.format("programs-amount-month", &[("yen", "5,000".into())]);
    let support = "sample+130001+018-support";
    let found = s.wait_until("018サポート for はると", || {
        program_texts(&s, "#programs-now-list", support)
            .into_iter()
            .find(|t| t.contains(&haruto_age))
    });
    assert!(found.contains("018サポート"), "{found}");
    assert!(found.contains(&monthly_5000), "{found}");
    // Its end is 18 years away: the date, not thousands of days.
    assert!(
        found.contains("3月31日") && !found.contains("あと"),
        "deadline: {found}"
    );
    // The pregnancy's support and the second payment coming up.
    assert!(!program_texts(&s, "#programs-now-list", "sample+national+ninpu-shien-1").is_empty());
    assert!(
        !program_texts(&s, "#programs-coming-list", "sample+national+ninpu-shien-2").is_empty()
    );
    s.capture_at("programs-ja", "#programs-now");
    s.capture_at("programs-coming-ja", "#programs-coming");

    // Home: "for your family now" with はると's 018サポート.
    s.click(&s.wait_for("#back"));
    let brief = s.wait_until("the card with the programs", || {
        program_texts(&s, "#programs-card-list", support)
            .into_iter()
            .find(|t| t.contains(&haruto_age))
    });
    assert!(
        brief.contains("018サポート") && brief.contains(&monthly_5000),
        "{brief}"
    );
    assert!(s.text_now("#programs-card").contains("江東区"));
    s.capture_at("programs-card-ja", "#programs-card");

    // Moving to 千代田区: its own routine vaccination program is to apply
    // for again; Tokyo's and the national ones carry over.
    s.click(&s.wait_for("#open-programs"));
    s.wait_for("#municipality-select option[value='131016']");
    s.click(&s.wait_for("#municipality-select option[value='131016']"));
    s.click(&s.wait_for("#municipality-submit"));
    s.wait_for("#programs-moved");
    assert_eq!(
        s.text_now("#municipality-status"),
        ja.format(
            "municipality-set",
            &[("name", "千代田区".into()), ("code", "131016".into())]
        )
    );
    let apply = program_texts(&s, "#programs-moved-apply", "sample+131016+dpt-ipv-hib");
    assert!(apply.iter().any(|t| t.contains(&haruto_age)), "{apply:?}");
    assert!(program_texts(&s, "#programs-moved-apply", support).is_empty());
    assert_eq!(
        s.text_now("#programs-moved-ends-none"),
        ja.text("programs-none")
    );
    s.capture_at("programs-moved-ja", "#programs-moved");

    // Every word has its English.
    s.click(&s.wait_for("#lang-en"));
    s.wait_until("the English screen", || {
        (s.text_now("#programs-moved-title") == en.text("programs-moved-title")).then_some(())
    });
    assert_eq!(
        s.text_now("#municipality-status"),
        en.format(
            "municipality-set",
            &[
                ("name", "Chiyoda City (千代田区)".into()),
                ("code", "131016".into())
            ]
        )
    );
    s.capture_at("programs-moved-en", "#programs-moved");
    s.click(&s.wait_for("#lang-ja"));
    s.wait_until("the Japanese screen", || {
        (s.text_now("#programs-moved-title") == ja.text("programs-moved-title")).then_some(())
    });

    // Back home the card follows the move.
    s.click(&s.wait_for("#back"));
    s.wait_until("the card in 千代田区", || {
        s.text_now("#programs-card")
            .contains("千代田区")
            .then_some(())
    });
    s.close();
    drop(driver);
    hagukumi_store::keychain::forget(&data.path().join(DB_FILE)).unwrap();
}
