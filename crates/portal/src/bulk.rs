//! The synthetic bulk family (`--bulk N`): N vaccination records of SAMPLE
//! children, for benchmarks and crash tests. Deterministic: the same N gives
//! the same family, byte for byte, on every run.

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::dates::{days_from_civil, format_date};
use crate::{Family, CATEGORIES};

/// Id of the bulk family (present only when started with `Config::bulk`).
pub const BULK_FAMILY_ID: &str = "sample-bulk";

/// Vaccination records per bulk child (the last child may have fewer).
pub const BULK_PER_CHILD: usize = 20;

/// No bulk record is dated after this day.
pub const BULK_LAST_DATE: &str = "2026-01-01";

/// No bulk child is born before this day.
pub const BULK_FIRST_BIRTH: &str = "2008-01-01";

/// A child's vaccinations, in order: `(vaccine id, dose, age in days)`. Every
/// pair is a dose of `assets/schedules/vaccines-jp.json`; ages follow Japan's
/// routine schedule (五種混合 route, ロタリックス).
const PLAN: [(&str, u8, i64); BULK_PER_CHILD] = [
    ("hepb", 1, 61),
    ("rotavirus-rv1", 1, 61),
    ("pcv", 1, 61),
    ("dpt-ipv-hib", 1, 61),
    ("hepb", 2, 89),
    ("rotavirus-rv1", 2, 89),
    ("pcv", 2, 89),
    ("dpt-ipv-hib", 2, 89),
    ("pcv", 3, 117),
    ("dpt-ipv-hib", 3, 117),
    ("bcg", 1, 155),
    ("hepb", 3, 230),
    ("mr", 1, 380),
    ("varicella", 1, 380),
    ("pcv", 4, 380),
    ("dpt-ipv-hib", 4, 420),
    ("varicella", 2, 560),
    ("je", 1, 1100),
    ("je", 2, 1128),
    ("mr", 2, 2200),
];

const FACILITIES: [&str; 4] = [
    "サンプル小児科クリニック",
    "サンプル市保健センター",
    "サンプルこども医院",
    "サンプル総合病院 小児科",
];

/// The bulk family with exactly `n` vaccination records spread over
/// `ceil(n / 20)` children (`bulk-child-0001` …, 「サンプル 子0001」 …), born
/// between 2008-01-01 and 2026-01-01 minus the oldest age of the plan, each
/// record dated on or after the child's birth and not after 2026-01-01.
/// The other categories are empty.
pub fn bulk_family(n: usize) -> Family {
    let first_birth = days_from_civil(2008, 1, 1);
    let last_date = days_from_civil(2026, 1, 1);
    let oldest = PLAN.iter().map(|p| p.2).max().unwrap_or(0);
    let span = last_date - oldest - first_birth + 1;
    let child_count = n.div_ceil(BULK_PER_CHILD);
    let births: Vec<i64> = (0..child_count)
        .map(|k| first_birth + (k as i64 * 389).rem_euclid(span))
        .collect();
    let child_id = |k: usize| format!("bulk-child-{:04}", k + 1);
    let children: Vec<Value> = births
        .iter()
        .enumerate()
        .map(|(k, &birth)| {
            json!({
                "id": child_id(k),
                "sample": true,
                "name": format!("サンプル 子{:04}", k + 1),
                "name_kana": format!("サンプル コ{:04}", k + 1),
                "birth_date": format_date(birth),
                "sex": if k % 2 == 0 { "female" } else { "male" },
                "birth_weight_g": 2400 + (k * 137) % 1400,
                "gestation_weeks": 37 + k % 4,
                "gestation_days": k % 7,
            })
        })
        .collect();
    let vaccinations: Vec<Value> = (0..n)
        .map(|i| {
            let k = i / BULK_PER_CHILD;
            let (vaccine, dose, age) = PLAN[i % BULK_PER_CHILD];
            let date = (births[k] + age).min(last_date);
            json!({
                "id": format!("bulk-vac-{:06}", i + 1),
                "sample": true,
                "child_id": child_id(k),
                "vaccine_id": vaccine,
                "dose": dose,
                "date": format_date(date),
                "lot": format!("SMP-BULK-{:06}", i + 1),
                "facility": FACILITIES[k % FACILITIES.len()],
            })
        })
        .collect();
    let mut categories: HashMap<String, Vec<Value>> = CATEGORIES
        .iter()
        .map(|c| ((*c).to_owned(), Vec::new()))
        .collect();
    categories.insert("children".into(), children);
    categories.insert("vaccinations".into(), vaccinations);
    Family {
        id: BULK_FAMILY_ID.into(),
        label: "サンプル大家族（ベンチマーク用の架空データ）".into(),
        guardian_name: "サンプル 大家族".into(),
        categories,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::parse_date;

    #[test]
    fn the_plan_is_made_of_known_doses_in_order() {
        for (i, (vaccine, dose, age)) in PLAN.iter().enumerate() {
            assert!(
                crate::families::known_vaccines()
                    .get(*vaccine)
                    .is_some_and(|doses| doses.contains(dose)),
                "{vaccine} {dose}"
            );
            assert!(PLAN[..i].iter().all(|p| (p.0, p.1) != (*vaccine, *dose)));
            assert!(*age > 0);
        }
    }

    #[test]
    fn dates_stay_in_range_for_many_children() {
        let family = bulk_family(20 * 400);
        let births: HashMap<&str, i64> = family.categories["children"]
            .iter()
            .map(|c| {
                let birth = parse_date(c["birth_date"].as_str().unwrap()).unwrap();
                (c["id"].as_str().unwrap(), birth)
            })
            .collect();
        assert_eq!(births.len(), 400);
        let first = parse_date(BULK_FIRST_BIRTH).unwrap();
        let last = parse_date(BULK_LAST_DATE).unwrap();
        for (i, v) in family.categories["vaccinations"].iter().enumerate() {
            let birth = births[v["child_id"].as_str().unwrap()];
            let date = parse_date(v["date"].as_str().unwrap()).unwrap();
            assert!(first <= birth && birth <= date && date <= last, "{v}");
            // Never clamped: every record is at its planned age.
            assert_eq!(date - birth, PLAN[i % BULK_PER_CHILD].2, "{v}");
        }
    }
}
