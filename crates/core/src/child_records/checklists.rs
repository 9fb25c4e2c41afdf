//! The guardian record (保護者の記録) of each page of the handbook form,
//! kept as data in `assets/checkups/checklists-jp.json` and checked when
//! first used: every item names a known form page ([`FormPage`]), the
//! source its wording was taken from and where in it, and whether that
//! wording was verified against the current form (an unverified item must
//! say why in a note); ids are unique, each has an answer type and a Fluent
//! message id; every page of the form is listed, and a page without items
//! says why. Each page is also the checkup record of its age
//! (`child_records::ChildCheckup` is this type), so a parent answers every
//! page. That the messages exist in every
//! language is checked by [`Checklists::check_messages`] (the i18n crate's
//! tests call it; core knows no Fluent).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The data file, as named in errors.
pub const CHECKLIST_FILE: &str = "assets/checkups/checklists-jp.json";
const CHECKLIST_TEXT: &str = include_str!("../../../../assets/checkups/checklists-jp.json");

crate::by_name::choices! {
    /// How a question is answered.
    pub enum AnswerType: serde {
        /// はい / いいえ.
        YesNo = "yes-no",
        /// はい / いいえ, and the day it first happened (「…したのはいつですか」).
        YesNoDate = "yes-no-date",
    }
}

crate::by_name::choices! {
    /// A page of 保護者の記録 in the handbook form (様式第3号), by age; also the
    /// checkup record of that age (`child_records::ChildCheckup`). Its id is
    /// stable, as in the data file (the checkup's id where there is one).
    #[derive(PartialOrd, Ord)]
    pub enum FormPage: serde {
        /// 2週間頃.
        Week2 = "w2",
        /// 1か月頃.
        Month1 = "m1",
        /// 2か月頃.
        Month2 = "m2",
        /// 3〜4か月頃.
        Months3To4 = "m3-4",
        /// 6〜7か月頃.
        Months6To7 = "m6-7",
        /// 9〜10か月頃.
        Months9To10 = "m9-10",
        /// 1歳の頃.
        Year1 = "y1",
        /// 1歳6か月の頃.
        Year1Month6 = "y1-6",
        /// 2歳の頃.
        Year2 = "y2",
        /// 3歳の頃.
        Year3 = "y3",
        /// 4歳の頃.
        Year4 = "y4",
        /// 5歳の頃.
        Year5 = "y5",
        /// 6歳の頃.
        Year6 = "y6",
    }
}

impl FormPage {
    /// Fluent id of the checkup record's name (`locales/*/checkups.ftl`).
    pub fn message_id(self) -> String {
        format!("checkup-{}", self.as_str())
    }

    /// Fluent id of the page's name in the form, e.g. 3〜4か月頃
    /// (`locales/*/checkups.ftl`).
    pub fn page_message_id(self) -> String {
        format!("checklist-page-{}", self.as_str())
    }

    /// The same checkup in the schedule's rules
    /// (`assets/schedules/checkups-jp.json`); `None` for the pages the
    /// schedule has no checkup for (2週間, 2か月, 1歳, 2歳, 4歳, 6歳).
    pub fn schedule_id(self) -> Option<&'static str> {
        match self {
            FormPage::Month1 => Some("child-1m"),
            FormPage::Months3To4 => Some("child-3-4m"),
            FormPage::Months6To7 => Some("child-6-7m"),
            FormPage::Months9To10 => Some("child-9-10m"),
            FormPage::Year1Month6 => Some("child-1y6m"),
            FormPage::Year3 => Some("child-3y"),
            FormPage::Year5 => Some("child-5y"),
            FormPage::Week2
            | FormPage::Month2
            | FormPage::Year1
            | FormPage::Year2
            | FormPage::Year4
            | FormPage::Year6 => None,
        }
    }
}

/// One question of a page of the guardian record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    /// Stable id, stored with the answers.
    pub id: String,
    /// The form page it belongs to (the checkup record that asks it).
    pub page: FormPage,
    pub answer: AnswerType,
    /// Fluent id of the question (`locales/*/checkups.ftl`).
    pub message: String,
    /// Key of the source the wording was taken from (`sources` in the file).
    pub source: String,
    /// Where in that source (its page, screen or section).
    pub source_page: String,
    /// Whether the wording and answer type were checked against a
    /// transcription of the current form.
    pub verified: bool,
    /// Why an item is unverified, or anything else to know about it.
    pub note: Option<String>,
}

/// Where wording was taken from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistSource {
    /// What it is.
    pub title: String,
    /// Where it is (repository and commit, or address).
    pub location: String,
    /// Which version of the form it shows.
    pub form: String,
}

/// A page of the form as the data describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageInfo {
    pub page: FormPage,
    /// Its heading in the form, e.g. 「保護者の記録【2週間頃】」.
    pub title: String,
    /// What is known or missing about it.
    pub note: Option<String>,
}

/// Every checklist question, in the file's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checklists {
    /// Where the questions come from (Japanese).
    pub source: String,
    /// The sources items name, by key.
    pub sources: BTreeMap<String, ChecklistSource>,
    /// Every page of the form, in order.
    pub pages: Vec<PageInfo>,
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
    sources: BTreeMap<String, ChecklistSource>,
    pages: Vec<RawPage>,
    items: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPage {
    page: String,
    title: String,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: String,
    page: String,
    answer: String,
    message: String,
    source: String,
    source_page: String,
    verified: bool,
    #[serde(default)]
    note: Option<String>,
}

fn filled(s: &Option<String>) -> bool {
    s.as_deref().is_some_and(|s| !s.trim().is_empty())
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
        for (key, source) in &raw.sources {
            let at = |field: &str| format!("sources.{key}.{field}");
            for (field, value) in [
                ("title", &source.title),
                ("location", &source.location),
                ("form", &source.form),
            ] {
                if value.trim().is_empty() {
                    return Err(err(at(field), "must not be empty".into()));
                }
            }
        }
        let mut pages: Vec<PageInfo> = Vec::with_capacity(raw.pages.len());
        for (i, page) in raw.pages.into_iter().enumerate() {
            let at = |field: &str| format!("pages[{i}].{field}");
            let id = FormPage::parse(&page.page)
                .ok_or_else(|| err(at("page"), format!("unknown form page {:?}", page.page)))?;
            if pages.iter().any(|p| p.page == id) {
                return Err(err(
                    at("page"),
                    format!("page {:?} listed twice", page.page),
                ));
            }
            if page.title.trim().is_empty() {
                return Err(err(at("title"), "must not be empty".into()));
            }
            pages.push(PageInfo {
                page: id,
                title: page.title,
                note: page.note.filter(|n| !n.trim().is_empty()),
            });
        }
        if let Some(missing) = FormPage::ALL
            .into_iter()
            .find(|p| !pages.iter().any(|i| i.page == *p))
        {
            return Err(err(
                "pages".into(),
                format!("form page {:?} is not listed", missing.as_str()),
            ));
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
            let page = FormPage::parse(&item.page)
                .ok_or_else(|| err(at("page"), format!("unknown form page {:?}", item.page)))?;
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
            if !raw.sources.contains_key(&item.source) {
                return Err(err(
                    at("source"),
                    format!("unknown source {:?} (not in sources)", item.source),
                ));
            }
            if item.source_page.trim().is_empty() {
                return Err(err(at("source_page"), "name the page of the source".into()));
            }
            if !item.verified && !filled(&item.note) {
                return Err(err(
                    at("note"),
                    "an unverified item must say why in a note".into(),
                ));
            }
            items.push(ChecklistItem {
                id: item.id,
                page,
                answer,
                message: item.message,
                source: item.source,
                source_page: item.source_page,
                verified: item.verified,
                note: item.note.filter(|n| !n.trim().is_empty()),
            });
        }
        for page in &pages {
            if page.note.is_none() && !items.iter().any(|i| i.page == page.page) {
                return Err(err(
                    "pages".into(),
                    format!(
                        "form page {:?} has no question and no note saying why",
                        page.page.as_str()
                    ),
                ));
            }
        }
        Ok(Checklists {
            source: raw.source,
            sources: raw.sources,
            pages,
            items,
            by_id,
        })
    }

    /// Every question, in the file's order.
    pub fn items(&self) -> &[ChecklistItem] {
        &self.items
    }

    /// The questions of one form page (one checkup record's), in the
    /// file's order.
    pub fn for_page(&self, page: FormPage) -> impl Iterator<Item = &ChecklistItem> {
        self.items.iter().filter(move |i| i.page == page)
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
    fn the_embedded_checklists_load_and_cover_every_page_and_checkup() {
        let lists = checklists().unwrap();
        assert!(lists.source.contains("省令様式"), "{}", lists.source);
        assert!(lists.source.contains("令和6年内閣府令第118号"));
        assert_eq!(
            lists.pages.iter().map(|p| p.page).collect::<Vec<_>>(),
            FormPage::ALL
        );
        // Every checkup the schedule has asks at least three questions.
        for checkup in FormPage::ALL
            .into_iter()
            .filter(|c| c.schedule_id().is_some())
        {
            let items: Vec<_> = lists.for_page(checkup).collect();
            assert!(items.len() >= 3, "{checkup:?}");
        }
        for page in FormPage::ALL {
            for item in lists.for_page(page) {
                assert!(
                    item.id.starts_with(&format!("{}-", page.as_str())),
                    "{}",
                    item.id
                );
                assert!(lists.sources.contains_key(&item.source));
            }
        }
        // The pages added in 2023 are there, from a transcription of that form.
        for page in [FormPage::Week2, FormPage::Month2] {
            let items: Vec<_> = lists.for_page(page).collect();
            assert!(items.len() >= 4, "{page:?}");
            assert!(items.iter().all(|i| i.verified && i.page == page));
        }
        // No source was reachable for 4歳: nothing is listed, and the page says so.
        assert_eq!(lists.for_page(FormPage::Year4).count(), 0);
        let y4 = lists
            .pages
            .iter()
            .find(|p| p.page == FormPage::Year4)
            .unwrap();
        assert!(y4
            .note
            .as_deref()
            .is_some_and(|n| n.contains("No reachable source")));
        // Every unverified item says why.
        assert!(lists
            .items()
            .iter()
            .all(|i| i.verified || i.note.as_deref().is_some_and(|n| !n.is_empty())));
        // The questions that ask "when" (「…したのはいつですか」).
        let dated: Vec<&str> = lists
            .items()
            .iter()
            .filter(|i| i.answer == AnswerType::YesNoDate)
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(
            dated,
            [
                "m3-4-head-steady",
                "m6-7-rolls-over",
                "m6-7-sits",
                "m9-10-crawls",
                "m9-10-pulls-to-stand",
                "y1-cruises",
                "y1-6-walks"
            ]
        );
        // Ids answers may be stored under are all still there.
        for id in [
            "m1-moves-limbs",
            "m1-feeds-well",
            "m1-startles",
            "m1-navel-dry",
            "m3-4-smiles",
            "m3-4-turns-to-voice",
            "m6-7-reaches",
            "m6-7-voice",
            "m6-7-looks-at-sound",
            "m9-10-pinches",
            "m9-10-plays-alone",
            "m9-10-turns-when-called",
            "y1-6-words",
            "y1-6-cup",
            "y1-6-turns-when-called",
            "y1-6-finishing-brush",
            "y3-stairs",
            "y3-circle",
            "y3-dressing",
            "y3-own-name",
            "y3-finishing-brush",
            "y3-playmates",
            "y5-somersault",
            "y5-draws-from-memory",
            "y5-colours",
            "y5-clear-speech",
        ] {
            assert!(lists.item(id).is_some(), "{id}");
        }
        assert_eq!(
            lists.item("m1-moves-limbs").map(|i| i.page),
            Some(FormPage::Month1)
        );
        assert_eq!(
            lists.item("y6-breakfast").map(|i| i.page),
            Some(FormPage::Year6)
        );
        assert!(lists.item("nope").is_none());
    }

    const SOURCES: &str = r#""sources": {"s": {"title": "t", "location": "l", "form": "f"}}"#;

    fn pages() -> String {
        let all: Vec<String> = FormPage::ALL
            .iter()
            .map(|p| format!(r#"{{"page": "{}", "title": "t", "note": "n"}}"#, p.as_str()))
            .collect();
        format!(r#""pages": [{}]"#, all.join(","))
    }

    fn item(id: &str, page: &str) -> String {
        format!(
            r#"{{"id": "{id}", "page": "{page}", "answer": "yes-no", "message": "checklist-{id}", "source": "s", "source_page": "p", "verified": true}}"#
        )
    }

    fn parse(items: &str) -> Result<Checklists, ChecklistError> {
        let all: Vec<String> = FormPage::ALL
            .iter()
            .filter(|c| c.schedule_id().is_some())
            .map(|c| item(&format!("{}-x", c.as_str()), c.as_str()))
            .collect();
        let text = format!(
            r#"{{"source": "test", {SOURCES}, {}, "items": [{}{items}]}}"#,
            pages(),
            all.join(",")
        );
        Checklists::parse("test.json", &text)
    }

    #[test]
    fn bad_data_is_refused_naming_file_and_field() {
        assert!(parse("").is_ok());
        assert!(parse(&format!(",{}", item("w2-a", "w2"))).is_ok());
        let e = parse(&format!(",{}", item("a", "m4"))).unwrap_err();
        assert_eq!(
            (e.file.as_str(), e.field.as_str()),
            ("test.json", "items[7].page")
        );
        assert!(e.to_string().contains("unknown form page \"m4\""), "{e}");
        let e = parse(&format!(",{}", item("m1-x", "m1"))).unwrap_err();
        assert_eq!(e.field, "items[7].id");
        assert!(e.message.contains("duplicate"), "{e}");
        let e = parse(&format!(",{}", item("a", "m1")).replace("yes-no", "maybe")).unwrap_err();
        assert_eq!(e.field, "items[7].answer");
        let e = parse(&format!(",{}", item("a", "m1")).replace("checklist-a", "")).unwrap_err();
        assert_eq!(e.field, "items[7].message");
        let e = parse(&format!(",{}", item("a", "m1")).replace("\"s\"", "\"nope\"")).unwrap_err();
        assert_eq!(e.field, "items[7].source");
        assert!(e.message.contains("unknown source"), "{e}");
        let e = parse(&format!(",{}", item("a", "m1")).replace("\"p\"", "\" \"")).unwrap_err();
        assert_eq!(e.field, "items[7].source_page");
        // Unverified needs a note saying why.
        let unverified = format!(",{}", item("a", "m1")).replace("true", "false");
        let e = parse(&unverified).unwrap_err();
        assert_eq!(e.field, "items[7].note");
        assert!(e.message.contains("unverified"), "{e}");
        let noted = unverified.replace("false}", r#"false, "note": "why"}"#);
        assert!(parse(&noted).is_ok(), "{noted}");
        // `verified` must be said, not defaulted.
        let e = parse(&format!(",{}", item("a", "m1")).replace(r#", "verified": true"#, ""))
            .unwrap_err();
        assert_eq!(e.field, "(file)");
        assert!(e.message.contains("verified"), "{e}");
        let e = parse(&format!(",{}", item("a", "m1")).replace("\"source_page\": \"p\", ", ""))
            .unwrap_err();
        assert_eq!(e.field, "(file)");
        assert!(e.message.contains("source_page"), "{e}");
        // A page missing from `pages`, or a page with no item and no note.
        let text = |pages: &str| {
            format!(
                r#"{{"source": "x", {SOURCES}, {pages}, "items": [{}]}}"#,
                item("m1-x", "m1")
            )
        };
        let e = Checklists::parse("t.json", &text(r#""pages": []"#)).unwrap_err();
        assert_eq!(e.field, "pages");
        assert!(e.message.contains("\"w2\" is not listed"), "{e}");
        let silent = pages().replacen(r#", "note": "n""#, "", 1);
        let e = Checklists::parse("t.json", &text(&silent)).unwrap_err();
        assert_eq!(e.field, "pages");
        assert!(e.message.contains("\"w2\" has no question"), "{e}");
        // A page may have no question when it says why (4歳 today).
        assert!(Checklists::parse("t.json", &text(&pages())).is_ok());
        // A source with an empty field.
        let e = Checklists::parse(
            "t.json",
            &format!(
                r#"{{"source": "x", "sources": {{"s": {{"title": "", "location": "l", "form": "f"}}}}, {}, "items": []}}"#,
                pages()
            ),
        )
        .unwrap_err();
        assert_eq!(e.field, "sources.s.title");
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
