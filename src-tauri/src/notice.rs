//! A notification in words, shared by the reminders (`crate::reminders`)
//! and the monthly news (`crate::monthly`).

use hagukumi_core::schedule::Reason;
use hagukumi_i18n::{Localizer, Value};

/// A notification, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: String,
    pub title: String,
    pub body: String,
    /// What a tap on it opens in the window (`crate::tap`), if anything.
    pub opens: Option<&'static str>,
}

/// A reminder message with its arguments (dates in the language's format,
/// item names as their text) and the person as `who`.
pub(crate) fn render(l: &Localizer, reason: &Reason, who: &str) -> String {
    l.reason_with(reason, &[("who", Value::from(who.to_owned()))])
}
