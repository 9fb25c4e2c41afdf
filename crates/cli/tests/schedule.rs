//! `hagu schedule` and `hagu summary` as a user runs them.

mod support;
use support::*;

use std::path::Path;
use std::process::Output;

fn hagu(dir: &Path, args: &[&str]) -> Output {
    support::hagu(dir, "ja", args)
}

/// A family with one baby born 2026-05-01.
fn family() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    ok(&hagu(tmp.path(), &["init"]));
    ok(&hagu(tmp.path(), &child_add("ゆい", "2026-05-01")));
    tmp
}

fn pcv(json: &serde_json::Value) -> Vec<serde_json::Value> {
    json[0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["item"] == serde_json::json!({"kind": "vaccine", "id": "pcv"}))
        .cloned()
        .collect()
}

#[test]
fn a_recorded_dose_moves_the_next_one_in_the_json_plan() {
    let tmp = family();
    let dir = tmp.path();
    let plan = |dir| {
        let out = ok(&hagu(dir, &["schedule", "--as-of", "2026-08-01", "--json"]));
        serde_json::from_str::<serde_json::Value>(&out).unwrap()
    };
    let before = plan(dir);
    assert_eq!(before[0]["name"], "ゆい");
    assert_eq!(before[0]["as_of"], "2026-08-01");
    // 3 months old: inside the standard 2-7 months for the first dose.
    assert_eq!(pcv(&before)[0]["status"], "due_now");
    ok(&hagu(dir, &vaccination_add("1", "pcv", "1", "2026-07-01")));
    let after = plan(dir);
    let doses = pcv(&after);
    assert_eq!(doses[0]["status"], "done");
    assert_eq!(doses[0]["given_on"], "2026-07-01");
    // Dose 2 at least 27 days after dose 1 (2026-07-28), and not before today.
    let earliest = doses[1]["earliest"].as_str().unwrap();
    assert!(earliest >= "2026-08-01", "{earliest}");
}

#[test]
fn the_text_plan_and_the_calendar() {
    let tmp = family();
    let text = ok(&hagu(tmp.path(), &["schedule", "--as-of", "2026-08-01"]));
    // Which rules the plan used, then each person's plan.
    assert!(
        text.starts_with(
            "予定の計算に使ったルール：第1版（2026年4月1日時点、アプリに組み込み）\nゆい\n"
        ),
        "{text}"
    );
    assert!(text.contains("小児用肺炎球菌"), "{text}");
    let ics = ok(&hagu(
        tmp.path(),
        &["schedule", "--as-of", "2026-08-01", "--ics"],
    ));
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("BEGIN:VEVENT\r\n"));
    // Bad input: a clear error and nothing else.
    let o = hagu(tmp.path(), &["schedule", "--as-of", "2026-02-30"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(o.stdout.is_empty());
    let o = hagu(tmp.path(), &["schedule", "--child", "9"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("このこどもは見つかりません"));
}

#[test]
fn the_clinic_summary_as_a_private_html_file() {
    let tmp = family();
    ok(&hagu(
        tmp.path(),
        &record_add(
            "1",
            &["allergy", "--date", "2026-09-01", "--substance", "卵"],
        ),
    ));
    let out = tmp.path().join("summary.html");
    let o = hagu(
        tmp.path(),
        &["summary", "--child", "1", "-o", out.to_str().unwrap()],
    );
    ok(&o);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("ゆいさんの受診用サマリー"));
    assert!(html.contains("<th class=\"alert\">卵</th>"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

/// Pregnancies are elements of the JSON plan and events of the calendar,
/// with the RSウイルス母子免疫ワクチン at 28w0d–36w6d; `--child` leaves
/// them out.
#[test]
fn pregnancies_in_the_json_plan_and_the_calendar() {
    use hagukumi_core::chrono::{Days, Utc};
    let tmp = family();
    let dir = tmp.path();
    let today = Utc::now().date_naive();
    let expected = today.checked_add_days(Days::new(100)).unwrap();
    ok(&hagu(
        dir,
        &[
            "pregnancy",
            "add",
            "--label",
            "第二子",
            "--expected",
            &expected.to_string(),
        ],
    ));
    let as_of = today.to_string();
    let json: serde_json::Value =
        serde_json::from_str(&ok(&hagu(dir, &["schedule", "--as-of", &as_of, "--json"]))).unwrap();
    let people = json.as_array().unwrap();
    assert_eq!(people.len(), 2);
    assert_eq!(people[0]["child_id"], 1);
    let p = &people[1];
    assert_eq!(p["pregnancy_id"], 1);
    assert_eq!(p["label"], "第二子");
    assert_eq!(p["expected_date"], expected.to_string());
    assert!(p.get("child_id").is_none());
    let items = p["items"].as_array().unwrap();
    let rsv: Vec<_> = items
        .iter()
        .filter(|i| i["item"] == serde_json::json!({"kind": "vaccine", "id": "rsv-maternal"}))
        .collect();
    assert_eq!(rsv.len(), 1);
    // 0w0d = expected − 280 days; 28w0d = +196, 36w6d = +258.
    let first_day = expected.checked_sub_days(Days::new(280)).unwrap();
    let from = first_day.checked_add_days(Days::new(196)).unwrap();
    let last = first_day.checked_add_days(Days::new(258)).unwrap();
    assert_eq!(rsv[0]["earliest"], from.max(today).to_string());
    assert_eq!(rsv[0]["funded_until"], last.to_string());
    assert!(items
        .iter()
        .any(|i| i["item"] == serde_json::json!({"kind": "checkup", "id": "prenatal"})));
    // No pregnancy with --child.
    let only: serde_json::Value = serde_json::from_str(&ok(&hagu(
        dir,
        &["schedule", "--as-of", &as_of, "--json", "--child", "1"],
    )))
    .unwrap();
    assert_eq!(only.as_array().unwrap().len(), 1);
    // The calendar has the vaccine on its day, under the pregnancy's key.
    let ics = ok(&hagu(dir, &["schedule", "--as-of", &as_of, "--ics"])).replace("\r\n ", "");
    let day = from.max(today).format("%Y%m%d").to_string();
    assert!(ics.contains(&format!("DTSTART;VALUE=DATE:{day}")), "{ics}");
    assert!(ics.contains("pregnancy-1"), "{ics}");
    assert!(ics.contains("RSウイルス母子免疫ワクチン"), "{ics}");
    // And the text plan names it.
    let text = ok(&hagu(dir, &["schedule", "--as-of", &as_of]));
    assert!(text.contains("第二子\n"), "{text}");
    // A dose recorded on the pregnancy is done (early: kept, with a warning).
    ok(&hagu(
        dir,
        &[
            "pregnancy",
            "record",
            "add",
            "--pregnancy",
            "1",
            "vaccination",
            "--vaccine",
            "rsv-maternal",
            "--date",
            &as_of,
            "--lot",
            "AB12",
        ],
    ));
    let json: serde_json::Value =
        serde_json::from_str(&ok(&hagu(dir, &["schedule", "--as-of", &as_of, "--json"]))).unwrap();
    let rsv: Vec<_> = json[1]["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["item"] == serde_json::json!({"kind": "vaccine", "id": "rsv-maternal"}))
        .cloned()
        .collect();
    assert_eq!(rsv.len(), 1, "{rsv:?}");
    assert_eq!(rsv[0]["status"], "done");
    assert_eq!(rsv[0]["given_on"], as_of);
    let list = ok(&hagu(
        dir,
        &["pregnancy", "record", "list", "--pregnancy", "1"],
    ));
    assert!(list.contains("RSウイルス母子免疫ワクチン"), "{list}");
}

/// BCG in `hagu schedule --json`: its suggested date and the rules version.
fn bcg(dir: &Path) -> (String, serde_json::Value) {
    let out = ok(&hagu(dir, &["schedule", "--as-of", "2026-06-01", "--json"]));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let item = json[0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["item"] == serde_json::json!({"kind": "vaccine", "id": "bcg"}))
        .unwrap()
        .clone();
    (
        item["suggested"].as_str().unwrap().to_owned(),
        json[0]["rules"].clone(),
    )
}

/// The built-in rules as bundle `version`, BCG's standard time from
/// `months` (5 in the built-in rules).
fn bundle(version: u64, months: u32) -> String {
    use hagukumi_core::rules_bundle::builtin_bundle_json;
    let mut v: serde_json::Value =
        serde_json::from_str(&builtin_bundle_json(version, "2026-10-01".parse().unwrap())).unwrap();
    for x in v["files"]["schedules/vaccines-jp.json"]["vaccines"]
        .as_array_mut()
        .unwrap()
    {
        if x["id"] == "bcg" {
            x["series"][0]["doses"][0]["recommended"]["from"] =
                serde_json::json!({ "months": months });
        }
    }
    v.to_string()
}

/// A rules update from the reference portal on 127.0.0.1 into the real
/// handbook, as a sync makes it.
fn update_rules(
    dir: &Path,
    portal: &hagukumi_portal::PortalHandle,
) -> Result<hagukumi_sync::RulesUpdate, hagukumi_sync::SyncError> {
    use hagukumi_core::chrono::Utc;
    let clock = hagukumi_sync::Clock {
        now: Utc::now,
        instant: std::time::Instant::now,
    };
    let client = hagukumi_sync::Portal::new(
        &hagukumi_sync::PortalProfile::reference(&portal.base_url()),
        clock,
    )
    .unwrap();
    let mut store = hagukumi_store::Store::open_with(
        dir,
        &hagukumi_store::KeySource::Passphrase(PASSPHRASE.into()),
    )
    .unwrap();
    hagukumi_sync::update_rules(&mut store, &client)
}

#[test]
fn a_rules_update_changes_the_plan_without_a_new_build_and_a_bad_one_does_not() {
    let tmp = family();
    let dir = tmp.path();
    // Built-in rules: BCG from 5 months.
    let (date, rules) = bcg(dir);
    assert_eq!(date, "2026-10-01");
    assert_eq!(
        rules,
        serde_json::json!({"version": 1, "as_of": "2026-04-01", "builtin": true})
    );

    let portal =
        hagukumi_portal::spawn_with_handle("127.0.0.1:0".parse().unwrap(), Default::default())
            .unwrap();
    portal.publish_rules(&bundle(2, 6)).unwrap();
    assert!(matches!(
        update_rules(dir, &portal).unwrap(),
        hagukumi_sync::RulesUpdate::Kept(_)
    ));
    let (date, rules) = bcg(dir);
    assert_eq!(date, "2026-11-01", "BCG now from 6 months");
    assert_eq!(
        rules,
        serde_json::json!({"version": 2, "as_of": "2026-10-01", "builtin": false})
    );
    let text = ok(&hagu(dir, &["schedule", "--as-of", "2026-06-01"]));
    assert!(
        text.starts_with(
            "予定の計算に使ったルール：第2版（2026年10月1日時点、更新で受け取ったもの）\n"
        ),
        "{text}"
    );
    let html = ok(&hagu(dir, &["summary", "--child", "1"]));
    assert!(html.contains("第2版"), "{html}");

    // Tampered after signing: refused, the plan stays.
    let good = hagukumi_portal::rules_envelope(&bundle(3, 7), "2026-12-03T20:00:00.000Z")
        .unwrap()
        .to_string()
        .into_bytes();
    let bad = String::from_utf8(good.clone())
        .unwrap()
        .replace("\\\"months\\\":7", "\\\"months\\\":4")
        .into_bytes();
    assert_ne!(bad, good);
    portal.publish_rules_raw(bad, Some(good));
    assert!(matches!(
        update_rules(dir, &portal).unwrap_err(),
        hagukumi_sync::SyncError::BadSignature
    ));
    // Older: not kept.
    portal.publish_rules(&bundle(1, 4)).unwrap();
    assert!(matches!(
        update_rules(dir, &portal).unwrap(),
        hagukumi_sync::RulesUpdate::NotNewer { .. }
    ));
    assert_eq!(bcg(dir).0, "2026-11-01");
}
