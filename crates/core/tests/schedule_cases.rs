//! The schedule engine against hand-worked cases (`schedule_cases.json`),
//! the message ids against the Fluent files, broken rule files against their
//! error messages, and properties over many generated histories.

use hagukumi_core::chrono::Datelike;
use hagukumi_core::schedule::{
    self, ids, next_actions, plan, CheckupId, CheckupRecord, ChildInfo, DoseRecord, History,
    ItemRef, Options, Person, PlanItem, PregnancyInfo, Reason, ReasonArg, Rules, Sex, Status,
    VaccineId,
};
use hagukumi_core::{Date, GestationalAge};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

fn rules() -> Rules {
    schedule::load_rules().expect("embedded rules are valid")
}

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

// ---------------------------------------------------------------------------
// The case table.

#[derive(Deserialize)]
struct CaseFile {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    #[allow(dead_code)]
    why: String,
    person: Person,
    #[serde(default)]
    history: History,
    today: Date,
    #[serde(default)]
    options: Options,
    expect: Vec<Map<String, Value>>,
    next: Option<Next>,
}

#[derive(Deserialize)]
struct Next {
    n: usize,
    items: Vec<Map<String, Value>>,
}

const CASES: &str = include_str!("schedule_cases.json");

/// A reason argument the way the case table writes it.
fn plain(arg: &ReasonArg) -> Value {
    match arg {
        ReasonArg::Number(n) => Value::from(*n),
        ReasonArg::Date(d) => Value::from(d.to_string()),
        ReasonArg::Message(m) => Value::from(m.clone()),
    }
}

fn plain_args(reason: &Reason) -> Value {
    Value::Object(
        reason
            .args
            .iter()
            .map(|(k, v)| (k.clone(), plain(v)))
            .collect(),
    )
}

fn item_ref(expect: &Map<String, Value>) -> ItemRef {
    if let Some(v) = expect.get("vaccine").and_then(Value::as_str) {
        ItemRef::Vaccine(VaccineId::from(v))
    } else if let Some(c) = expect.get("checkup").and_then(Value::as_str) {
        ItemRef::Checkup(CheckupId::from(c))
    } else {
        panic!("expectation without vaccine or checkup: {expect:?}")
    }
}

fn matches(item: &PlanItem, expect: &Map<String, Value>) -> bool {
    item.item == item_ref(expect)
        && expect
            .get("dose")
            .is_none_or(|dose| dose.as_u64().map(|n| n as u8) == item.dose)
}

/// Checks one expectation; returns what differs.
fn check(items: &[PlanItem], expect: &Map<String, Value>) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some(count) = expect.get("count") {
        let r = item_ref(expect);
        let n = items.iter().filter(|i| i.item == r).count();
        if Some(n as u64) != count.as_u64() {
            problems.push(format!("{r:?}: {n} items, expected {count}"));
        }
        return problems;
    }
    let Some(item) = items.iter().find(|i| matches(i, expect)) else {
        return vec![format!("no item for {expect:?}")];
    };
    let actual = serde_json::to_value(item).unwrap();
    for (key, want) in expect {
        match key.as_str() {
            "vaccine" | "checkup" | "dose" => {}
            "status" | "earliest" | "suggested" | "recommended_from" | "recommended_by"
            | "funded_until" | "given_on" | "closing_soon" => {
                if &actual[key] != want {
                    problems.push(format!(
                        "{:?} dose {:?}: {key} = {}, expected {want}",
                        item.item, item.dose, actual[key]
                    ));
                }
            }
            "reasons" => {
                for r in want.as_array().unwrap() {
                    let id = r["id"].as_str().unwrap();
                    let found = item
                        .reasons
                        .iter()
                        .any(|x| x.message_id == id && plain_args(x) == r["args"]);
                    if !found {
                        problems.push(format!(
                            "{:?} dose {:?}: missing reason {r}; has {}",
                            item.item,
                            item.dose,
                            serde_json::to_string(
                                &item
                                    .reasons
                                    .iter()
                                    .map(|x| (x.message_id.clone(), plain_args(x)))
                                    .collect::<Vec<_>>()
                            )
                            .unwrap()
                        ));
                    }
                }
            }
            "absent_reasons" => {
                for id in want.as_array().unwrap() {
                    if item.has_reason(id.as_str().unwrap()) {
                        problems.push(format!(
                            "{:?} dose {:?}: unexpected reason {id}",
                            item.item, item.dose
                        ));
                    }
                }
            }
            other => problems.push(format!("unknown expectation key {other}")),
        }
    }
    problems
}

#[test]
fn case_table() {
    let rules = rules();
    let file: CaseFile = serde_json::from_str(CASES).expect("case table parses");
    assert!(file.cases.len() >= 40, "only {} cases", file.cases.len());
    let mut names = BTreeSet::new();
    let mut failures = Vec::new();
    for case in &file.cases {
        assert!(names.insert(&case.name), "duplicate case {}", case.name);
        let items = plan(
            &rules,
            &case.person,
            &case.history,
            case.today,
            &case.options,
        );
        for expect in &case.expect {
            for p in check(&items, expect) {
                failures.push(format!("{}: {p}", case.name));
            }
        }
        if let Some(next) = &case.next {
            let got = next_actions(std::slice::from_ref(&items), next.n);
            let ok = got.len() == next.items.len()
                && got
                    .iter()
                    .zip(&next.items)
                    .all(|(a, want)| matches(&a.item, want));
            if !ok {
                let got: Vec<_> = got.iter().map(|a| (&a.item.item, a.item.dose)).collect();
                failures.push(format!("{}: next actions {got:?}", case.name));
            }
        }
        // The same case with the records in another order gives the same plan.
        let mut reversed = case.history.clone();
        reversed.doses.reverse();
        reversed.checkups.reverse();
        let again = plan(&rules, &case.person, &reversed, case.today, &case.options);
        if again != items {
            failures.push(format!("{}: plan depends on record order", case.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
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
