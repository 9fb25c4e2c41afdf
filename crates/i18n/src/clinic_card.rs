//! Words for the clinic card (`locales/*/clinic_card.ftl`), shared by the
//! app's clinic card screen and `hagu clinic-card`: dates with the 和暦
//! beside them, validity, and the co-payment limit.

use crate::{Localizer, Value};
use hagukumi_core::chrono::Datelike;
use hagukumi_core::clinic_card::{wareki, Validity};
use hagukumi_core::official::CopayLimit;
use hagukumi_core::Date;

/// A date as this language writes it, with the 和暦 beside it (as the paper
/// certificate writes it); the plain date before 昭和.
pub fn date_with_era(l: &Localizer, date: Date) -> String {
    let plain = l.date(date);
    let Some((era, year)) = wareki(date) else {
        return plain;
    };
    let month = date.month();
    l.format(
        "clinic-card-date-era",
        &[
            ("date", Value::from(plain)),
            ("era", Value::from(l.text(era.message_id()))),
            ("year", Value::from(year)),
            ("month", Value::from(month)),
            ("monthName", Value::from(l.text(&format!("month-{month}")))),
            ("day", Value::from(date.day())),
        ],
    )
}

/// A certificate's validity: its CSS class and the Fluent id of its words.
pub fn validity(v: Validity) -> (&'static str, &'static str) {
    match v {
        Validity::Current => ("current", "clinic-card-valid-current"),
        Validity::NotYet => ("not-yet", "clinic-card-valid-not-yet"),
        Validity::Expired => ("expired", "clinic-card-valid-expired"),
    }
}

/// The co-payment limit's parts in words (per visit, per month, the note).
pub fn copay(l: &Localizer, c: &CopayLimit) -> Vec<String> {
    let yen =
        |id: &str, n: u32| l.format(id, &[("yen", Value::from(crate::programs::yen(n.into())))]);
    let mut out = Vec::new();
    if let Some(n) = c.per_visit_yen {
        out.push(yen("portal-copay-per-visit", n));
    }
    if let Some(n) = c.monthly_yen {
        out.push(yen("portal-copay-monthly", n));
    }
    if let Some(note) = &c.note {
        out.push(note.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::Language;

    #[test]
    fn a_date_has_its_era_beside_it_in_both_languages() {
        let d: Date = "2031-03-31".parse().unwrap();
        let ja =
            date_with_era(&Localizer::new(Language::Ja), d).replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(ja, "2031年3月31日（令和13年3月31日）");
        let en = date_with_era(&Localizer::new(Language::En), d);
        assert!(en.contains("Reiwa"), "{en}");
        let old: Date = "1920-01-01".parse().unwrap();
        let l = Localizer::new(Language::Ja);
        assert_eq!(date_with_era(&l, old), l.date(old));
    }

    #[test]
    fn the_copay_limit_in_words() {
        let l = Localizer::new(Language::Ja);
        let c = CopayLimit {
            per_visit_yen: Some(200),
            monthly_yen: Some(1000),
            note: Some("入院時食事代は対象外".into()),
        };
        let parts = copay(&l, &c);
        assert_eq!(parts.len(), 3, "{parts:?}");
        assert!(parts[1].contains("1,000"), "{parts:?}");
    }
}
