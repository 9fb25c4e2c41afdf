//! The guardian checklist (保護者の記録) of each child checkup, kept as data
//! in `assets/checkups/checklists-jp.json` (source named there) and checked
//! when first used: every item names a known checkup, ids are unique, each
//! has an answer type and a Fluent message id. That the messages exist in
//! every language is checked by [`Checklists::check_messages`] (the i18n
//! crate's tests call it; core knows no Fluent).

use super::ChildCheckup;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The data file, as named in errors.
pub const CHECKLIST_FILE: &str = "assets/checkups/checklists-jp.json";
const CHECKLIST_TEXT: &str = include_str!("../../../../assets/checkups/checklists-jp.json");

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerType {
    /// はい / いいえ.
    YesNo,
    /// はい / いいえ, and the day it first happened (「…したのはいつですか」).
    YesNoDate,
}

impl AnswerType {
    pub fn as_str(self) -> &'static str {
        match self {
            AnswerType::YesNo => "yes-no",
            AnswerType::YesNoDate => "yes-no-date",
        }
    }
}

/// One question of a checkup's checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    /// Stable id, stored with the answers.
    pub id: String,
    pub checkup: ChildCheckup,
    pub answer: AnswerType,
    /// Fluent id of the question (`locales/*/checkups.ftl`).
    pub message: String,
}

/// Every checklist question, in the file's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checklists {
    /// Where the questions come from (Japanese).
    pub source: String,
    items: Vec<ChecklistItem>,
    by_id: BTreeMap<String, usize>,
}

/// A problem with the checklist data, naming the file and the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {field}: {message}")]
pub struct ChecklistError {
    pub file: String,
    /// E.g. `items[3].checkup`.
    pub field: String,
    pub message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    source: String,
    #[allow(dead_code)]
    #[serde(default)]
    note: String,
    items: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: String,
    checkup: String,
    answer: String,
    message: String,
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 60
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

impl Checklists {
    /// Parses and checks checklist data; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Checklists, ChecklistError> {
        let err = |field: String, message: String| ChecklistError {
            file: file.to_owned(),
            field,
            message,
        };
        let raw: RawFile =
            serde_json::from_str(text).map_err(|e| err("(file)".into(), e.to_string()))?;
        if raw.source.trim().is_empty() {
            return Err(err("source".into(), "the source must be named".into()));
        }
        let mut items = Vec::with_capacity(raw.items.len());
        let mut by_id = BTreeMap::new();
        for (i, item) in raw.items.into_iter().enumerate() {
            let at = |field: &str| format!("items[{i}].{field}");
            if !is_id(&item.id) {
                return Err(err(
                    at("id"),
                    format!("{:?} is not an id (a-z, 0-9, -)", item.id),
                ));
            }
            if let Some(first) = by_id.insert(item.id.clone(), i) {
                return Err(err(
                    at("id"),
                    format!("duplicate item id {:?} (first at items[{first}])", item.id),
                ));
            }
            let checkup = ChildCheckup::parse(&item.checkup)
                .ok_or_else(|| err(at("checkup"), format!("unknown checkup {:?}", item.checkup)))?;
            let answer = [AnswerType::YesNo, AnswerType::YesNoDate]
                .into_iter()
                .find(|a| a.as_str() == item.answer)
                .ok_or_else(|| {
                    err(
                        at("answer"),
                        format!(
                            "unknown answer type {:?} (yes-no or yes-no-date)",
                            item.answer
                        ),
                    )
                })?;
            if !is_id(&item.message) {
                return Err(err(
                    at("message"),
                    format!("missing or malformed Fluent id {:?}", item.message),
                ));
            }
            items.push(ChecklistItem {
                id: item.id,
                checkup,
                answer,
                message: item.message,
            });
        }
        for checkup in ChildCheckup::ALL {
            if !items.iter().any(|i| i.checkup == checkup) {
                return Err(err(
                    "items".into(),
                    format!("no question for checkup {:?}", checkup.as_str()),
                ));
            }
        }
        Ok(Checklists {
            source: raw.source,
            items,
            by_id,
        })
    }

    /// Every question, in the file's order.
    pub fn items(&self) -> &[ChecklistItem] {
        &self.items
    }

    /// The questions of one checkup, in the file's order.
    pub fn for_checkup(&self, checkup: ChildCheckup) -> impl Iterator<Item = &ChecklistItem> {
        self.items.iter().filter(move |i| i.checkup == checkup)
    }

    pub fn item(&self, id: &str) -> Option<&ChecklistItem> {
        self.by_id.get(id).map(|&i| &self.items[i])
    }

    /// Checks that every question's message exists (`has_message` answers
    /// for one language); the error names the first item without one.
    pub fn check_messages(
        &self,
        file: &str,
        has_message: impl Fn(&str) -> bool,
    ) -> Result<(), ChecklistError> {
        match self.items.iter().position(|i| !has_message(&i.message)) {
            None => Ok(()),
            Some(i) => Err(ChecklistError {
                file: file.to_owned(),
                field: format!("items[{i}].message"),
                message: format!("no Fluent message {:?}", self.items[i].message),
            }),
        }
    }
}

/// The embedded checklists, parsed and checked on first use.
pub fn checklists() -> Result<&'static Checklists, ChecklistError> {
    static LISTS: OnceLock<Result<Checklists, ChecklistError>> = OnceLock::new();
    LISTS
        .get_or_init(|| Checklists::parse(CHECKLIST_FILE, CHECKLIST_TEXT))
        .as_ref()
        .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_checklists_load_and_cover_every_checkup() {
        let lists = checklists().unwrap();
        assert!(lists.source.contains("省令様式"), "{}", lists.source);
        assert!(lists.source.contains("こども家庭庁"));
        for checkup in ChildCheckup::ALL {
            let items: Vec<_> = lists.for_checkup(checkup).collect();
            assert!(items.len() >= 3, "{checkup:?}");
            assert!(items.iter().all(|i| i.id.starts_with(checkup.as_str())));
        }
        // The questions that ask "when".
        let dated: Vec<&str> = lists
            .items()
            .iter()
            .filter(|i| i.answer == AnswerType::YesNoDate)
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(dated, ["m3-4-head-steady", "m6-7-sits", "y1-6-walks"]);
        assert_eq!(
            lists.item("m1-moves-limbs").map(|i| i.checkup),
            Some(ChildCheckup::Month1)
        );
        assert!(lists.item("nope").is_none());
    }

    fn parse(items: &str) -> Result<Checklists, ChecklistError> {
        let all: Vec<String> = ChildCheckup::ALL
            .iter()
            .map(|c| {
                format!(
                    r#"{{"id": "{0}-x", "checkup": "{0}", "answer": "yes-no", "message": "checklist-{0}-x"}}"#,
                    c.as_str()
                )
            })
            .collect();
        let text = format!(
            r#"{{"source": "test", "items": [{}{items}]}}"#,
            all.join(",")
        );
        Checklists::parse("test.json", &text)
    }

    #[test]
    fn bad_data_is_refused_naming_file_and_field() {
        assert!(parse("").is_ok());
        let e = parse(r#",{"id": "a", "checkup": "m2", "answer": "yes-no", "message": "m"}"#)
            .unwrap_err();
        assert_eq!(
            (e.file.as_str(), e.field.as_str()),
            ("test.json", "items[7].checkup")
        );
        assert!(e.to_string().contains("unknown checkup \"m2\""), "{e}");
        let e = parse(r#",{"id": "m1-x", "checkup": "m1", "answer": "yes-no", "message": "m"}"#)
            .unwrap_err();
        assert_eq!(e.field, "items[7].id");
        assert!(e.message.contains("duplicate"), "{e}");
        let e = parse(r#",{"id": "a", "checkup": "m1", "answer": "maybe", "message": "m"}"#)
            .unwrap_err();
        assert_eq!(e.field, "items[7].answer");
        let e = parse(r#",{"id": "a", "checkup": "m1", "answer": "yes-no", "message": ""}"#)
            .unwrap_err();
        assert_eq!(e.field, "items[7].message");
        let e = parse(r#",{"id": "a", "checkup": "m1", "answer": "yes-no"}"#).unwrap_err();
        assert_eq!(e.field, "(file)");
        assert!(e.message.contains("message"), "{e}");
        let e = Checklists::parse("t.json", r#"{"source": "x", "items": []}"#).unwrap_err();
        assert_eq!(e.field, "items");
        // A message that no language has.
        let lists = parse("").unwrap();
        let e = lists
            .check_messages("x.json", |id| id != "checklist-m6-7-x")
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.json: items[2].message: no Fluent message \"checklist-m6-7-x\""
        );
        assert!(lists.check_messages("x.json", |_| true).is_ok());
    }
}
