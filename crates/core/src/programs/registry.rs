//! Reading program records in the shape of Tokyo's open-data child-support
//! registry (子育て支援制度レジストリ), as `docs/program-registry.md` describes.
//!
//! The reader is forgiving where the real data is messy and strict where a
//! wrong reading would mislead a parent:
//!
//! - dates come as `2024-04-01` or `2024/04/01`; free text such as 「随時」 in a
//!   date field is kept as text ([`DateField::Text`]) with a warning;
//! - tag codes written `002，003` (full-width comma) or `86` are split and
//!   padded to three digits; anything else is dropped with a warning;
//! - an unknown key (often a misspelt one) is a warning, the record still loads;
//! - a record whose psid, name, area code, age bounds or Hagukumi rules
//!   cannot be read is left out and reported with its psid and the field.
//!
//! Nothing here panics on input: every problem becomes a [`Problem`].

use super::rules::{self, Rules};
use crate::Date;
use serde::Serialize;
use serde_json::Value;

/// Whether a problem cost the record its place in the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The record was left out.
    Skipped,
    /// The record loaded; one field was read as text or ignored.
    Warning,
}

/// A problem found while reading a registry file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub file: String,
    /// The record's psid when it could be read, else `records[i]`.
    pub record: String,
    /// The field path inside the record, e.g. `target.lessThan.targetAge`.
    pub field: String,
    pub message: String,
    pub severity: Severity,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}: {}: {}",
            self.file, self.record, self.field, self.message
        )
    }
}

/// A date field: a date when it reads as one, else the text as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateField {
    Date(Date),
    Text(String),
}

impl DateField {
    pub fn date(&self) -> Option<Date> {
        match self {
            DateField::Date(d) => Some(*d),
            DateField::Text(_) => None,
        }
    }
}

/// Where a program applies, from `area.areaCode` (全国地方公共団体コード).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Area {
    /// Everywhere in Japan: no area code and `areaText` 「全国」.
    National,
    /// A prefecture: a code ending in `0001` style (`130001` = 東京都).
    Prefecture { code: String, name: String },
    /// One municipality.
    Municipality { code: String, name: String },
}

impl Area {
    /// Whether a family living in the municipality `code` is covered.
    pub fn covers(&self, municipality: &str) -> bool {
        match self {
            Area::National => true,
            Area::Prefecture { code, .. } => municipality.get(..2) == code.get(..2),
            Area::Municipality { code, .. } => code == municipality,
        }
    }

    pub fn level(&self) -> &'static str {
        match self {
            Area::National => "national",
            Area::Prefecture { .. } => "prefecture",
            Area::Municipality { .. } => "municipality",
        }
    }
}

/// A link (`localGovernmentLink`, `relatedLink[]`, `formLink[]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub title: Option<String>,
    pub uri: String,
}

/// `procedurePeriod`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Period {
    pub from: Option<DateField>,
    pub to: Option<DateField>,
    pub conditions: Option<String>,
}

/// One bound of `target`: an age in years and months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AgeBound {
    /// Total months (`targetAge` × 12 + `targetAgeOfMonths`).
    pub months: u32,
}

/// `target`: who the program is for, with its age bounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Target {
    pub persons: Option<String>,
    pub conditions: Option<String>,
    pub greater_than_or_equal_to: Option<AgeBound>,
    pub greater_than: Option<AgeBound>,
    pub less_than: Option<AgeBound>,
    pub less_than_or_equal_to: Option<AgeBound>,
}

impl Target {
    pub fn has_age_bounds(&self) -> bool {
        self.greater_than_or_equal_to.is_some()
            || self.greater_than.is_some()
            || self.less_than.is_some()
            || self.less_than_or_equal_to.is_some()
    }
}

/// `support`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Support {
    pub description: Option<String>,
    pub monetary: Option<String>,
    pub material: Option<String>,
}

/// `tag`: three-digit codes of the ユニバーサルメニュー.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Tags {
    pub category: Vec<String>,
    pub target: Vec<String>,
    pub contents: Vec<String>,
}

/// One program as read from a registry record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Program {
    /// `basicInformation.psid`, the record's identity across updates.
    pub psid: String,
    /// `institutionName.canonicalName` (else `shortName`).
    pub name: String,
    pub short_name: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub area: Area,
    pub organization: Option<String>,
    pub target: Target,
    pub support: Support,
    pub cost: Option<String>,
    pub tags: Tags,
    pub procedure_method: Option<String>,
    pub procedure_counter: Option<String>,
    pub procedure_persons: Option<String>,
    pub belongings: Option<String>,
    pub electronic_submission: Option<String>,
    pub procedure_period: Option<Period>,
    pub contact: Option<String>,
    pub local_government_link: Option<Link>,
    pub related_links: Vec<Link>,
    pub form_links: Vec<Link>,
    pub update_date: Option<DateField>,
    /// Hagukumi's own rules for the program (the `hagukumi` object), when
    /// the record carries them; see [`Rules`].
    pub rules: Option<Rules>,
    /// The file the record came from.
    pub file: String,
}

/// Top-level keys of a registry record this reader knows.
const KNOWN_KEYS: &[&str] = &[
    "institutionName",
    "summary",
    "description",
    "utilization",
    "target",
    "support",
    "cost",
    "costConditions",
    "area",
    "basicInformation",
    "tag",
    "procedureMethod",
    "procedureCounter",
    "procedurePersons",
    "procedureDocumentsCode",
    "electronicSubmission",
    "belongings",
    "implementationPeriod",
    "procedurePeriod",
    "contact",
    "localGovernmentLink",
    "relatedLink",
    "formLink",
    "regulation",
    "updateDate",
    "odInformation",
    "hagukumi",
];

/// Reads one record. `Err` is the problem that left it out; warnings are
/// pushed to `warnings`.
pub(crate) fn read_record(
    file: &str,
    index: usize,
    value: &Value,
    warnings: &mut Vec<Problem>,
) -> Result<Program, Problem> {
    let mut r = RecordReader {
        file,
        record: format!("records[{index}]"),
        warnings,
    };
    let Some(obj) = value.as_object() else {
        return Err(r.skip("(record)", "must be an object"));
    };
    let psid = obj
        .get("basicInformation")
        .and_then(|b| b.get("psid"))
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|p| !p.is_empty() && !p.contains(char::is_whitespace));
    let Some(psid) = psid else {
        return Err(r.skip("basicInformation.psid", "missing or not an identifier"));
    };
    r.record = psid.to_owned();
    for key in obj.keys() {
        if !KNOWN_KEYS.contains(&key.as_str()) {
            r.warn(key, "unknown field (misspelt?), ignored");
        }
    }
    let names = obj.get("institutionName");
    let canonical = names.and_then(|n| r.text(n, "canonicalName", "institutionName.canonicalName"));
    let short_name = names.and_then(|n| r.text(n, "shortName", "institutionName.shortName"));
    let Some(name) = canonical.clone().or_else(|| short_name.clone()) else {
        return Err(r.skip("institutionName.canonicalName", "missing"));
    };
    let area = r.area(obj.get("area"))?;
    let target = r.target(obj.get("target"))?;
    let rules = match obj.get("hagukumi") {
        None => None,
        Some(v) => Some(
            rules::read(v)
                .map_err(|(field, message)| r.skip(&format!("hagukumi.{field}"), &message))?,
        ),
    };
    let support = obj
        .get("support")
        .map_or_else(Support::default, |s| Support {
            description: r.text(s, "description", "support.description"),
            monetary: r.text(s, "monetarySupport", "support.monetarySupport"),
            material: r.text(s, "materiallySupport", "support.materiallySupport"),
        });
    let tags = obj.get("tag").map_or_else(Tags::default, |t| Tags {
        category: r.codes(t.get("categoryCode"), "tag.categoryCode"),
        target: r.codes(t.get("targetCode"), "tag.targetCode"),
        contents: r.codes(t.get("contentsCode"), "tag.contentsCode"),
    });
    let procedure_period = obj.get("procedurePeriod").map(|p| Period {
        from: r.date(p.get("fromYMD"), "procedurePeriod.fromYMD"),
        to: r.date(p.get("toYMD"), "procedurePeriod.toYMD"),
        conditions: r.text(p, "conditions", "procedurePeriod.conditions"),
    });
    let top = |r: &mut RecordReader<'_>, key: &str| r.text_value(obj.get(key), key);
    Ok(Program {
        psid: psid.to_owned(),
        name,
        short_name: short_name.filter(|s| Some(s) != canonical.as_ref()),
        summary: top(&mut r, "summary"),
        description: top(&mut r, "description"),
        organization: obj
            .get("basicInformation")
            .and_then(|b| r.text(b, "organization", "basicInformation.organization")),
        area,
        target,
        support,
        cost: top(&mut r, "cost"),
        tags,
        procedure_method: top(&mut r, "procedureMethod"),
        procedure_counter: top(&mut r, "procedureCounter"),
        procedure_persons: top(&mut r, "procedurePersons"),
        belongings: top(&mut r, "belongings"),
        electronic_submission: top(&mut r, "electronicSubmission"),
        procedure_period,
        contact: top(&mut r, "contact"),
        local_government_link: obj
            .get("localGovernmentLink")
            .and_then(|l| r.link(l, "localGovernmentLink")),
        related_links: r.links(obj.get("relatedLink"), "relatedLink"),
        form_links: r.links(obj.get("formLink"), "formLink"),
        update_date: r.date(obj.get("updateDate"), "updateDate"),
        rules,
        file: file.to_owned(),
    })
}

struct RecordReader<'a> {
    file: &'a str,
    record: String,
    warnings: &'a mut Vec<Problem>,
}

impl RecordReader<'_> {
    fn problem(&self, field: &str, message: &str, severity: Severity) -> Problem {
        Problem {
            file: self.file.to_owned(),
            record: self.record.clone(),
            field: field.to_owned(),
            message: message.to_owned(),
            severity,
        }
    }

    fn skip(&self, field: &str, message: &str) -> Problem {
        self.problem(field, message, Severity::Skipped)
    }

    fn warn(&mut self, field: &str, message: &str) {
        let p = self.problem(field, message, Severity::Warning);
        self.warnings.push(p);
    }

    /// A free-text value: a string, or an array of strings joined by lines.
    fn text_value(&mut self, value: Option<&Value>, field: &str) -> Option<String> {
        let text = match value? {
            Value::Null => return None,
            Value::String(s) => s.trim().to_owned(),
            Value::Number(n) => n.to_string(),
            Value::Array(items) => {
                let mut parts = Vec::new();
                for item in items {
                    match item.as_str() {
                        Some(s) => parts.push(s.trim().to_owned()),
                        None => {
                            self.warn(field, "not text, ignored");
                            return None;
                        }
                    }
                }
                parts.join("\n")
            }
            _ => {
                self.warn(field, "not text, ignored");
                return None;
            }
        };
        (!text.is_empty()).then_some(text)
    }

    fn text(&mut self, obj: &Value, key: &str, field: &str) -> Option<String> {
        self.text_value(obj.get(key), field)
    }

    fn date(&mut self, value: Option<&Value>, field: &str) -> Option<DateField> {
        let text = self.text_value(value, field)?;
        match parse_registry_date(&text) {
            Some(d) => Some(DateField::Date(d)),
            None => {
                self.warn(field, "not a date, kept as text");
                Some(DateField::Text(text))
            }
        }
    }

    fn link(&mut self, value: &Value, field: &str) -> Option<Link> {
        let uri = self.text(value, "uri", &format!("{field}.uri"))?;
        Some(Link {
            title: self.text(value, "title", &format!("{field}.title")),
            uri,
        })
    }

    fn links(&mut self, value: Option<&Value>, field: &str) -> Vec<Link> {
        match value {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| self.link(v, &format!("{field}[{i}]")))
                .collect(),
            Some(v @ Value::Object(_)) => self.link(v, field).into_iter().collect(),
            Some(_) => {
                self.warn(field, "not a link, ignored");
                Vec::new()
            }
        }
    }

    /// Three-digit codes from an array of strings or numbers, or from a
    /// string listing them (`002，003`, `002,003`, `86`).
    fn codes(&mut self, value: Option<&Value>, field: &str) -> Vec<String> {
        let mut raw = Vec::new();
        match value {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                for item in items {
                    match item {
                        Value::String(s) => raw.push(s.clone()),
                        Value::Number(n) => raw.push(n.to_string()),
                        _ => self.warn(field, "a code that is not text, ignored"),
                    }
                }
            }
            Some(Value::String(s)) => raw.push(s.clone()),
            Some(Value::Number(n)) => raw.push(n.to_string()),
            Some(_) => self.warn(field, "not a list of codes, ignored"),
        }
        let mut codes = Vec::new();
        for item in raw {
            for part in item.split([',', '，', '、', ' ', '\u{3000}', ';']) {
                let part = part.trim();
                if part.is_empty() {
                    continue;
                }
                let ascii: Option<String> = part
                    .chars()
                    .map(|c| match c {
                        '0'..='9' => Some(c),
                        // Full-width digits.
                        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
                        _ => None,
                    })
                    .collect();
                match ascii {
                    Some(digits) if digits.len() <= 3 => codes.push(format!("{digits:0>3}")),
                    _ => self.warn(field, &format!("{part:?} is not a 3-digit code, ignored")),
                }
            }
        }
        codes
    }

    fn area(&mut self, value: Option<&Value>) -> Result<Area, Problem> {
        let code = value.and_then(|a| a.get("areaCode"));
        let Some(code) = code.filter(|c| !c.is_null()) else {
            // Only a record that says so is national: a municipal record
            // that lost its code must not apply everywhere.
            let text = value
                .and_then(|a| a.get("areaText"))
                .and_then(Value::as_str);
            if text.map(str::trim) == Some("全国") {
                return Ok(Area::National);
            }
            return Err(self.skip(
                "area.areaCode",
                "missing (a national record says areaText 全国)",
            ));
        };
        let Some(text) = code.as_str() else {
            return Err(self.skip("area.areaCode", "must be text \"CODE;名称\""));
        };
        let (code, name) = text.split_once([';', '；']).unwrap_or((text, ""));
        let code = code.trim();
        if !is_local_government_code(code) {
            return Err(self.skip(
                "area.areaCode",
                "not a 6-digit 全国地方公共団体コード with a valid check digit",
            ));
        }
        let name = name.trim().to_owned();
        Ok(if &code[2..5] == "000" {
            Area::Prefecture {
                code: code.to_owned(),
                name,
            }
        } else {
            Area::Municipality {
                code: code.to_owned(),
                name,
            }
        })
    }

    fn target(&mut self, value: Option<&Value>) -> Result<Target, Problem> {
        let Some(t) = value.filter(|v| !v.is_null()) else {
            return Ok(Target::default());
        };
        let mut target = Target {
            persons: self.text(t, "targetPersons", "target.targetPersons"),
            conditions: self.text(t, "conditions", "target.conditions"),
            ..Target::default()
        };
        for (key, slot) in [
            ("greaterThanOrEqualTo", &mut target.greater_than_or_equal_to),
            ("greaterThan", &mut target.greater_than),
            ("lessThan", &mut target.less_than),
            ("lessThanOrEqualTo", &mut target.less_than_or_equal_to),
        ] {
            if let Some(bound) = t.get(key).filter(|v| !v.is_null()) {
                *slot = Some(self.age_bound(bound, &format!("target.{key}"))?);
            }
        }
        Ok(target)
    }

    fn age_bound(&mut self, value: &Value, field: &str) -> Result<AgeBound, Problem> {
        let part = |key: &str| -> Result<u32, Problem> {
            let at = format!("{field}.{key}");
            match value.get(key) {
                None | Some(Value::Null) => Ok(0),
                Some(Value::Number(n)) => n
                    .as_u64()
                    .filter(|n| *n <= 150)
                    .map(|n| n as u32)
                    .ok_or_else(|| self.skip(&at, "must be a whole number of years or months")),
                Some(Value::String(s)) if s.trim().is_empty() => Ok(0),
                Some(Value::String(s)) => s
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n <= 150)
                    .ok_or_else(|| self.skip(&at, "must be a whole number of years or months")),
                Some(_) => Err(self.skip(&at, "must be a whole number of years or months")),
            }
        };
        if !value.is_object() {
            return Err(self.skip(field, "must be {targetAge, targetAgeOfMonths}"));
        }
        let years = part("targetAge")?;
        let months = part("targetAgeOfMonths")?;
        Ok(AgeBound {
            months: years * 12 + months,
        })
    }
}

/// A date as the registry writes it: `2024-04-01`, `2024/04/01` (also
/// `2024/4/1`), or `20240401`.
pub fn parse_registry_date(text: &str) -> Option<Date> {
    let t = text.trim();
    if let Ok(d) = Date::parse_from_str(t, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(d) = Date::parse_from_str(t, "%Y/%m/%d") {
        return Some(d);
    }
    if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
        return Date::parse_from_str(t, "%Y%m%d").ok();
    }
    None
}

/// Whether `code` looks like a 6-digit 全国地方公共団体コード: six ASCII
/// digits, the last being the check digit of the first five (総務省's
/// weights 6, 5, 4, 3, 2 and 11 − the remainder modulo 11). When the
/// remainder is 0 or 1 the check digit is not checked: how those two cases
/// are written could not be confirmed from a source here.
pub fn is_local_government_code(code: &str) -> bool {
    let b = code.as_bytes();
    if b.len() != 6 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = b[..5]
        .iter()
        .zip([6, 5, 4, 3, 2])
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    match sum % 11 {
        0 | 1 => true,
        r => u32::from(b[5] - b'0') == 11 - r,
    }
}
