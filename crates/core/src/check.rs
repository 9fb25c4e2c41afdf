//! [`Check`]: how every book's validation collects its field errors (the
//! shared checks; each book adds its own beside its inputs).

use crate::validate::{
    check_text, parse_date, parse_number, ErrorCode, Field, FieldError, ValidationErrors,
};
use crate::Date;

/// Collects field errors while a record of any book is validated; each
/// book adds its own checks (`impl Check` beside its inputs).
#[derive(Default)]
pub(crate) struct Check {
    pub(crate) errors: Vec<FieldError>,
}

impl Check {
    pub(crate) fn run<T>(&mut self, field: Field, r: Result<T, ErrorCode>) -> Option<T> {
        r.map_err(|code| self.push(field, code)).ok()
    }

    pub(crate) fn push(&mut self, field: Field, code: ErrorCode) {
        self.errors.push(FieldError { field, code });
    }

    /// A date not after today and not before `earliest` (else `too_early`).
    pub(crate) fn date_in(
        &mut self,
        s: &str,
        earliest: Date,
        too_early: ErrorCode,
        today: Date,
    ) -> Option<Date> {
        let r = parse_date(s).and_then(|d| {
            if d > today {
                Err(ErrorCode::DateInFuture)
            } else if d < earliest {
                Err(too_early)
            } else {
                Ok(d)
            }
        });
        self.run(Field::Date, r)
    }

    pub(crate) fn text(
        &mut self,
        field: Field,
        s: &str,
        required: bool,
        max: usize,
    ) -> Option<Option<String>> {
        self.run(field, check_text(s, required, max))
    }

    /// An optional number within `(lo, hi)`.
    pub(crate) fn number(
        &mut self,
        field: Field,
        s: &str,
        (lo, hi): (f64, f64),
    ) -> Option<Option<f64>> {
        if s.trim().is_empty() {
            return Some(None);
        }
        let r = parse_number(s).and_then(|x| {
            if (lo..=hi).contains(&x) {
                Ok(x)
            } else {
                Err(ErrorCode::OutOfRange)
            }
        });
        self.run(field, r).map(Some)
    }

    /// A whole number in range (blood pressure, heart rate, EPDS,
    /// a dose): a fraction is malformed before it is out of range.
    pub(crate) fn integer(
        &mut self,
        field: Field,
        s: &str,
        range: (f64, f64),
    ) -> Option<Option<u16>> {
        if s.trim().is_empty() {
            return Some(None);
        }
        let r = parse_number(s).and_then(|x| {
            if x.fract() != 0.0 {
                Err(ErrorCode::MalformedNumber)
            } else if !(range.0..=range.1).contains(&x) {
                Err(ErrorCode::OutOfRange)
            } else {
                Ok(x as u16)
            }
        });
        self.run(field, r).map(Some)
    }

    /// One of a closed list, or nothing.
    pub(crate) fn one_of<T>(
        &mut self,
        field: Field,
        s: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<Option<T>> {
        let s = s.trim();
        if s.is_empty() {
            return Some(None);
        }
        self.run(field, parse(s).ok_or(ErrorCode::UnknownChoice))
            .map(Some)
    }

    /// A value that must be given: `Required` on `field` when it was not.
    pub(crate) fn required<T>(&mut self, field: Field, value: Option<Option<T>>) -> Option<T> {
        if let Some(None) = value {
            self.push(field, ErrorCode::Required);
        }
        value.flatten()
    }

    /// The value validated, or every error noted (nothing is returned
    /// half-checked).
    pub(crate) fn finish<T>(self, value: Option<T>) -> Result<T, ValidationErrors> {
        match value {
            Some(value) if self.errors.is_empty() => Ok(value),
            _ => Err(ValidationErrors(self.errors)),
        }
    }
}

/// A date as an input holds it, `YYYY-MM-DD` (what a stored record is
/// written back as, to validate to it again).
pub(crate) fn date_input(d: &Date) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// An optional value as an input holds it: its text, or empty when not
/// given. `f64`'s Display is the shortest text that reads back as the same
/// value.
pub(crate) fn optional_input<T: ToString>(x: &Option<T>) -> String {
    x.as_ref().map(T::to_string).unwrap_or_default()
}
