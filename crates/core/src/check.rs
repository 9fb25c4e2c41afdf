//! [`Check`]: how every book's validation collects its field errors (the
//! shared checks; each book adds its own beside its inputs).

use crate::validate::{check_text, parse_date, parse_number, ErrorCode, Field, FieldError};
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
}
