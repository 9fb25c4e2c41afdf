//! A child's handbook records as the planner's input.

use super::{CheckupId, CheckupRecord, ChildInfo, DoseRecord, History, VaccineId};
use crate::pregnancy_records::PregnancyRecordKind;
use crate::records::{Record, RecordData, RecordKind};
use crate::{Child, Date};

/// The kinds of a child's records its plan reads: doses, checkups and the
/// birth (its gestation). A caller may read only these (by index) and get
/// the same plan as from every record.
pub const CHILD_PLAN_KINDS: [RecordKind; 3] = [
    RecordKind::Vaccination,
    RecordKind::Checkup,
    RecordKind::Birth,
];

/// The kinds of a pregnancy's records its plan reads.
pub const PREGNANCY_PLAN_KINDS: [PregnancyRecordKind; 3] = [
    PregnancyRecordKind::PrenatalVisit,
    PregnancyRecordKind::PostnatalCheckup,
    PregnancyRecordKind::Vaccination,
];

/// The planner's view of a child: birth date and sex from the child, the
/// gestation at birth from its birth record (if any).
pub fn child_info(child: &Child) -> ChildInfo {
    ChildInfo {
        birth_date: child.birth_date,
        sex: child.sex,
        gestational_age_at_birth: None,
    }
}

/// [`child_info`] completed with the birth record among `records`.
pub fn child_info_with(child: &Child, records: &[Record]) -> ChildInfo {
    let gestation = records
        .iter()
        .filter(|r| r.deleted_at.is_none())
        .find_map(|r| match &r.data {
            RecordData::Birth(b) => b.gestation,
            _ => None,
        });
    ChildInfo {
        gestational_age_at_birth: gestation,
        ..child_info(child)
    }
}

/// A child's plan on `today` from its records, with the default options:
/// what the app, the CLI and the reminders all show.
pub fn child_plan(
    rules: &super::Rules,
    child: &Child,
    records: &[Record],
    today: crate::Date,
) -> Vec<super::PlanItem> {
    super::plan(
        rules,
        &super::Person::Child(child_info_with(child, records)),
        &history(records),
        today,
        &super::Options::default(),
    )
}

/// Every live (not deleted) vaccination and checkup of the records.
pub fn history(records: &[Record]) -> History {
    let doses = records
        .iter()
        .filter(|r| r.deleted_at.is_none())
        .filter_map(|r| match &r.data {
            RecordData::Vaccination(v) => Some(DoseRecord {
                vaccine: VaccineId(v.vaccine.clone()),
                dose: v.dose,
                date: v.date,
            }),
            _ => None,
        })
        .collect();
    let checkups = records
        .iter()
        .filter(|r| r.deleted_at.is_none())
        .filter_map(|r| match &r.data {
            // A guardian-record page the schedule has no checkup for
            // (2週間, 2か月, …) does not count as one.
            RecordData::Checkup(c) => c.checkup.schedule_id().map(|id| CheckupRecord {
                checkup: CheckupId(id.to_owned()),
                date: c.date,
            }),
            _ => None,
        })
        .collect();
    History { doses, checkups }
}

/// A pregnancy's plan on `today` from its records, with the default
/// options: prenatal checkups, the pregnancy's vaccines (RSウイルス母子免疫),
/// postnatal checkups. What the app, the CLI and the reminders all show.
pub fn pregnancy_plan(
    rules: &super::Rules,
    pregnancy: &crate::Pregnancy,
    records: &[crate::pregnancy_records::PregnancyRecord],
    today: crate::Date,
) -> Vec<super::PlanItem> {
    super::plan(
        rules,
        &super::Person::Pregnancy(super::PregnancyInfo {
            expected_date: pregnancy.expected_date,
            delivered_on: None,
        }),
        &pregnancy_history(records),
        today,
        &super::Options::default(),
    )
}

/// A pregnancy's live prenatal visits and postnatal checkups as checkups
/// done (`prenatal`, `postnatal-2w`, `postnatal-1m` in the rules), and its
/// vaccinations as doses (numbered per vaccine in date order).
pub fn pregnancy_history(records: &[crate::pregnancy_records::PregnancyRecord]) -> History {
    use crate::pregnancy_records::{PostnatalTiming, PregnancyRecordData};
    let checkups = records
        .iter()
        .filter(|r| r.deleted_at.is_none())
        .filter_map(|r| {
            let (id, date) = match &r.data {
                PregnancyRecordData::PrenatalVisit(v) => ("prenatal", v.date),
                PregnancyRecordData::PostnatalCheckup(c) => match c.timing {
                    PostnatalTiming::TwoWeeks => ("postnatal-2w", c.date),
                    PostnatalTiming::OneMonth => ("postnatal-1m", c.date),
                    PostnatalTiming::Other => return None,
                },
                _ => return None,
            };
            Some(CheckupRecord {
                checkup: CheckupId(id.to_owned()),
                date,
            })
        })
        .collect();
    // Doses of each vaccine count in date order (one per pregnancy today).
    let mut given: Vec<(Date, &str)> = records
        .iter()
        .filter(|r| r.deleted_at.is_none())
        .filter_map(|r| match &r.data {
            PregnancyRecordData::Vaccination(v) => Some((v.date, v.vaccine.as_str())),
            _ => None,
        })
        .collect();
    given.sort();
    let mut doses: Vec<DoseRecord> = Vec::new();
    for (date, vaccine) in given {
        let before = doses
            .iter()
            .filter(|d| d.vaccine.as_str() == vaccine)
            .count();
        doses.push(DoseRecord {
            vaccine: VaccineId(vaccine.to_owned()),
            dose: u8::try_from(before + 1).unwrap_or(u8::MAX),
            date,
        });
    }
    History { doses, checkups }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::RecordInput;
    use crate::schedule::{load_rules, plan, ItemRef, Options, Person, Status};

    #[test]
    fn a_recorded_prenatal_visit_counts_as_done() {
        use crate::pregnancy_records::{PregnancyRecord, PregnancyRecordData};
        use crate::schedule::PregnancyInfo;
        let expected: crate::Date = "2027-03-01".parse().unwrap();
        let today: crate::Date = "2026-11-25".parse().unwrap();
        let person = Person::Pregnancy(PregnancyInfo {
            expected_date: expected,
            delivered_on: None,
        });
        let rules = load_rules().unwrap();
        let done = |h: &History| {
            plan(&rules, &person, h, today, &Options::default())
                .iter()
                .filter(|i| i.status == Status::Done)
                .count()
        };
        let visit: PregnancyRecordData = serde_json::from_value(serde_json::json!({
            "kind": "prenatal-visit", "date": "2026-11-20"
        }))
        .unwrap();
        let record = PregnancyRecord {
            id: 1,
            pregnancy_id: 1,
            data: visit,
            deleted_at: None,
        };
        let history = pregnancy_history(std::slice::from_ref(&record));
        assert_eq!(history.checkups.len(), 1);
        assert_eq!(done(&history), done(&History::default()) + 1);
    }

    #[test]
    fn a_recorded_dose_moves_the_next_one() {
        let child = Child {
            id: 1,
            name: "ゆい".into(),
            birth_date: "2026-05-01".parse().unwrap(),
            sex: None,
        };
        let today = "2026-08-01".parse().unwrap();
        let rules = load_rules().unwrap();
        let person = Person::Child(child_info(&child));
        let pcv = |records: &[Record]| {
            plan(
                &rules,
                &person,
                &history(records),
                today,
                &Options::default(),
            )
            .into_iter()
            .filter(|i| i.item == ItemRef::Vaccine(VaccineId("pcv".into())))
            .collect::<Vec<_>>()
        };
        let before = pcv(&[]);
        assert_ne!(before[0].status, Status::Done);
        let given = Record {
            id: 1,
            child_id: 1,
            data: RecordInput::Vaccination {
                vaccine: "pcv".into(),
                dose: "1".into(),
                date: "2026-07-01".into(),
                manufacturer: String::new(),
                lot: String::new(),
                facility: String::new(),
                funding: String::new(),
            }
            .validate(child.birth_date, today)
            .unwrap(),
            deleted_at: None,
            official: false,
        };
        let after = pcv(std::slice::from_ref(&given));
        assert_eq!(after[0].status, Status::Done);
        assert_eq!(after[0].given_on, Some("2026-07-01".parse().unwrap()));
        // The second dose is at least 27 days after the first.
        let second = after[1].earliest.unwrap();
        assert!(second >= "2026-07-28".parse().unwrap(), "{second}");
        // A deleted record no longer counts.
        let deleted = Record {
            deleted_at: Some("2026-07-02T00:00:00Z".into()),
            official: false,
            ..given
        };
        assert_ne!(pcv(&[deleted])[0].status, Status::Done);
    }
}
