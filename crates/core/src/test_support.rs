//! Helpers shared by the unit tests of core's modules.

use crate::records::{RecordData, RecordInput, Vaccination};
use crate::{Date, ValidationErrors};

pub(crate) fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// The test child's birth date and the tests' today.
pub(crate) const BIRTH: &str = "2025-02-28";
pub(crate) const TODAY: &str = "2026-11-25";

/// A child's record input validated for a child born on [`BIRTH`], on [`TODAY`].
pub(crate) fn check(input: RecordInput) -> Result<RecordData, ValidationErrors> {
    input.validate(d(BIRTH), d(TODAY))
}

/// A vaccination with only its vaccine, dose and date.
pub(crate) fn vaccination(vaccine: &str, dose: u8, date: &str) -> RecordData {
    RecordData::Vaccination(Vaccination {
        vaccine: vaccine.into(),
        dose,
        date: d(date),
        manufacturer: None,
        lot: None,
        facility: None,
        funding: None,
    })
}
