//! The demo family shown by `--demo` so a first look at the app is not empty.
//! Dates are relative to "today" so the ages stay the same whenever it runs.

use crate::{ChildInput, Date, NewChild, NewPregnancy, PregnancyInput};
use chrono::{Days, Months};

pub struct DemoFamily {
    pub children: Vec<NewChild>,
    pub pregnancies: Vec<NewPregnancy>,
}

pub fn family(today: Date) -> DemoFamily {
    let before = |months: u32, days: u64| {
        today
            .checked_sub_months(Months::new(months))
            .and_then(|d| d.checked_sub_days(Days::new(days)))
            .expect("demo dates are in range")
            .to_string()
    };
    let children = [
        ("さくら", before(40, 12), "female"),
        ("はると", before(7, 3), "male"),
    ]
    .into_iter()
    .map(|(name, birth_date, sex)| {
        ChildInput {
            name: name.into(),
            birth_date,
            sex: sex.into(),
        }
        .validate(today)
        .expect("demo children are valid")
    })
    .collect();
    let expected = today
        .checked_add_days(Days::new(96))
        .expect("in range")
        .to_string();
    let pregnancies = vec![PregnancyInput {
        label: "第三子".into(),
        expected_date: expected,
    }
    .validate(today)
    .expect("demo pregnancy is valid")];
    DemoFamily {
        children,
        pregnancies,
    }
}

/// What a demo child's handbook holds on `today`: every routine
/// vaccination given on the day the schedule suggests it, and a
/// measurement (near the WHO median) at each usual checkup age.
pub fn child_records(
    birth: Date,
    sex: Option<crate::growth::Sex>,
    today: Date,
) -> Vec<crate::records::RecordData> {
    use crate::growth::{tables, Indicator, Reference, Sex};
    use crate::records::{Funding, Measurement, RecordData, Vaccination};
    use crate::schedule::{
        load_rules, plan, ChildInfo, DoseRecord, History, ItemRef, Options, Person, Status,
    };

    let mut records = Vec::new();
    if let Ok(rules) = load_rules() {
        let person = Person::Child(ChildInfo {
            birth_date: birth,
            sex,
            gestational_age_at_birth: None,
        });
        let options = Options {
            include_voluntary: false,
            ..Options::default()
        };
        let mut history = History::default();
        let mut day = birth;
        // Jump from one suggested day to the next, giving what is due.
        while day <= today {
            let items = plan(&rules, &person, &history, day, &options);
            let mut next = None::<Date>;
            for item in &items {
                let (ItemRef::Vaccine(vaccine), Some(dose), Some(suggested)) =
                    (&item.item, item.dose, item.suggested)
                else {
                    continue;
                };
                if item.status == Status::DueNow && suggested == day {
                    history.doses.push(DoseRecord {
                        vaccine: vaccine.clone(),
                        dose,
                        date: day,
                    });
                } else if item.status.is_open() && suggested > day {
                    next = Some(next.map_or(suggested, |n: Date| n.min(suggested)));
                }
            }
            match next {
                Some(n) => day = n,
                None => break,
            }
        }
        records.extend(history.doses.into_iter().map(|d| {
            RecordData::Vaccination(Vaccination {
                vaccine: d.vaccine.0,
                dose: d.dose,
                date: d.date,
                manufacturer: None,
                lot: None,
                facility: None,
                funding: Some(Funding::Public),
            })
        }));
    }
    let sex = sex.unwrap_or(Sex::Female);
    // Divide by the number of steps per unit: `489.0 / 10.0` is 48.9, while
    // `489.0 * 0.1` is 48.900000000000006, which a screen would print whole.
    let round = |v: Option<f64>, per_unit: f64| v.map(|v| (v * per_unit).round() / per_unit);
    for months in [0u32, 1, 4, 7, 10, 12, 18, 24, 36] {
        let Some(date) = birth.checked_add_months(Months::new(months)) else {
            continue;
        };
        if date > today {
            break;
        }
        let days = (date - birth).num_days() as f64;
        let at = |i| {
            tables()
                .ok()?
                .value_at(Reference::WhoStandard, i, sex, days, 0.3)
        };
        records.push(RecordData::Measurement(Measurement {
            date,
            weight_kg: round(at(Indicator::WeightForAge), 100.0),
            height_cm: round(at(Indicator::LengthHeightForAge), 10.0),
            head_cm: round(at(Indicator::HeadCircumferenceForAge), 10.0),
            chest_cm: None,
        }));
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_measurements_print_as_a_parent_would_write_them() {
        use crate::records::RecordData;
        let today: Date = "2026-11-25".parse().unwrap();
        for sex in [crate::growth::Sex::Female, crate::growth::Sex::Male] {
            let birth: Date = "2023-01-10".parse().unwrap();
            for data in child_records(birth, Some(sex), today) {
                let RecordData::Measurement(m) = data else {
                    continue;
                };
                let decimals = |v: Option<f64>| {
                    v.map_or(0, |v| v.to_string().split('.').nth(1).map_or(0, str::len))
                };
                assert!(decimals(m.weight_kg) <= 2, "{:?}", m.weight_kg);
                assert!(decimals(m.height_cm) <= 1, "{:?}", m.height_cm);
                assert!(decimals(m.head_cm) <= 1, "{:?}", m.head_cm);
            }
        }
    }

    #[test]
    fn a_demo_child_is_vaccinated_on_time() {
        use crate::records::RecordData;
        use crate::schedule::{from_records, load_rules, plan, Options, Person, Status};
        let today: Date = "2026-11-25".parse().unwrap();
        let birth: Date = "2026-04-22".parse().unwrap();
        let data = child_records(birth, Some(crate::growth::Sex::Male), today);
        let doses = data
            .iter()
            .filter(|d| matches!(d, RecordData::Vaccination(_)))
            .count();
        assert!(doses >= 10, "{doses} doses by 7 months");
        assert!(data.iter().any(|d| matches!(d, RecordData::Measurement(_))));
        // Nothing routine is late for the demo child.
        let records: Vec<_> = data
            .into_iter()
            .enumerate()
            .map(|(i, data)| crate::records::Record {
                id: i as i64,
                child_id: 1,
                data,
                deleted_at: None,
                official: false,
            })
            .collect();
        let child = crate::Child {
            id: 1,
            name: "はると".into(),
            birth_date: birth,
            sex: Some(crate::growth::Sex::Male),
        };
        let items = plan(
            &load_rules().unwrap(),
            &Person::Child(from_records::child_info(&child)),
            &from_records::history(&records),
            today,
            &Options {
                include_voluntary: false,
                ..Options::default()
            },
        );
        let late: Vec<_> = items
            .iter()
            .filter(|i| {
                i.status == Status::Overdue
                    && matches!(i.item, crate::schedule::ItemRef::Vaccine(_))
            })
            .map(|i| &i.name)
            .collect();
        assert!(late.is_empty(), "late: {late:?}");
    }

    #[test]
    fn demo_family_is_valid_on_awkward_days() {
        for today in ["2026-11-24", "2028-02-29", "2027-01-31", "2026-12-31"] {
            let f = family(today.parse().unwrap());
            assert_eq!(f.children.len(), 2);
            assert_eq!(f.pregnancies.len(), 1);
        }
    }
}
