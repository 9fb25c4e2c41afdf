//! A SAMPLE big handbook in the export format (so `hagu import` takes it):
//! one child with as many records as asked, spread over ten years, for the
//! benchmarks (`cargo xtask bench`) and the tests of a handbook at 50,000
//! records. Made-up data, labelled SAMPLE in the child's name.
//!
//! The mix, per 1,000 records: 2 measurements, 5 milestones, 1 illness and
//! 992 notes (a diary kept for ten years: at 50,000 records, 100
//! measurements and 50 illnesses), plus the four Hib doses; every 1,000th
//! record deleted 1 to 20 days ago (their undo still open). Several
//! records share each date, so keyset pages meet equal dates.

use super::{Export, ExportChild, ExportRecord, EXPORT_FORMAT, EXPORT_VERSION};
use crate::stamp;
use hagukumi_core::chrono::{Duration, NaiveTime};
use hagukumi_core::records::RecordInput;
use hagukumi_core::{Date, Language};

/// Days of records: ten years.
const SPAN_DAYS: i64 = 3650;

/// The SAMPLE child's name.
pub const BIG_CHILD_NAME: &str = "SAMPLE だいち";

/// One child born ten years before `today` with `records` records (at
/// least the four Hib doses), every one valid as its form would check it.
pub fn big_handbook(records: usize, today: Date) -> Export {
    let birth = today - Duration::days(SPAN_DAYS);
    let at = |d: Date| stamp(d.and_time(NaiveTime::from_hms_opt(9, 0, 0).expect("a time")));
    let hib = [61, 92, 122, 400].map(|days| RecordInput::Vaccination {
        vaccine: "hib".into(),
        dose: String::new(),
        date: (birth + Duration::days(days)).to_string(),
        manufacturer: String::new(),
        lot: String::new(),
        facility: String::new(),
        funding: "public".into(),
    });
    let others = records.saturating_sub(hib.len());
    let inputs = hib.into_iter().enumerate().map(|(i, mut v)| {
        if let RecordInput::Vaccination { dose, .. } = &mut v {
            *dose = (i + 1).to_string();
        }
        v
    });
    let diary = (0..others).map(|i| {
        // Evenly from the day after the birth to today.
        let day = 1 + (i as i64 * (SPAN_DAYS - 1)) / others.max(1) as i64;
        let date = (birth + Duration::days(day)).to_string();
        let months = day as f64 / 30.4;
        match (i % 1000, i % 200) {
            (0 | 500, _) => RecordInput::Measurement {
                date,
                weight_kg: format!("{:.1}", weight(months)),
                height_cm: format!("{:.1}", height(months)),
                head_cm: String::new(),
                chest_cm: String::new(),
            },
            (_, 1) => RecordInput::Milestone {
                date,
                what: format!("SAMPLE できたこと {i}"),
                note: String::new(),
            },
            (2, _) => RecordInput::Illness {
                date,
                name: "SAMPLE かぜ".into(),
                note: String::new(),
            },
            _ => RecordInput::Note {
                date,
                text: format!("SAMPLE {} ({i})", DIARY[i % DIARY.len()]),
            },
        }
    });
    let records: Vec<ExportRecord> = inputs
        .chain(diary)
        .enumerate()
        .map(|(i, input)| {
            let data = input
                .validate(birth, today)
                .unwrap_or_else(|e| panic!("sample record {i} is invalid: {e:?}"));
            let made = at(data.date());
            // Every 1,000th record deleted 1 to 20 days ago: undo still
            // open, and never stamped later than the moment it is imported.
            let deleted_at =
                (i % 1000 == 999).then(|| at(today - Duration::days(1 + (i / 1000 % 20) as i64)));
            ExportRecord {
                id: i as i64 + 1,
                child_id: 1,
                data,
                created_at: made.clone(),
                updated_at: deleted_at.clone().unwrap_or(made),
                deleted_at,
                portal_id: None,
            }
        })
        .collect();
    Export {
        format: EXPORT_FORMAT.into(),
        version: EXPORT_VERSION,
        exported_at: at(today),
        language: Some(Language::default()),
        children: vec![ExportChild {
            id: 1,
            name: BIG_CHILD_NAME.into(),
            birth_date: birth,
            sex: None,
            created_at: at(birth),
            growth_reference: None,
            insurance_note: None,
        }],
        pregnancies: Vec::new(),
        records,
        record_history: Vec::new(),
        photos: Vec::new(),
        pregnancy_records: Vec::new(),
        pregnancy_record_history: Vec::new(),
        portal_children: Vec::new(),
        official_items: Vec::new(),
        pregnancy_photos: Vec::new(),
        official_pages: Vec::new(),
        portal_account: None,
        benefit_applications: Vec::new(),
        guardian_name: None,
        nursery_bookmarks: Vec::new(),
        nursery_bookmark_photos: Vec::new(),
    }
}

const DIARY: [&str; 5] = [
    "よく眠った",
    "公園で遊んだ",
    "離乳食をよく食べた",
    "熱はなく元気",
    "保育園の連絡帳より",
];

/// A made-up weight (kg) at `months`, inside the plausible ranges.
fn weight(months: f64) -> f64 {
    if months < 12.0 {
        3.2 + 0.5 * months
    } else {
        9.2 + 0.17 * (months - 12.0)
    }
}

/// A made-up length or height (cm) at `months`.
fn height(months: f64) -> f64 {
    if months < 12.0 {
        50.0 + 2.2 * months
    } else {
        76.4 + 0.55 * (months - 12.0)
    }
}
