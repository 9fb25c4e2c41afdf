//! A rules update reaches the app without a new build: the reference
//! portal publishes a bundle that moves BCG's standard time and changes a
//! growth table, the app's sync keeps it, and the child's plan, clinic
//! summary and growth percentile in the real window change and the summary
//! names the rules version.

use chrono::{Datelike, Days, Months, NaiveDate};
use hagukumi_core::growth::{age_for_growth, tables, Indicator, Reference, Sex, Tables};
use hagukumi_core::rules_bundle::{builtin_bundle_json, RuleBundle};
use hagukumi_core::Language;
use hagukumi_e2e::{reference_portal, serial, Driver, Session};
use hagukumi_i18n::Localizer;
use hagukumi_store::DB_FILE;
use serde_json::{json, Value};
use std::ffi::OsStr;

const NAME: &str = "サンプル ひかり";

/// The built-in rules as bundle 2 of 2026-10-01, BCG from 6 months (5 built
/// in), and the 1か月頃 page of the guardian record asking one question more
/// (`m1-extra`, worded as an existing question), and the Japanese boys'
/// weight table one tenth heavier (SAMPLE numbers for the test, not
/// published values).
fn bundle() -> String {
    let mut v: Value =
        serde_json::from_str(&builtin_bundle_json(2, "2026-10-01".parse().unwrap())).unwrap();
    for x in v["files"]["schedules/vaccines-jp.json"]["vaccines"]
        .as_array_mut()
        .unwrap()
    {
        if x["id"] == "bcg" {
            x["series"][0]["doses"][0]["recommended"]["from"] = json!({ "months": 6 });
        }
    }
    let mut lists: Value =
        serde_json::from_str(include_str!("../../assets/checkups/checklists-jp.json")).unwrap();
    lists["items"].as_array_mut().unwrap().push(json!({
        "id": "m1-extra", "page": "m1", "answer": "yes-no",
        "message": "checklist-m3-4-smiles", "source": "kaz5298-2023",
        "source_page": "test", "verified": false, "note": "a question of a newer form"
    }));
    v["files"]["checkups/checklists-jp.json"] = lists;
    let mut table: Value = serde_json::from_str(include_str!(
        "../../assets/growth/japan-2023/weight-for-age.json"
    ))
    .unwrap();
    for row in table["sexes"]["male"].as_array_mut().unwrap() {
        for x in row["values"].as_array_mut().unwrap() {
            *x = json!((x.as_f64().unwrap() * 110.0).round() / 100.0);
        }
    }
    v["files"]["growth/japan-2023/weight-for-age.json"] = table;
    v.to_string()
}

/// What the child's screen says of a boy's weight `kg` at `age_days` on
/// the Japanese curves of `tables`.
fn weight_words(ja: &Localizer, tables: &Tables, age_days: f64, kg: f64) -> String {
    let a = tables
        .assess(
            Reference::Japan2023,
            Indicator::WeightForAge,
            Sex::Male,
            age_days,
            kg,
        )
        .unwrap();
    let args: Vec<(&str, hagukumi_i18n::Value)> = a
        .message
        .args
        .iter()
        .map(|(k, v)| (*k, (*v).into()))
        .collect();
    ja.format(a.message.id, &args)
}

/// The BCG row of the child's plan, once the plan shows one.
fn bcg_row(s: &Session, ja: &Localizer) -> String {
    let bcg = ja.text("schedule-vaccine-bcg");
    s.wait_until("the BCG row of the plan", || {
        s.texts_now("#plan .plan-item")
            .into_iter()
            .find(|t| t.starts_with(&bcg))
    })
}

/// The rules line of the clinic summary (opened, read, closed again).
fn summary_rules(s: &Session) -> String {
    s.press("#open-summary");
    let line = s.wait_until("the summary's rules line", || {
        Some(s.text_now("#clinic-summary .rules")).filter(|t| !t.is_empty())
    });
    s.press("#open-summary");
    line
}

fn rules_line(ja: &Localizer, version: &str, as_of: &str, builtin: &str) -> String {
    let as_of: NaiveDate = as_of.parse().unwrap();
    ja.format(
        "summary-rules",
        &[
            ("version", version.into()),
            ("as_of", ja.date(as_of).into()),
            ("builtin", builtin.into()),
        ],
    )
}

#[test]
#[ignore = "needs Xvfb, tauri-driver and a Secret Service: run by `cargo xtask test`"]
fn a_rules_update_from_the_portal_changes_the_childs_plan_in_the_window() {
    let _serial = serial();
    let data = tempfile::tempdir().unwrap();
    let ja = Localizer::new(Language::Ja);
    let portal = reference_portal();
    let base = portal.base_url();
    let driver = Driver::keychain_with(
        data.path(),
        &[
            ("HAGUKUMI_PORTAL_URL", OsStr::new(&base)),
            ("HAGUKUMI_REFERENCE_PORTAL", OsStr::new("1")),
        ],
    );
    let s = driver.session(&[]);
    s.wait_for("#home-empty");

    // A baby about a month old, born on a day every month has.
    let mut birth = chrono::Local::now().date_naive() - Days::new(30);
    while birth.day() > 28 {
        birth = birth - Days::new(1);
    }
    let when = |months: u32| {
        ja.format(
            "schedule-when-from",
            &[("date", ja.date(birth + Months::new(months)).into())],
        )
    };
    s.add_and_open_child(NAME, &birth.to_string(), "male");

    // Today's weight, at the built-in Japanese median for his age: the
    // 50th percentile.
    let today = chrono::Local::now().date_naive();
    let age = age_for_growth(birth, None, today).unwrap().days as f64;
    let builtin = tables().unwrap();
    let median = builtin
        .value_at(
            Reference::Japan2023,
            Indicator::WeightForAge,
            Sex::Male,
            age,
            0.0,
        )
        .unwrap();
    let kg = (median * 100.0).round() / 100.0;
    s.submit(
        "#add-record-submit",
        &[
            ("#record-date", &today.to_string()),
            ("#record-weight", &kg.to_string()),
        ],
    );
    s.wait_count("the measurement", ".record-measurement", 1);
    let before = weight_words(&ja, builtin, age, kg);
    assert!(before.contains("50"), "{before}");
    s.wait_text("the built-in percentile", "#growth-assessment", &before);

    // Built-in rules: BCG from 5 months, and the summary says which rules.
    let row = bcg_row(&s, &ja);
    assert!(row.contains(&when(5)), "{row}");
    assert_eq!(summary_rules(&s), rules_line(&ja, "1", "2026-04-01", "yes"));
    // The 1か月 checkup's form asks the built-in questions.
    s.press("#kind-checkup");
    s.press("#record-checkup option[value='m1']");
    s.wait_for("#question-m1-moves-limbs");
    assert!(s.find_all("#question-m1-extra").is_empty());

    // The portal publishes newer rules; the parent connects (which syncs).
    portal.publish_rules(&bundle()).unwrap();
    s.press("#back");
    s.wait_until("home with the child", || {
        (s.names_on_home() == [NAME] && !s.find_all("#portal-card[aria-busy=false]").is_empty())
            .then_some(())
    });
    s.press("#open-portal");
    s.press("#portal-connect");
    let url = s.wait_until("the consent address", || {
        Some(s.text_now("#portal-consent-url")).filter(|u| !u.is_empty())
    });
    ureq::get(&format!("{url}&family=sample-a&approve=yes"))
        .call()
        .unwrap();
    let synced = ja.format("portal-last-synced", &[("when", "".into())]);
    s.wait_until("the first sync", || {
        s.text_now("#portal-last-synced")
            .starts_with(&synced)
            .then_some(())
    });

    // The same child's plan, without a new build: BCG from 6 months, the
    // summary naming rules version 2 received as an update.
    s.press("#back");
    let card = s.wait_until("the child's card", || {
        s.find_all(".child-card")
            .into_iter()
            .find(|c| s.text(c).contains(NAME))
    });
    s.click(&card);
    s.wait_text("the child's screen", "#child-title", NAME);
    // The same weight reads against the bundle's heavier table.
    let rules = RuleBundle::parse(&bundle()).unwrap();
    let after = weight_words(&ja, &rules.growth, age, kg);
    assert_ne!(after, before);
    s.wait_text("the bundle's percentile", "#growth-assessment", &after);
    s.capture_at("rules-updated-growth-ja", "#growth");
    let row = bcg_row(&s, &ja);
    assert!(row.contains(&when(6)), "{row}");
    assert!(!row.contains(&when(5)), "{row}");
    s.press("#open-summary");
    let line = s.wait_until("the summary's rules line", || {
        Some(s.text_now("#clinic-summary .rules")).filter(|t| !t.is_empty())
    });
    assert_eq!(line, rules_line(&ja, "2", "2026-10-01", "no"));
    s.capture_at("rules-updated-summary-ja", "#clinic-summary .rules");
    s.press("#open-summary");
    // The bundle's checklist: the form asks its question, and a checkup
    // answering it is saved.
    s.press("#kind-checkup");
    s.press("#record-checkup option[value='m1']");
    assert_eq!(
        s.text_of("#question-m1-extra"),
        ja.text("checklist-m3-4-smiles")
    );
    s.fill(
        "#record-date",
        &chrono::Local::now().date_naive().to_string(),
    );
    s.press("#answer-m1-extra-yes");
    s.capture_at("rules-updated-checklist-ja", "#record-checklist");
    s.press("#add-record-submit");
    s.wait_count("the checkup in the list", ".record-checkup", 1);
    drop(s);
    drop(driver);
    hagukumi_store::keychain::forget(&data.path().join(DB_FILE)).unwrap();
}
