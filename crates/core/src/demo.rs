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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_family_is_valid_on_awkward_days() {
        for today in ["2026-11-24", "2028-02-29", "2027-01-31", "2026-12-31"] {
            let f = family(today.parse().unwrap());
            assert_eq!(f.children.len(), 2);
            assert_eq!(f.pregnancies.len(), 1);
        }
    }
}
