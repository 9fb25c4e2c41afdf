//! A small reader over `serde_json::Value` that knows where it is, so every
//! error names the file and the field path (`vaccines[3].doses[1].dose`).

use super::RuleError;
use crate::Date;
use serde_json::{Map, Value};

/// Where a value sits in a rule file.
#[derive(Debug, Clone)]
pub(crate) struct At<'f> {
    pub file: &'f str,
    pub path: String,
}

pub(crate) type Obj = Map<String, Value>;

impl<'f> At<'f> {
    pub fn root(file: &'f str) -> Self {
        At {
            file,
            path: String::new(),
        }
    }

    pub fn key(&self, key: &str) -> At<'f> {
        let path = if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        };
        At {
            file: self.file,
            path,
        }
    }

    pub fn index(&self, i: usize) -> At<'f> {
        At {
            file: self.file,
            path: format!("{}[{i}]", self.path),
        }
    }

    pub fn err(&self, message: impl Into<String>) -> RuleError {
        RuleError {
            file: self.file.to_owned(),
            field: if self.path.is_empty() {
                "(top level)".to_owned()
            } else {
                self.path.clone()
            },
            message: message.into(),
        }
    }

    /// `value` as an object whose keys are all in `allowed`.
    pub fn object<'v>(&self, value: &'v Value, allowed: &[&str]) -> Result<&'v Obj, RuleError> {
        let map = value
            .as_object()
            .ok_or_else(|| self.err("must be an object"))?;
        if let Some(unknown) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
            return Err(self.key(unknown).err("unknown field"));
        }
        Ok(map)
    }

    pub fn array<'v>(&self, value: &'v Value) -> Result<&'v [Value], RuleError> {
        value
            .as_array()
            .map(Vec::as_slice)
            .ok_or_else(|| self.err("must be an array"))
    }

    pub fn string<'v>(&self, value: &'v Value) -> Result<&'v str, RuleError> {
        match value.as_str() {
            Some("") => Err(self.err("must not be empty")),
            Some(s) => Ok(s),
            None => Err(self.err("must be a string")),
        }
    }

    pub fn boolean(&self, value: &Value) -> Result<bool, RuleError> {
        value
            .as_bool()
            .ok_or_else(|| self.err("must be true or false"))
    }

    /// A whole number in `0..=max`.
    pub fn uint(&self, value: &Value, max: u64) -> Result<u64, RuleError> {
        let n = value
            .as_u64()
            .ok_or_else(|| self.err("must be a whole number ≥ 0"))?;
        if n > max {
            return Err(self.err(format!("must be ≤ {max}")));
        }
        Ok(n)
    }

    pub fn date(&self, value: &Value) -> Result<Date, RuleError> {
        self.string(value)?
            .parse()
            .map_err(|_| self.err("must be a date YYYY-MM-DD"))
    }
}

/// The field `key` of `map`, or an error naming it.
pub(crate) fn required<'v>(map: &'v Obj, at: &At<'_>, key: &str) -> Result<&'v Value, RuleError> {
    map.get(key).ok_or_else(|| at.key(key).err("missing"))
}

/// An identifier: lowercase ASCII letters, digits and '-'.
pub(crate) fn identifier(at: &At<'_>, value: &Value) -> Result<String, RuleError> {
    let s = at.string(value)?;
    if s.starts_with('-')
        || !s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(at.err("must use only a-z, 0-9 and '-'"));
    }
    Ok(s.to_owned())
}

/// A Fluent message id of the schedule's family (`schedule-…`).
pub(crate) fn message_id(at: &At<'_>, value: &Value) -> Result<String, RuleError> {
    let id = identifier(at, value)?;
    if !id.starts_with("schedule-") {
        return Err(at.err("must be a message id starting with \"schedule-\""));
    }
    Ok(id)
}

/// The optional free-text `note` of an object.
pub(crate) fn note(map: &Obj, at: &At<'_>) -> Result<Option<String>, RuleError> {
    map.get("note")
        .map(|v| at.key("note").string(v).map(str::to_owned))
        .transpose()
}

/// An optional boolean with a default.
pub(crate) fn flag(map: &Obj, at: &At<'_>, key: &str, default: bool) -> Result<bool, RuleError> {
    map.get(key)
        .map(|v| at.key(key).boolean(v))
        .transpose()
        .map(|b| b.unwrap_or(default))
}
