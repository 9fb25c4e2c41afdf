//! The schedule engine against the golden cases (`data/schedule-golden.csv`),
//! the message ids against the Fluent files, broken rule files against their
//! error messages, and properties over many generated histories.

use hagukumi_core::chrono::Datelike;
use hagukumi_core::schedule::{
    self, ids, next_actions, plan, CheckupId, CheckupRecord, ChildInfo, DoseRecord, History,
    ItemRef, Options, Person, PlanItem, PregnancyInfo, Reason, ReasonArg, Rules, Sex, Status,
    VaccineId,
};
use hagukumi_core::{Date, GestationalAge};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

fn rules() -> Rules {
    schedule::load_rules().expect("embedded rules are valid")
}

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

// ---------------------------------------------------------------------------
// The golden cases: `data/schedule-golden.csv`, in the column format of the
// CDC's CDSi test cases adapted to Japan (see `data/README.md`).

const GOLDEN: &str = include_str!("data/schedule-golden.csv");

/// RFC 4180 records: fields separated by commas, quoted with `"` when they
/// hold a comma, a quote or a line break (`""` is a quote).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// One row of the golden file, by column name.
struct Row<'a> {
    header: &'a [String],
    cells: &'a [String],
}

impl Row<'_> {
    fn get(&self, column: &str) -> &str {
        let i = self
            .header
            .iter()
            .position(|h| h == column)
            .unwrap_or_else(|| panic!("no column {column}"));
        self.cells[i].as_str()
    }

    /// `None`: not checked; `Some(None)`: must be absent (`-`).
    fn expect(&self, column: &str) -> Option<Option<&str>> {
        match self.get(column) {
            "" => None,
            "-" => Some(None),
            v => Some(Some(v)),
        }
    }

    fn date(&self, column: &str) -> Option<Date> {
        let v = self.get(column);
        (!v.is_empty()).then(|| {
            v.parse()
                .unwrap_or_else(|_| panic!("{column}: {v} is not a date"))
        })
    }
}

fn golden_person(row: &Row<'_>) -> Person {
    match row.date("Expected_Date") {
        Some(expected_date) => Person::Pregnancy(PregnancyInfo {
            expected_date,
            delivered_on: row.date("Delivered_Date"),
        }),
        None => Person::Child(ChildInfo {
            birth_date: row.date("DOB").expect("DOB or Expected_Date"),
            sex: match row.get("Gender") {
                "F" => Some(Sex::Female),
                "M" => Some(Sex::Male),
                "U" | "" => None,
                g => panic!("Gender {g}"),
            },
            gestational_age_at_birth: match row.get("Gestation_At_Birth") {
                "" => None,
                g => {
                    let (w, d) = g
                        .strip_suffix('d')
                        .and_then(|g| g.split_once('w'))
                        .unwrap_or_else(|| panic!("Gestation_At_Birth {g}"));
                    Some(GestationalAge {
                        weeks: w.parse().unwrap(),
                        days: d.parse().unwrap(),
                    })
                }
            },
        }),
    }
}

fn golden_history(row: &Row<'_>) -> History {
    let mut history = History::default();
    for n in 1.. {
        if !row.header.contains(&format!("Date_Administered_{n}")) {
            break;
        }
        let Some(date) = row.date(&format!("Date_Administered_{n}")) else {
            continue;
        };
        history.doses.push(DoseRecord {
            vaccine: VaccineId::from(row.get(&format!("Vaccine_Name_{n}"))),
            dose: row.get(&format!("Dose_Number_{n}")).parse().unwrap(),
            date,
        });
    }
    for c in row
        .get("Checkups_Done")
        .split(';')
        .filter(|c| !c.is_empty())
    {
        let (id, date) = c.split_once('@').expect("checkup@date");
        history.checkups.push(CheckupRecord {
            checkup: CheckupId::from(id),
            date: d(date),
        });
    }
    history
}

fn golden_options(row: &Row<'_>) -> Options {
    let mut options = Options::default();
    for o in row.get("Options").split(';').filter(|o| !o.is_empty()) {
        match o.split_once('=').expect("key=value") {
            ("preferred", v) => options.preferred = v.split(',').map(VaccineId::from).collect(),
            ("warn_within_days", v) => options.warn_within_days = v.parse().unwrap(),
            ("include_voluntary", v) => options.include_voluntary = v.parse().unwrap(),
            (k, _) => panic!("unknown option {k}"),
        }
    }
    options
}

fn golden_item(rules: &Rules, id: &str) -> ItemRef {
    let checkup =
        rules.checkup(id).is_some() || rules.prenatal().is_some_and(|p| p.id.as_str() == id);
    if checkup {
        ItemRef::Checkup(CheckupId::from(id))
    } else {
        ItemRef::Vaccine(VaccineId::from(id))
    }
}

/// `id{name=value,…}` as the golden file writes a reason.
fn reason_text(r: &Reason) -> String {
    let args: Vec<String> = r
        .args
        .iter()
        .map(|(k, v)| {
            let v = match v {
                ReasonArg::Number(n) => n.to_string(),
                ReasonArg::Date(d) => d.to_string(),
                ReasonArg::Message(m) | ReasonArg::Text(m) => m.clone(),
            };
            format!("{k}={v}")
        })
        .collect();
    format!("{}{{{}}}", r.message_id, args.join(","))
}

/// The same reason text with its arguments in name order.
fn normal_reason(text: &str) -> String {
    let (id, rest) = text.split_once('{').unwrap_or((text, "}"));
    let mut args: Vec<&str> = rest
        .trim_end_matches('}')
        .split(',')
        .filter(|a| !a.is_empty())
        .collect();
    args.sort();
    format!("{}{{{}}}", id.trim(), args.join(","))
}

/// The rule a row cites: `<file>: <id> …`, with the file among the rule
/// files and the id known to it.
fn check_citation(rules: &Rules, rule: &str) -> Result<(), String> {
    let (file, rest) = rule.split_once(": ").ok_or("no file")?;
    if !rules.files().iter().any(|f| f.file == file) {
        return Err(format!("unknown rule file {file}"));
    }
    let mut words = rest.split_whitespace();
    let id = words.next().unwrap_or("");
    if id == "alternatives" {
        let alt = words.next().unwrap_or("");
        return match rules.alternatives().iter().any(|a| a.id == alt) {
            true => Ok(()),
            false => Err(format!("{file} has no alternative {alt}")),
        };
    }
    let known = rules.vaccine(id).is_some()
        || rules.checkup(id).is_some()
        || rules.prenatal().is_some_and(|p| p.id.as_str() == id)
        || id == "note";
    if !known {
        return Err(format!("{file} has no {id}"));
    }
    if let Some(cohort) = rest.split("cohorts (").nth(1) {
        let name = cohort.trim_end_matches(')');
        let v = rules.vaccine(id).unwrap();
        if !v.cohorts.iter().any(|c| c.name == name) {
            return Err(format!("{id} has no cohort {name}"));
        }
    }
    Ok(())
}

/// Checks one row; returns what differs.
fn check_row(rules: &Rules, row: &Row<'_>) -> Vec<String> {
    let mut problems = Vec::new();
    if let Err(e) = check_citation(rules, row.get("Rule")) {
        problems.push(format!("Rule: {e}"));
    }
    let person = golden_person(row);
    let history = golden_history(row);
    let today = row.date("Assessment_Date").expect("Assessment_Date");
    let options = golden_options(row);
    let items = plan(rules, &person, &history, today, &options);
    let target = golden_item(rules, row.get("Vaccine_Group"));

    let mut reversed = history.clone();
    reversed.doses.reverse();
    reversed.checkups.reverse();
    if plan(rules, &person, &reversed, today, &options) != items {
        problems.push("the plan depends on the order of the records".into());
    }
    if let Some(next) = row.expect("Next_Actions").flatten() {
        let (n, want) = next.split_once('|').expect("n|items");
        let got: Vec<String> = next_actions(std::slice::from_ref(&items), n.parse().unwrap())
            .iter()
            .map(|a| {
                let id = match &a.item.item {
                    ItemRef::Vaccine(v) => v.as_str(),
                    ItemRef::Checkup(c) => c.as_str(),
                };
                match a.item.dose {
                    Some(d) => format!("{id}#{d}"),
                    None => id.to_owned(),
                }
            })
            .collect();
        if got.join(",") != want {
            problems.push(format!("Next_Actions {}, expected {want}", got.join(",")));
        }
    }
    if let Some(count) = row.expect("Item_Count").flatten() {
        let n = items.iter().filter(|i| i.item == target).count();
        if n.to_string() != count {
            problems.push(format!("Item_Count {n}, expected {count}"));
        }
    }
    // `-`: the item without a dose number.
    let dose: Option<Option<u8>> = row
        .expect("Forecast_Num")
        .map(|n| n.map(|n| n.parse().unwrap()));
    let checks_item = [
        "Series_Status",
        "Earliest_Date",
        "Recommended_Date",
        "Past_Due_Date",
        "Recommended_From",
        "Funded_Until",
        "Closing_Soon",
        "Given_Date",
        "Expected_Reasons",
        "Absent_Reasons",
    ]
    .iter()
    .any(|c| row.expect(c).is_some());
    if !checks_item {
        return problems;
    }
    let Some(item) = items
        .iter()
        .find(|i| i.item == target && dose.is_none_or(|d| i.dose == d))
    else {
        problems.push(format!("no item {target:?} dose {dose:?}"));
        return problems;
    };
    let date = |d: Option<Date>| d.map(|d| d.to_string());
    let past_due = item
        .recommended_by
        .and_then(|d| d.succ_opt())
        .map(|d| d.to_string());
    let actual: [(&str, Option<String>); 8] = [
        (
            "Series_Status",
            serde_json::to_value(item.status)
                .unwrap()
                .as_str()
                .map(str::to_owned),
        ),
        ("Earliest_Date", date(item.earliest)),
        ("Recommended_Date", date(item.suggested)),
        ("Past_Due_Date", past_due),
        ("Recommended_From", date(item.recommended_from)),
        ("Funded_Until", date(item.funded_until)),
        ("Closing_Soon", Some(item.closing_soon.to_string())),
        ("Given_Date", date(item.given_on)),
    ];
    for (column, have) in actual {
        if let Some(want) = row.expect(column) {
            if have.as_deref() != want {
                problems.push(format!("{column} {have:?}, expected {want:?}"));
            }
        }
    }
    let have: Vec<String> = item
        .reasons
        .iter()
        .map(|r| normal_reason(&reason_text(r)))
        .collect();
    for want in row
        .get("Expected_Reasons")
        .split(" ; ")
        .filter(|r| !r.is_empty())
    {
        if !have.contains(&normal_reason(want)) {
            problems.push(format!("missing reason {want}; has {}", have.join(" ; ")));
        }
    }
    for id in row
        .get("Absent_Reasons")
        .split(" ; ")
        .filter(|r| !r.is_empty())
    {
        if item.has_reason(id.trim()) {
            problems.push(format!("unexpected reason {id}"));
        }
    }
    problems
}

#[test]
fn golden_cases() {
    let rules = rules();
    let table = parse_csv(GOLDEN);
    let (header, rows) = table.split_first().expect("a header");
    for column in [
        "DOB",
        "Gender",
        "Date_Administered_1",
        "Vaccine_Name_1",
        "Assessment_Date",
        "Earliest_Date",
        "Recommended_Date",
        "Past_Due_Date",
        "Vaccine_Group",
        "Series_Status",
    ] {
        assert!(header.iter().any(|h| h == column), "no column {column}");
    }
    assert!(rows.len() >= 120, "only {} golden cases", rows.len());
    let mut ids = BTreeSet::new();
    let mut failures = Vec::new();
    for cells in rows {
        assert_eq!(cells.len(), header.len(), "row {cells:?}");
        let row = Row { header, cells };
        let id = row.get("Test_ID");
        assert!(ids.insert(id.to_owned()), "duplicate {id}");
        for p in check_row(&rules, &row) {
            failures.push(format!("{id} {}: {p}", row.get("Test_Case_Name")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every vaccine and checkup of the rules has golden cases, and so do the
/// topics the schedule must get right.
#[test]
fn golden_cases_cover_every_vaccine_and_topic() {
    let rules = rules();
    let table = parse_csv(GOLDEN);
    let (header, rows) = table.split_first().unwrap();
    let rows: Vec<Row<'_>> = rows.iter().map(|cells| Row { header, cells }).collect();
    let groups: BTreeSet<&str> = rows.iter().map(|r| r.get("Vaccine_Group")).collect();
    for v in rules.vaccines() {
        assert!(
            groups.contains(v.id.as_str()),
            "no golden case for {}",
            v.id
        );
    }
    for c in rules.checkups() {
        assert!(
            groups.contains(c.id.as_str()),
            "no golden case for {}",
            c.id
        );
    }
    let about = |word: &str| {
        rows.iter()
            .filter(|r| {
                r.get("Test_Case_Name").contains(word)
                    || r.get("Expected_Reasons").contains(word)
                    || r.get("Rule").contains(word)
            })
            .count()
    };
    for (topic, word) in [
        ("live-vaccine spacing", "live"),
        ("catch-up", "catch-up"),
        ("funded-window ends", "funded-window"),
        ("cohort rules", "cohort"),
        ("twins", "twin"),
        ("pregnancy vaccines", "rsv-maternal"),
    ] {
        assert!(about(word) >= 2, "too few golden cases about {topic}");
    }
    let preterm = rows
        .iter()
        .filter(|r| !r.get("Gestation_At_Birth").is_empty())
        .count();
    assert!(preterm >= 2, "too few preterm golden cases");
}

#[test]
fn plan_items_serialize_for_the_cli_and_ui() {
    let rules = rules();
    let items = plan(
        &rules,
        &Person::child(d("2026-04-01")),
        &History::default(),
        d("2026-04-01"),
        &Options::default(),
    );
    let json = serde_json::to_value(&items).unwrap();
    let pcv = json
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["item"] == serde_json::json!({"kind": "vaccine", "id": "pcv"}))
        .unwrap();
    assert_eq!(pcv["status"], "upcoming");
    assert_eq!(pcv["earliest"], "2026-06-01");
    assert_eq!(pcv["label"]["message_id"], "schedule-dose-primary");
    assert_eq!(pcv["label"]["args"]["n"], serde_json::json!({"number": 1}));
    let back: Vec<PlanItem> = serde_json::from_value(json).unwrap();
    assert_eq!(back, items);
}

#[test]
fn next_actions_across_a_family() {
    let rules = rules();
    let today = d("2026-04-01");
    let options = Options::default();
    let newborn = plan(
        &rules,
        &Person::child(d("2026-04-01")),
        &History::default(),
        today,
        &options,
    );
    // Born 2020-04-01: MR 第2期 until 2026-03-31 has passed; DT etc. later.
    // Born 2025-03-01: MR and varicella due today (13 months).
    let toddler = plan(
        &rules,
        &Person::child(d("2025-03-01")),
        &History {
            doses: vec![DoseRecord {
                vaccine: VaccineId::from("mr"),
                dose: 1,
                date: d("2026-03-01"),
            }],
            checkups: vec![],
        },
        today,
        &options,
    );
    let plans = vec![newborn, toddler];
    let next = next_actions(&plans, 3);
    // Nothing of the newborn's is for today (1-month checkup from 04-29).
    // The toddler (13 months): 五種混合 overdue (standard start before 7
    // months); then due today, the funded window ending first: varicella
    // (to 36 months, 2028-02-29; MR was 31 days ago) before PCV (one dose
    // after 12 months, to 60 months, 2030-02-28).
    let got: Vec<(usize, &ItemRef, Option<u8>)> = next
        .iter()
        .map(|a| (a.person, &a.item.item, a.item.dose))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                1,
                &ItemRef::Vaccine(VaccineId::from("dpt-ipv-hib")),
                Some(1)
            ),
            (1, &ItemRef::Vaccine(VaccineId::from("varicella")), Some(1)),
            (1, &ItemRef::Vaccine(VaccineId::from("pcv")), Some(1)),
        ]
    );
    assert_eq!(next[0].item.status, Status::Overdue);
    for a in &next {
        assert_eq!(a.item.action_date(), Some(today), "{a:?}");
    }
    assert!(next_actions(&plans, 0).is_empty());
    assert!(next_actions(&[], 3).is_empty());
}

// ---------------------------------------------------------------------------
// Messages: every id the engine or the rules can emit exists in both
// languages, with exactly the arguments core passes.

fn ftl_messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let starts_message = line
            .split_once(" =")
            .filter(|(id, _)| {
                !id.is_empty()
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            })
            .map(|(id, _)| id.to_owned());
        if let Some(id) = starts_message {
            out.entry(id.clone()).or_default();
            current = Some(id);
        } else if !line.starts_with(' ') {
            current = None;
        }
        if let Some(id) = &current {
            let mut rest = line;
            while let Some(i) = rest.find('$') {
                rest = &rest[i + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                out.get_mut(id).unwrap().insert(name);
            }
        }
    }
    out
}

#[test]
fn every_message_exists_in_both_languages_with_its_arguments() {
    let rules = rules();
    let mut expected: BTreeMap<String, BTreeSet<String>> = ids::ALL
        .iter()
        .map(|(id, args)| {
            (
                (*id).to_owned(),
                args.iter().map(|a| (*a).to_owned()).collect(),
            )
        })
        .collect();
    for id in rules.message_ids() {
        let args = ids::args_of(&id)
            .map(|a| a.iter().map(|s| (*s).to_owned()).collect())
            .unwrap_or_default();
        expected.insert(id, args);
    }
    for (lang, text) in [
        ("ja", include_str!("../../../locales/ja/schedule.ftl")),
        ("en", include_str!("../../../locales/en/schedule.ftl")),
    ] {
        let messages = ftl_messages(text);
        for (id, args) in &expected {
            match messages.get(id) {
                None => panic!("{lang}: schedule.ftl lacks {id}"),
                Some(have) => assert_eq!(have, args, "{lang}: arguments of {id}"),
            }
        }
        for id in messages.keys() {
            assert!(
                expected.contains_key(id),
                "{lang}: {id} is never emitted by the schedule"
            );
        }
    }
}

// ---------------------------------------------------------------------------
// Rule files: sources, dates, and errors that name the file and the field.

#[test]
fn embedded_rule_files_name_their_sources_and_date() {
    let rules = rules();
    assert_eq!(rules.files().len(), 2);
    for f in rules.files() {
        assert!(f.sources.len() >= 3, "{}: too few sources", f.file);
        assert!(f.as_of.year() >= 2026, "{}: as_of {}", f.file, f.as_of);
    }
    assert!(rules.vaccines().len() >= 14);
    assert!(rules.prenatal().is_some());
}

fn broken(edit: impl FnOnce(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(schedule::EMBEDDED_RULE_FILES[0].1).unwrap();
    edit(&mut value);
    Rules::from_json("vaccines-jp.json", &value.to_string())
        .unwrap_err()
        .to_string()
}

#[test]
fn broken_rule_files_name_the_file_and_the_field() {
    assert_eq!(
        broken(
            |v| v["vaccines"][3]["series"][0]["doses"][1]["intervals"][0]["min_days"] = 0.into()
        ),
        "vaccines-jp.json: vaccines[3].series[0].doses[1].intervals[0].min_days: must be > 0"
    );
    assert_eq!(
        broken(|v| {
            v["vaccines"][0].as_object_mut().unwrap().remove("window");
        }),
        "vaccines-jp.json: vaccines[0].window: missing"
    );
    assert_eq!(
        broken(|v| v["vaccines"][1]["name"] = "vaccine-rotavirus".into()),
        "vaccines-jp.json: vaccines[1].name: must be a message id starting with \"schedule-\""
    );
    assert_eq!(
        broken(|v| v["vaccines"][2]["id"] = "hepb".into()),
        "vaccines-jp.json: vaccines[2].id: duplicate id"
    );
    assert_eq!(
        broken(|v| v["vaccines"][3]["series"][1]["first_dose"]["from"] =
            serde_json::json!({"months": 6})),
        "vaccines-jp.json: vaccines[3].series[0].first_dose.until: must not overlap series[1].first_dose (born 2024-01-31)"
    );
    assert_eq!(
        broken(|v| v["alternatives"][0]["routes"][1][0] = "rotavirus-rv9".into()),
        "vaccines-jp.json: alternatives[0].routes[1][0]: unknown vaccine rotavirus-rv9"
    );
    assert_eq!(
        broken(|v| v["vaccines"][0]["series"][0]["doses"][0]["label"] =
            serde_json::json!({"id": "schedule-dose-primary"})),
        "vaccines-jp.json: vaccines[0].series[0].doses[0].label.n: missing"
    );
    assert_eq!(
        broken(|v| v["vaccines"][0]["funded"] = "yes".into()),
        "vaccines-jp.json: vaccines[0].funded: must be true or false"
    );
    assert_eq!(
        broken(|v| v["sources"] = serde_json::json!([])),
        "vaccines-jp.json: sources: must name at least one source"
    );
    assert_eq!(
        broken(|v| v["vaccines"][0]["window"]["from"] = serde_json::json!({})),
        "vaccines-jp.json: vaccines[0].window.from: give years, months, weeks, days or fiscal_year_of_age"
    );
    let e = Rules::from_json("checkups-jp.json", "{ not json").unwrap_err();
    assert_eq!(e.file, "checkups-jp.json");
    assert!(e.field.starts_with("line 1, column"), "{e}");
}

#[test]
fn prenatal_visits_must_add_up_to_the_standard() {
    let mut value: Value = serde_json::from_str(schedule::EMBEDDED_RULE_FILES[1].1).unwrap();
    value["prenatal"]["phases"][1]["every_weeks"] = 3.into();
    let e = Rules::from_json("checkups-jp.json", &value.to_string()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "checkups-jp.json: prenatal.standard_visits: phases give 12 visits"
    );
}

#[test]
fn files_merge_only_with_unique_ids() {
    let [(name, text), _] = schedule::EMBEDDED_RULE_FILES;
    let e = Rules::from_files(&[(name, text), ("copy.json", text)]).unwrap_err();
    assert_eq!(e.to_string(), "copy.json: vaccines[0].id: duplicate id");
}

// ---------------------------------------------------------------------------
// Properties over generated histories (a fixed pseudo-random sequence, so the
// test is deterministic).

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }

    fn percent(&mut self, p: u64) -> bool {
        self.below(100) < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    fn date_between(&mut self, from: Date, until: Date) -> Date {
        let span = (until - from).num_days().max(1) as u64;
        from + hagukumi_core::chrono::Days::new(self.below(span))
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}

fn random_child(rng: &mut Rng) -> ChildInfo {
    let birth = rng.date_between(d("2012-01-01"), d("2027-12-31"));
    ChildInfo {
        birth_date: birth,
        sex: *rng.pick(&[None, Some(Sex::Female), Some(Sex::Male)]),
        gestational_age_at_birth: rng.percent(20).then(|| GestationalAge {
            weeks: 24 + rng.below(18) as u32,
            days: rng.below(7) as u32,
        }),
    }
}

fn random_history(rng: &mut Rng, rules: &Rules, birth: Date, today: Date) -> History {
    let mut doses = Vec::new();
    let start = birth - hagukumi_core::chrono::Days::new(10);
    let end = today + hagukumi_core::chrono::Days::new(30);
    for v in rules.vaccines() {
        if !rng.percent(40) {
            continue;
        }
        let count = 1 + rng.below(4);
        let sequential = rng.percent(70);
        let mut dates: Vec<Date> = (0..count).map(|_| rng.date_between(start, end)).collect();
        dates.sort();
        for (i, date) in dates.into_iter().enumerate() {
            let dose = if sequential {
                i as u8 + 1
            } else {
                rng.below(6) as u8
            };
            doses.push(DoseRecord {
                vaccine: v.id.clone(),
                dose,
                date,
            });
        }
    }
    if rng.percent(5) {
        doses.push(DoseRecord {
            vaccine: VaccineId::from("not-a-vaccine"),
            dose: 1,
            date: rng.date_between(start, end),
        });
    }
    let mut checkups = Vec::new();
    for c in rules.checkups() {
        if rng.percent(30) {
            checkups.push(CheckupRecord {
                checkup: c.id.clone(),
                date: rng.date_between(start, end),
            });
        }
    }
    History { doses, checkups }
}

/// Whether a combined vaccine's records are counted into `vaccine` (then
/// dose numbers are not the records' own, and interval checks below skip it).
fn has_combined_records(rules: &Rules, history: &History, vaccine: &VaccineId) -> bool {
    history.doses.iter().any(|r| {
        rules
            .vaccine(r.vaccine.as_str())
            .is_some_and(|v| v.counts_as.contains(vaccine))
    })
}

/// All invariants of one plan.
fn check_plan(
    rules: &Rules,
    child: &ChildInfo,
    history: &History,
    today: Date,
    items: &[PlanItem],
) {
    let birth = child.birth_date;
    let ctx = || format!("born {birth}, today {today}, history {history:?}");
    let gap = 27;
    // Live doses of different vaccines, recorded or suggested.
    let mut live: Vec<(VaccineId, Date, bool)> = history
        .doses
        .iter()
        .filter(|r| {
            rules
                .vaccine(r.vaccine.as_str())
                .is_some_and(|v| v.injected_live)
        })
        .map(|r| (r.vaccine.clone(), r.date, true))
        .collect();

    for item in items {
        // Every reason is a known message with exactly its arguments.
        for r in item.reasons.iter().chain(item.label.iter()) {
            let want = ids::args_of(&r.message_id)
                .unwrap_or_else(|| panic!("unknown message {} ({})", r.message_id, ctx()));
            let have: BTreeSet<&str> = r.args.keys().map(String::as_str).collect();
            let want: BTreeSet<&str> = want.iter().copied().collect();
            assert_eq!(have, want, "arguments of {} ({})", r.message_id, ctx());
        }
        match item.status {
            Status::Done => {
                assert!(
                    item.given_on.is_some() && item.earliest.is_none(),
                    "{item:?}"
                );
                continue;
            }
            Status::FundedWindowMissed | Status::NotEligible => {
                assert!(
                    item.earliest.is_none() && item.suggested.is_none(),
                    "{item:?}"
                );
                continue;
            }
            _ => {}
        }
        let (Some(earliest), Some(suggested)) = (item.earliest, item.suggested) else {
            panic!("open item without dates: {item:?} ({})", ctx());
        };
        assert!(
            earliest >= today && suggested >= earliest,
            "{item:?} ({})",
            ctx()
        );
        match item.status {
            Status::DueNow => assert_eq!(suggested, today, "{item:?}"),
            Status::Upcoming => assert!(suggested > today, "{item:?} ({})", ctx()),
            Status::Overdue => assert!(item.recommended_by.unwrap() < today, "{item:?}"),
            _ => unreachable!(),
        }
        if let Some(f) = item.funded_until {
            assert!(suggested <= f, "{item:?} ({})", ctx());
        }
        let ItemRef::Vaccine(id) = &item.item else {
            continue;
        };
        let v = rules
            .vaccine(id.as_str())
            .expect("planned vaccines are known");
        if v.injected_live {
            live.push((id.clone(), suggested, false));
        }
        // Age limits: the vaccine's window and the dose's own.
        let within = |w: &schedule::AgeWindow, date: Date| {
            w.from.on(birth).is_some_and(|f| f <= date)
                && w.until
                    .is_none_or(|u| u.on(birth).is_some_and(|u| date < u))
        };
        // A birth cohort's own window (特例) replaces the usual ones.
        let cohort = item.has_reason(ids::COHORT);
        if cohort {
            let c = v
                .cohorts
                .iter()
                .find(|c| c.includes(birth, item.dose.unwrap()))
                .unwrap_or_else(|| panic!("{item:?}: no cohort ({})", ctx()));
            assert!(within(&c.window, suggested), "{item:?} ({})", ctx());
        }
        for date in [earliest, suggested].into_iter().filter(|_| !cohort) {
            assert!(
                within(&v.window, date),
                "{item:?} outside {:?} ({})",
                v.window,
                ctx()
            );
        }
        if has_combined_records(rules, history, id) {
            continue;
        }
        // The series, from the first dose (recorded or suggested).
        let mut timeline: BTreeMap<u8, Date> = BTreeMap::new();
        let mut own: Vec<&DoseRecord> = history.doses.iter().filter(|r| r.vaccine == *id).collect();
        own.sort_by_key(|r| r.date);
        if let Some((from, until)) = v.season.and_then(|s| s.around(today)) {
            own.retain(|r| from <= r.date && r.date < until);
        }
        for r in own {
            timeline.entry(r.dose).or_insert(r.date);
        }
        for other in items.iter().filter(|i| i.item == item.item) {
            if let (Some(n), Some(s)) = (other.dose, other.suggested) {
                timeline.insert(n, s);
            }
        }
        let Some(first) = timeline.get(&1).copied() else {
            continue;
        };
        let Some(series) = v.series.iter().find(|s| {
            s.first_dose.is_none_or(|w| {
                w.until
                    .is_none_or(|u| u.on(birth).is_none_or(|u| first < u))
            })
        }) else {
            continue;
        };
        let n = item.dose.unwrap();
        let rule = &series.doses[usize::from(n) - 1];
        if let Some(w) = rule.window.as_ref().filter(|_| !cohort) {
            for date in [earliest, suggested] {
                assert!(within(w, date), "{item:?} outside {w:?} ({})", ctx());
            }
        }
        // Minimum intervals from the anchor dose (or the latest one before it).
        for iv in &rule.intervals {
            let anchor = timeline.range(..=iv.after).next_back().map(|(_, d)| *d);
            if let Some(a) = anchor {
                let min = iv.min.after(a).unwrap();
                assert!(earliest >= min, "{item:?}: before {min} ({})", ctx());
            }
        }
        if rule.after_previous && n > 1 {
            if let Some((_, prev)) = timeline.range(..n).next_back() {
                assert!(earliest > *prev, "{item:?}: not after {prev} ({})", ctx());
            }
        }
    }
    // Injected live vaccines: same day or at least 27 days apart (suggested
    // dates among themselves and against records).
    for (i, (va, a, ra)) in live.iter().enumerate() {
        for (vb, b, rb) in &live[i + 1..] {
            if va == vb || (*ra && *rb) {
                continue;
            }
            let days = (*a - *b).num_days().abs();
            assert!(
                days == 0 || days > gap,
                "live {va} {a} vs {vb} {b} ({})",
                ctx()
            );
        }
    }
}

#[test]
fn random_histories_keep_every_rule_and_ignore_record_order() {
    let rules = rules();
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    for _ in 0..600 {
        let child = random_child(&mut rng);
        let today = rng.date_between(
            child.birth_date - hagukumi_core::chrono::Days::new(30),
            child.birth_date + hagukumi_core::chrono::Days::new(16 * 366),
        );
        let history = random_history(&mut rng, &rules, child.birth_date, today);
        let options = Options {
            warn_within_days: rng.below(60) as u32,
            include_voluntary: rng.percent(80),
            preferred: if rng.percent(30) {
                vec![VaccineId::from("rotavirus-rv5")]
            } else {
                vec![]
            },
        };
        let person = Person::Child(child.clone());
        let items = plan(&rules, &person, &history, today, &options);
        check_plan(&rules, &child, &history, today, &items);

        let mut shuffled = history.clone();
        rng.shuffle(&mut shuffled.doses);
        rng.shuffle(&mut shuffled.checkups);
        assert_eq!(
            plan(&rules, &person, &shuffled, today, &options),
            items,
            "order matters for {history:?}"
        );
    }
}

/// A family that gives every dose on the suggested day (after random
/// delays) never ends up with a record that breaks a rule.
#[test]
fn following_the_plan_never_breaks_a_rule() {
    let rules = rules();
    let mut rng = Rng(0xfa11_7e57_0000_0042);
    let warnings = [
        ids::RECORD_BEFORE_INTERVAL,
        ids::RECORD_LIVE_TOO_CLOSE,
        ids::RECORD_NOT_ROUTINE,
    ];
    for _ in 0..60 {
        let mut child = random_child(&mut rng);
        child.birth_date = rng.date_between(d("2024-01-01"), d("2027-12-31"));
        let person = Person::Child(child.clone());
        let options = Options::default();
        let mut history = History::default();
        let mut today = child.birth_date;
        let end = child.birth_date + hagukumi_core::chrono::Days::new(17 * 366);
        while today < end {
            let items = plan(&rules, &person, &history, today, &options);
            check_plan(&rules, &child, &history, today, &items);
            for item in &items {
                for w in warnings {
                    assert!(!item.has_reason(w), "{item:?} after following the plan");
                }
            }
            for item in items.iter().filter(|i| i.suggested == Some(today)) {
                match &item.item {
                    ItemRef::Vaccine(v) => history.doses.push(DoseRecord {
                        vaccine: v.clone(),
                        dose: item.dose.unwrap(),
                        date: today,
                    }),
                    ItemRef::Checkup(c) => history.checkups.push(CheckupRecord {
                        checkup: c.clone(),
                        date: today,
                    }),
                }
            }
            let next = plan(&rules, &person, &history, today, &options)
                .iter()
                .filter_map(|i| i.suggested)
                .filter(|s| *s > today)
                .min();
            let Some(next) = next else { break };
            // Sometimes late: catch-up must still be valid.
            let delay = if rng.percent(25) { rng.below(120) } else { 0 };
            today = next + hagukumi_core::chrono::Days::new(delay);
        }
    }
}

#[test]
fn pregnancies_are_planned_without_panics() {
    let rules = rules();
    let mut rng = Rng(0x0b57_e7a1_cafe_0003);
    for _ in 0..300 {
        let expected = rng.date_between(d("2024-01-01"), d("2028-12-31"));
        let delivered = rng.percent(50).then(|| {
            rng.date_between(
                expected - hagukumi_core::chrono::Days::new(60),
                expected + hagukumi_core::chrono::Days::new(14),
            )
        });
        let today = rng.date_between(
            expected - hagukumi_core::chrono::Days::new(300),
            expected + hagukumi_core::chrono::Days::new(120),
        );
        let mut checkups: Vec<CheckupRecord> = (0..rng.below(12))
            .map(|_| CheckupRecord {
                checkup: CheckupId::from(*rng.pick(&["prenatal", "postnatal-2w", "child-3y", "x"])),
                date: rng.date_between(expected - hagukumi_core::chrono::Days::new(280), today),
            })
            .collect();
        let person = Person::Pregnancy(PregnancyInfo {
            expected_date: expected,
            delivered_on: delivered,
        });
        let history = History {
            doses: vec![],
            checkups: checkups.clone(),
        };
        let items = plan(&rules, &person, &history, today, &Options::default());
        let prenatal = items
            .iter()
            .filter(|i| i.item == ItemRef::Checkup(CheckupId::from("prenatal")) && i.dose.is_some())
            .count();
        assert_eq!(prenatal, 14);
        // Every distinct record is shown exactly once.
        let done = items.iter().filter(|i| i.status == Status::Done).count();
        let mut distinct = checkups.clone();
        distinct.sort_by_key(|c| (c.date, c.checkup.clone()));
        distinct.dedup();
        assert_eq!(done, distinct.len(), "{checkups:?}");
        rng.shuffle(&mut checkups);
        let shuffled = History {
            doses: vec![],
            checkups,
        };
        assert_eq!(
            plan(&rules, &person, &shuffled, today, &Options::default()),
            items
        );
    }
}

#[test]
fn broken_cohorts_and_subjects_name_the_field() {
    let rules = rules();
    let mr = rules
        .vaccines()
        .iter()
        .position(|v| v.id.as_str() == "mr")
        .unwrap();
    assert_eq!(
        broken(|v| v["vaccines"][mr]["cohorts"][0]["born"]["to"] = "2022-01-01".into()),
        format!("vaccines-jp.json: vaccines[{mr}].cohorts[0].born.to: must not be before from")
    );
    assert_eq!(
        broken(|v| v["vaccines"][mr]["cohorts"][1]["doses"] = serde_json::json!([3])),
        format!("vaccines-jp.json: vaccines[{mr}].cohorts[1].doses[0]: must be a dose of the series (1–2)")
    );
    assert_eq!(
        broken(|v| {
            v["vaccines"][mr]["cohorts"][0]
                .as_object_mut()
                .unwrap()
                .remove("through");
        }),
        format!("vaccines-jp.json: vaccines[{mr}].cohorts[0].through: missing (the window has no until, so the cohort needs an end date)")
    );
    assert_eq!(
        broken(|v| v["vaccines"][mr]["cohorts"][0]["since"] = "2028-01-01".into()),
        format!(
            "vaccines-jp.json: vaccines[{mr}].cohorts[0].through: must not be before born.from or since"
        )
    );
    assert_eq!(
        broken(|v| v["vaccines"][mr]["subject"] = "mother".into()),
        format!("vaccines-jp.json: vaccines[{mr}].subject: must be \"child\" or \"pregnancy\"")
    );
    let rsv = rules
        .vaccines()
        .iter()
        .position(|v| v.id.as_str() == "rsv-maternal")
        .unwrap();
    assert_eq!(
        broken(|v| v["vaccines"][rsv]["sex"] = "female".into()),
        format!("vaccines-jp.json: vaccines[{rsv}].sex: not available for a pregnancy vaccine")
    );
    // A pregnancy's vaccine never appears on a child's plan, nor a child's on
    // a pregnancy's.
    let child = plan(
        &rules,
        &Person::child(d("2026-04-01")),
        &History::default(),
        d("2026-04-01"),
        &Options::default(),
    );
    assert!(!child
        .iter()
        .any(|i| i.item == ItemRef::Vaccine(VaccineId::from("rsv-maternal"))));
    let pregnancy = plan(
        &rules,
        &Person::pregnancy(d("2026-09-01")),
        &History::default(),
        d("2026-04-01"),
        &Options::default(),
    );
    let vaccines: Vec<&ItemRef> = pregnancy
        .iter()
        .filter(|i| matches!(i.item, ItemRef::Vaccine(_)))
        .map(|i| &i.item)
        .collect();
    assert_eq!(
        vaccines,
        vec![&ItemRef::Vaccine(VaccineId::from("rsv-maternal"))]
    );
}

/// A pregnancy's vaccine is only ever proposed at 28w0d–36w6d, from the day
/// it became routine, before the delivery; its records are always shown.
#[test]
fn pregnancy_vaccines_stay_in_their_window() {
    let rules = rules();
    let rsv = VaccineId::from("rsv-maternal");
    let routine_from = rules.vaccine("rsv-maternal").unwrap().routine_from.unwrap();
    let mut rng = Rng(0x0b57_e7a1_cafe_0004);
    for _ in 0..400 {
        let expected = rng.date_between(d("2025-06-01"), d("2028-12-31"));
        let first_day = expected - hagukumi_core::chrono::Days::new(280);
        let delivered = rng.percent(40).then(|| {
            rng.date_between(
                expected - hagukumi_core::chrono::Days::new(70),
                expected + hagukumi_core::chrono::Days::new(14),
            )
        });
        let today = rng.date_between(first_day, expected + hagukumi_core::chrono::Days::new(60));
        let doses: Vec<DoseRecord> = (0..rng.below(3))
            .map(|i| DoseRecord {
                vaccine: rsv.clone(),
                dose: i as u8 + 1,
                date: rng.date_between(first_day, today + hagukumi_core::chrono::Days::new(1)),
            })
            .collect();
        let person = Person::Pregnancy(PregnancyInfo {
            expected_date: expected,
            delivered_on: delivered,
        });
        let history = History {
            doses: doses.clone(),
            checkups: vec![],
        };
        let items = plan(&rules, &person, &history, today, &Options::default());
        let ctx = format!("expected {expected}, delivered {delivered:?}, today {today}, {doses:?}");
        let mine: Vec<&PlanItem> = items
            .iter()
            .filter(|i| i.item == ItemRef::Vaccine(rsv.clone()))
            .collect();
        let mut distinct = doses.clone();
        distinct.sort_by_key(|r| (r.date, r.dose));
        distinct.dedup();
        let done = mine.iter().filter(|i| i.status == Status::Done).count();
        assert_eq!(done, distinct.len(), "{ctx}");
        assert!(!mine.is_empty(), "{ctx}");
        for item in mine.iter().filter(|i| i.status.is_open()) {
            let s = item.suggested.unwrap();
            let from = first_day + hagukumi_core::chrono::Days::new(196);
            let until = first_day + hagukumi_core::chrono::Days::new(259);
            assert!(from <= s && s < until, "{item:?} ({ctx})");
            assert!(s >= routine_from && s >= today, "{item:?} ({ctx})");
            assert!(delivered.is_none_or(|dl| s < dl), "{item:?} ({ctx})");
            assert!(
                item.funded_until.is_some_and(|f| s <= f),
                "{item:?} ({ctx})"
            );
        }
        // No child's vaccine on a pregnancy's plan.
        assert!(items.iter().all(|i| match &i.item {
            ItemRef::Vaccine(v) => *v == rsv,
            ItemRef::Checkup(_) => true,
        }));
    }
}
