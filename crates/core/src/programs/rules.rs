//! Hagukumi's own rules for a program: the `hagukumi` object of a record.
//!
//! The registry says who a program is for mostly in free text; only age
//! bounds in years and months are structured. What a parent needs matched
//! beyond that (school-year ends, pregnancy weeks, birth dates, amounts by
//! age and child order) is written here, as data with a source, and read
//! strictly: an error names the field.

use crate::Date;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Whom a program is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    Child,
    Pregnancy,
    /// The household; the data gives no condition to match.
    Family,
}

/// A point in a child's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Bound {
    /// The day `n` months since birth are complete ([`crate::age`]).
    Months(u32),
    /// The first 31 March after the child reaches age `n` (a school year
    /// ends; one born on 1 April reaches the age on 31 March, the day
    /// before the birthday, so that very day ends it).
    SchoolYearEndAfterAge(u32),
    /// The 1 April after that: e.g. age 6 = entering elementary school.
    SchoolYearStartAfterAge(u32),
}

/// How often an amount is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    Month,
    Once,
}

/// One amount and when it applies (the first that applies is used).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AmountRule {
    pub yen: u64,
    pub per: Per,
    /// Only while the child is younger than this many completed months.
    pub under_months: Option<u32>,
    /// Only from this child order on (3 = the third child).
    pub child_order_from: Option<u32>,
}

/// The `hagukumi` object of a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rules {
    /// The id of a source in the file's `sources`.
    pub source: String,
    pub name_en: Option<String>,
    pub subject: Subject,
    pub from: Option<Bound>,
    pub until: Option<Bound>,
    pub born_on_or_after: Option<Date>,
    /// Claimable from this completed week of pregnancy.
    pub pregnancy_week_from: Option<u32>,
    pub amounts: Vec<AmountRule>,
    /// The amount is paid for each expected child (twins: twice).
    pub per_expected_child: bool,
    /// Older siblings count for the child order while they are not past
    /// this point.
    pub siblings_count_until: Option<Bound>,
    /// Months in which payments are made (1–12).
    pub payment_months: Vec<u32>,
    /// A schedule item the program pays for, e.g. `vaccine:dpt-ipv-hib`.
    pub schedule: Option<String>,
    /// The psid of a program applied for together with this one.
    pub applied_with: Option<String>,
    /// Free text for the parent (Japanese, as published).
    pub note: Option<String>,
}

const KEYS: &[&str] = &[
    "source",
    "nameEn",
    "subject",
    "from",
    "until",
    "bornOnOrAfter",
    "pregnancyWeekFrom",
    "amounts",
    "perExpectedChild",
    "siblingsCountUntil",
    "paymentMonths",
    "schedule",
    "appliedWith",
    "note",
];

type E = (String, String);

fn err(field: &str, message: &str) -> E {
    (field.to_owned(), message.to_owned())
}

fn string(v: &Value, field: &str) -> Result<String, E> {
    match v.as_str() {
        Some(s) if !s.trim().is_empty() => Ok(s.to_owned()),
        _ => Err(err(field, "must be non-empty text")),
    }
}

fn uint(v: &Value, field: &str, max: u64) -> Result<u64, E> {
    v.as_u64()
        .filter(|n| *n <= max)
        .ok_or_else(|| err(field, &format!("must be a whole number 0–{max}")))
}

fn bound(v: &Value, field: &str) -> Result<Bound, E> {
    let obj = v.as_object().filter(|o| o.len() == 1).ok_or_else(|| {
        err(
            field,
            "must be one of {months}, {schoolYearEndAfterAge}, {schoolYearStartAfterAge}",
        )
    })?;
    let (key, n) = obj.iter().next().expect("one entry");
    let at = format!("{field}.{key}");
    match key.as_str() {
        "months" => Ok(Bound::Months(uint(n, &at, 600)? as u32)),
        "schoolYearEndAfterAge" => Ok(Bound::SchoolYearEndAfterAge(uint(n, &at, 30)? as u32)),
        "schoolYearStartAfterAge" => Ok(Bound::SchoolYearStartAfterAge(uint(n, &at, 30)? as u32)),
        _ => Err(err(&at, "unknown bound")),
    }
}

/// Reads the `hagukumi` object; an error is `(field, message)`.
pub(crate) fn read(v: &Value) -> Result<Rules, E> {
    let obj = v
        .as_object()
        .ok_or_else(|| err("(object)", "must be an object"))?;
    if let Some(k) = obj.keys().find(|k| !KEYS.contains(&k.as_str())) {
        return Err(err(k, "unknown field"));
    }
    let get = |k: &str| obj.get(k).filter(|v| !v.is_null());
    let source = string(
        get("source").ok_or_else(|| err("source", "missing"))?,
        "source",
    )?;
    let subject = match get("subject")
        .map(|v| string(v, "subject"))
        .transpose()?
        .as_deref()
    {
        Some("child") => Subject::Child,
        Some("pregnancy") => Subject::Pregnancy,
        Some("family") => Subject::Family,
        Some(_) => return Err(err("subject", "must be child, pregnancy or family")),
        None => return Err(err("subject", "missing")),
    };
    let mut amounts = Vec::new();
    if let Some(list) = get("amounts") {
        let list = list
            .as_array()
            .ok_or_else(|| err("amounts", "must be an array"))?;
        for (i, a) in list.iter().enumerate() {
            let at = format!("amounts[{i}]");
            let a = a.as_object().ok_or_else(|| err(&at, "must be an object"))?;
            if let Some(k) = a
                .keys()
                .find(|k| !["yen", "per", "underMonths", "childOrderFrom"].contains(&k.as_str()))
            {
                return Err(err(&format!("{at}.{k}"), "unknown field"));
            }
            let yen = uint(
                a.get("yen")
                    .ok_or_else(|| err(&format!("{at}.yen"), "missing"))?,
                &format!("{at}.yen"),
                10_000_000,
            )?;
            let per = match a.get("per").and_then(Value::as_str) {
                Some("month") => Per::Month,
                Some("once") => Per::Once,
                _ => return Err(err(&format!("{at}.per"), "must be month or once")),
            };
            let opt = |k: &str, max| {
                a.get(k)
                    .map(|v| uint(v, &format!("{at}.{k}"), max).map(|n| n as u32))
                    .transpose()
            };
            amounts.push(AmountRule {
                yen,
                per,
                under_months: opt("underMonths", 600)?,
                child_order_from: opt("childOrderFrom", 20)?,
            });
        }
    }
    let mut payment_months = Vec::new();
    if let Some(list) = get("paymentMonths") {
        let list = list
            .as_array()
            .ok_or_else(|| err("paymentMonths", "must be an array"))?;
        for (i, m) in list.iter().enumerate() {
            let m = uint(m, &format!("paymentMonths[{i}]"), 12)? as u32;
            if m == 0 {
                return Err(err(&format!("paymentMonths[{i}]"), "must be 1–12"));
            }
            payment_months.push(m);
        }
    }
    let flag = |k: &str| {
        get(k)
            .map(|v| v.as_bool().ok_or_else(|| err(k, "must be true or false")))
            .transpose()
            .map(|b| b.unwrap_or(false))
    };
    let text = |k: &str| get(k).map(|v| string(v, k)).transpose();
    Ok(Rules {
        source,
        name_en: text("nameEn")?,
        subject,
        from: get("from").map(|v| bound(v, "from")).transpose()?,
        until: get("until").map(|v| bound(v, "until")).transpose()?,
        born_on_or_after: get("bornOnOrAfter")
            .map(|v| {
                string(v, "bornOnOrAfter")?
                    .parse::<Date>()
                    .map_err(|_| err("bornOnOrAfter", "must be a date YYYY-MM-DD"))
            })
            .transpose()?,
        pregnancy_week_from: get("pregnancyWeekFrom")
            .map(|v| uint(v, "pregnancyWeekFrom", 42).map(|n| n as u32))
            .transpose()?,
        amounts,
        per_expected_child: flag("perExpectedChild")?,
        siblings_count_until: get("siblingsCountUntil")
            .map(|v| bound(v, "siblingsCountUntil"))
            .transpose()?,
        payment_months,
        schedule: text("schedule")?,
        applied_with: text("appliedWith")?,
        note: text("note")?,
    })
}
