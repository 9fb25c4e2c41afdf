//! Official data from the portal (Mynaportal-style PMH data): the item types
//! of each category, their checks, and the merge rule that decides what an
//! official vaccination does to a child's handbook.
//!
//! Pure: the sync client parses a verified page into [`OfficialItem`]s with
//! [`OfficialItem::parse`], the store applies them. No item ever carries an
//! individual number (マイナンバー): an item with a field of that name is
//! refused, whatever its value. An item may leave out any `Option` field
//! (serde reads a missing one as `None`).

use crate::model::RecordId;
use crate::records::{Record, RecordData, RecordInput, Vaccination};
use crate::{ChildInput, Date, NewChild};
use serde::{Deserialize, Serialize};

pub mod nursery;
mod questionnaire;
pub use nursery::NurseryDecision;
pub use questionnaire::{
    Questionnaire, QuestionnaireInput, QUESTIONNAIRE_DAYS_AHEAD, QUESTIONNAIRE_QUESTIONS,
    TEMPERATURE_C,
};

crate::by_name::choices! {
    /// The data categories of the portal, each a separate consent scope, in the
    /// order they are synced (children first: the others refer to them). Its
    /// id is the endpoint's path segment, the consent scope and the stored
    /// name; its message, its name on the consent screen.
    pub enum Category: serde messages "portal-category-" {
        Children = "children",
        Vaccinations = "vaccinations",
        Checkups = "checkups",
        Certificates = "certificates",
        Benefits = "benefits",
        Notices = "notices",
        /// Nursery applications and their decision (内定 / 保留).
        Nursery = "nursery",
    }
}

/// The write scope for pre-visit questionnaires (予診票) sent through the outbox.
pub const QUESTIONNAIRE_SCOPE: &str = "questionnaires";

/// Longest portal id accepted (ids are opaque strings).
pub const MAX_ID_LEN: usize = 200;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfficialChild {
    pub id: String,
    pub name: String,
    pub name_kana: Option<String>,
    pub birth_date: Date,
    pub sex: Option<crate::growth::Sex>,
    pub birth_weight_g: Option<u32>,
    pub gestation_weeks: Option<u8>,
    pub gestation_days: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfficialVaccination {
    pub id: String,
    pub child_id: String,
    pub vaccine_id: String,
    pub dose: u8,
    pub date: Date,
    pub lot: Option<String>,
    pub facility: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Subject {
    Mother,
    Child,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfficialCheckup {
    pub id: String,
    pub subject: Subject,
    pub child_id: Option<String>,
    pub kind: String,
    pub date: Date,
    pub gestation_weeks: Option<u8>,
    pub weight_kg: Option<f64>,
    pub weight_g: Option<u32>,
    pub length_cm: Option<f64>,
    pub head_cm: Option<f64>,
    pub chest_cm: Option<f64>,
    pub blood_pressure: Option<String>,
    pub epds_total: Option<u8>,
    pub vision: Option<String>,
    pub hearing: Option<String>,
    pub findings: Option<String>,
    pub facility: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CopayLimit {
    pub per_visit_yen: Option<u32>,
    pub monthly_yen: Option<u32>,
    pub note: Option<String>,
}

/// A medical-subsidy certificate (受給者証).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Certificate {
    pub id: String,
    pub child_id: Option<String>,
    pub certificate_name: String,
    /// 公費負担者番号 (8 digits).
    pub public_payer_number: String,
    /// 受給者番号 (7 digits).
    pub recipient_number: String,
    pub valid_from: Date,
    pub valid_to: Date,
    pub copay_limit: CopayLimit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BenefitStatus {
    Submitted,
    UnderReview,
    Returned,
    Approved,
    Paid,
    Rejected,
}

impl BenefitStatus {
    pub fn message_id(self) -> &'static str {
        match self {
            BenefitStatus::Submitted => "portal-benefit-submitted",
            BenefitStatus::UnderReview => "portal-benefit-under-review",
            BenefitStatus::Returned => "portal-benefit-returned",
            BenefitStatus::Approved => "portal-benefit-approved",
            BenefitStatus::Paid => "portal-benefit-paid",
            BenefitStatus::Rejected => "portal-benefit-rejected",
        }
    }
}

/// A benefit application and its status (018サポート, 児童手当, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Benefit {
    pub id: String,
    pub program: String,
    pub program_name: String,
    pub applied_on: Date,
    pub status: BenefitStatus,
    pub status_updated_on: Option<Date>,
    pub amount_yen: Option<u32>,
    pub note: Option<String>,
    /// The date by which the parent must act (apply, or answer a return).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// The next payment, when the office has set it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_payment_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_payment_yen: Option<u32>,
}

/// A municipal notice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notice {
    pub id: String,
    pub municipality: String,
    pub published_on: Date,
    pub title: String,
    pub body: String,
    pub url: Option<String>,
}

/// One official item, typed by its category.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "category", content = "item", rename_all = "kebab-case")]
pub enum OfficialItem {
    Children(OfficialChild),
    Vaccinations(OfficialVaccination),
    Checkups(OfficialCheckup),
    Certificates(Certificate),
    Benefits(Benefit),
    Notices(Notice),
    Nursery(NurseryDecision),
}

/// Why an item of a page was refused (the whole page is then refused).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ItemError {
    #[error("item {index}: {detail}")]
    Schema { index: usize, detail: String },
    #[error("item {index} carries an individual number field ({field}); refused")]
    IndividualNumber { index: usize, field: String },
    #[error("item {id:?}: {detail}")]
    Invalid { id: String, detail: String },
}

/// Field names that would hold an individual number (マイナンバー / 個人番号).
fn is_individual_number_field(name: &str) -> bool {
    let n: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    n.contains("mynumber")
        || n.contains("individualnumber")
        || n.contains("kojinbango")
        || name.contains("マイナンバー")
        || name.contains("個人番号")
}

fn find_individual_number(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Object(map) => map.iter().find_map(|(k, v)| {
            if is_individual_number_field(k) {
                Some(k.clone())
            } else {
                find_individual_number(v)
            }
        }),
        serde_json::Value::Array(items) => items.iter().find_map(find_individual_number),
        _ => None,
    }
}

fn check_id(id: &str) -> Result<(), String> {
    if id.is_empty() || id.len() > MAX_ID_LEN || id.chars().any(char::is_control) {
        Err(format!(
            "id {id:?} is empty, too long or has control characters"
        ))
    } else {
        Ok(())
    }
}

fn digits(s: &str, n: usize) -> bool {
    s.len() == n && s.bytes().all(|b| b.is_ascii_digit())
}

impl OfficialItem {
    /// Parses and checks item number `index` of a page of `category`.
    pub fn parse(
        category: Category,
        index: usize,
        value: &serde_json::Value,
    ) -> Result<OfficialItem, ItemError> {
        if let Some(field) = find_individual_number(value) {
            return Err(ItemError::IndividualNumber { index, field });
        }
        fn typed<T: serde::de::DeserializeOwned>(
            index: usize,
            value: &serde_json::Value,
        ) -> Result<T, ItemError> {
            T::deserialize(value).map_err(|e| ItemError::Schema {
                index,
                detail: e.to_string(),
            })
        }
        let item = match category {
            Category::Children => OfficialItem::Children(typed(index, value)?),
            Category::Vaccinations => OfficialItem::Vaccinations(typed(index, value)?),
            Category::Checkups => OfficialItem::Checkups(typed(index, value)?),
            Category::Certificates => OfficialItem::Certificates(typed(index, value)?),
            Category::Benefits => OfficialItem::Benefits(typed(index, value)?),
            Category::Notices => OfficialItem::Notices(typed(index, value)?),
            Category::Nursery => OfficialItem::Nursery(typed(index, value)?),
        };
        let invalid = |detail: String| ItemError::Invalid {
            id: item.id().to_owned(),
            detail,
        };
        check_id(item.id()).map_err(invalid)?;
        match &item {
            OfficialItem::Vaccinations(v) => check_id(&v.child_id).map_err(invalid)?,
            OfficialItem::Checkups(c) => match (c.subject, &c.child_id) {
                (Subject::Child, None) => {
                    return Err(invalid("a child's checkup without child_id".into()))
                }
                (_, Some(id)) => check_id(id).map_err(invalid)?,
                _ => {}
            },
            OfficialItem::Certificates(c) => {
                if !digits(&c.public_payer_number, 8) || !digits(&c.recipient_number, 7) {
                    return Err(invalid(
                        "公費負担者番号 must be 8 digits and 受給者番号 7 digits".into(),
                    ));
                }
                if c.valid_to < c.valid_from {
                    return Err(invalid("valid_to is before valid_from".into()));
                }
            }
            OfficialItem::Nursery(n) => n.check().map_err(invalid)?,
            _ => {}
        }
        Ok(item)
    }

    pub fn category(&self) -> Category {
        match self {
            OfficialItem::Children(_) => Category::Children,
            OfficialItem::Vaccinations(_) => Category::Vaccinations,
            OfficialItem::Checkups(_) => Category::Checkups,
            OfficialItem::Certificates(_) => Category::Certificates,
            OfficialItem::Benefits(_) => Category::Benefits,
            OfficialItem::Notices(_) => Category::Notices,
            OfficialItem::Nursery(_) => Category::Nursery,
        }
    }

    /// The portal's id of the item (unique within its category).
    pub fn id(&self) -> &str {
        match self {
            OfficialItem::Children(c) => &c.id,
            OfficialItem::Vaccinations(v) => &v.id,
            OfficialItem::Checkups(c) => &c.id,
            OfficialItem::Certificates(c) => &c.id,
            OfficialItem::Benefits(b) => &b.id,
            OfficialItem::Notices(n) => &n.id,
            OfficialItem::Nursery(n) => &n.id,
        }
    }

    /// The portal child this item is about, if any.
    pub fn child_ref(&self) -> Option<&str> {
        match self {
            OfficialItem::Children(c) => Some(&c.id),
            OfficialItem::Vaccinations(v) => Some(&v.child_id),
            OfficialItem::Checkups(c) => c.child_id.as_deref(),
            OfficialItem::Certificates(c) => c.child_id.as_deref(),
            OfficialItem::Benefits(_) | OfficialItem::Notices(_) | OfficialItem::Nursery(_) => None,
        }
    }

    /// The date shown with the item and used to order lists.
    pub fn date(&self) -> Date {
        match self {
            OfficialItem::Children(c) => c.birth_date,
            OfficialItem::Vaccinations(v) => v.date,
            OfficialItem::Checkups(c) => c.date,
            OfficialItem::Certificates(c) => c.valid_from,
            OfficialItem::Benefits(b) => b.status_updated_on.unwrap_or(b.applied_on),
            OfficialItem::Notices(n) => n.published_on,
            OfficialItem::Nursery(n) => n.decided_on.unwrap_or(n.applied_on),
        }
    }
}

impl OfficialChild {
    /// The child as the handbook would add it (same checks as the form).
    pub fn to_new_child(&self, today: Date) -> Result<NewChild, ItemError> {
        ChildInput {
            name: self.name.clone(),
            birth_date: self.birth_date.format("%Y-%m-%d").to_string(),
            sex: self.sex.map(|s| s.id().to_owned()).unwrap_or_default(),
        }
        .validate(today)
        .map_err(|e| ItemError::Invalid {
            id: self.id.clone(),
            detail: format!("child: {e:?}"),
        })
    }

    /// Whether a child of the handbook is this child: same birth date and the
    /// same name once spaces (full- or half-width) are ignored.
    pub fn is_same_child(&self, name: &str, birth_date: Date) -> bool {
        fn squash(s: &str) -> String {
            s.chars().filter(|c| !c.is_whitespace()).collect()
        }
        self.birth_date == birth_date && squash(&self.name) == squash(name)
    }
}

/// Which of the handbook's children a portal child is. `unclaimed` are the
/// handbook's children born the same day and not yet linked to another
/// portal child; `portal_same_day` is how many children the portal sends
/// with that birth date. The same name (spaces ignored) decides; failing
/// that, when there is exactly one such child on each side, it is the same
/// child under another name (a parent often writes a nickname). Twins with
/// other names than the portal's stay apart (a new child is made).
pub fn match_child(
    official: &OfficialChild,
    unclaimed: &[(RecordId, String)],
    portal_same_day: usize,
) -> Option<RecordId> {
    let born_that_day: Vec<_> = unclaimed
        .iter()
        .filter(|(_, name)| !name.is_empty())
        .collect();
    if let Some((id, _)) = born_that_day
        .iter()
        .find(|(_, name)| official.is_same_child(name, official.birth_date))
    {
        return Some(*id);
    }
    match (born_that_day.as_slice(), portal_same_day) {
        ([(id, _)], 1) => Some(*id),
        _ => None,
    }
}

impl OfficialVaccination {
    /// The record the handbook keeps for it, checked like the form checks
    /// the parent's own entries.
    pub fn to_record_data(&self, birth: Date, today: Date) -> Result<RecordData, ItemError> {
        RecordInput::Vaccination {
            vaccine: self.vaccine_id.clone(),
            dose: self.dose.to_string(),
            date: self.date.format("%Y-%m-%d").to_string(),
            manufacturer: String::new(),
            lot: self.lot.clone().unwrap_or_default(),
            facility: self.facility.clone().unwrap_or_default(),
            funding: String::new(),
        }
        .validate(birth, today)
        .map_err(|e| ItemError::Invalid {
            id: self.id.clone(),
            detail: format!("vaccination: {e:?}"),
        })
    }
}

/// What an official vaccination does to the child's handbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VaccinationMerge {
    /// Nothing like it yet: add it as a read-only official record.
    Add,
    /// The parent already entered it (same vaccine, dose and date): link, don't duplicate.
    Link(RecordId),
    /// The parent entered the same vaccine and dose on another date: ask.
    Conflict(RecordId),
}

/// The merge rule. `records` are the child's records; only live ones the
/// parent entered (`!official`) count. Same vaccine, dose and date is the same
/// injection; same vaccine and dose on another date is a disagreement.
pub fn merge_vaccination(official: &Vaccination, records: &[Record]) -> VaccinationMerge {
    let mine = records.iter().filter_map(|r| match &r.data {
        RecordData::Vaccination(v)
            if !r.official
                && r.deleted_at.is_none()
                && v.vaccine == official.vaccine
                && v.dose == official.dose =>
        {
            Some((r.id, v))
        }
        _ => None,
    });
    let mut conflict = None;
    for (id, v) in mine {
        if v.date == official.date {
            return VaccinationMerge::Link(id);
        }
        conflict.get_or_insert(id);
    }
    conflict.map_or(VaccinationMerge::Add, VaccinationMerge::Conflict)
}

/// The sync's state, for the status line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncStatus {
    /// The portal the handbook is connected to (base URL), if any.
    pub portal: Option<String>,
    /// Consented categories.
    pub scopes: Vec<String>,
    /// When the last sync finished without error (UTC, RFC 3339).
    pub last_success: Option<String>,
    /// When the last sync was tried.
    pub last_attempt: Option<String>,
    /// The last sync's error, as a Fluent message id (cleared on success).
    pub last_error: Option<String>,
    /// Writes waiting in the outbox.
    pub pending_writes: usize,
    /// Official items waiting for the parent's decision.
    pub conflicts: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{d, vaccination};
    use serde_json::json;

    fn vac_record(id: RecordId, vaccine: &str, dose: u8, date: &str, official: bool) -> Record {
        Record {
            id,
            child_id: 1,
            data: vaccination(vaccine, dose, date),
            deleted_at: None,
            official,
        }
    }

    fn official(vaccine: &str, dose: u8, date: &str) -> Vaccination {
        let RecordData::Vaccination(v) = vac_record(0, vaccine, dose, date, true).data else {
            unreachable!()
        };
        v
    }

    #[test]
    fn same_vaccine_dose_and_date_links_instead_of_duplicating() {
        let mine = [
            vac_record(7, "hib", 1, "2025-08-12", false),
            vac_record(8, "pcv", 1, "2025-08-12", false),
        ];
        assert_eq!(
            merge_vaccination(&official("pcv", 1, "2025-08-12"), &mine),
            VaccinationMerge::Link(8)
        );
    }

    #[test]
    fn another_date_for_the_same_dose_is_a_conflict_for_the_parent() {
        let mine = [vac_record(7, "hib", 1, "2025-08-13", false)];
        assert_eq!(
            merge_vaccination(&official("hib", 1, "2025-08-12"), &mine),
            VaccinationMerge::Conflict(7)
        );
        // Another dose of the same vaccine is no disagreement.
        assert_eq!(
            merge_vaccination(&official("hib", 2, "2025-09-12"), &mine),
            VaccinationMerge::Add
        );
    }

    #[test]
    fn deleted_and_official_records_do_not_count() {
        let mut deleted = vac_record(7, "hib", 1, "2025-08-12", false);
        deleted.deleted_at = Some("2026-01-01T00:00:00Z".into());
        let other_official = vac_record(9, "hib", 1, "2025-08-12", true);
        assert_eq!(
            merge_vaccination(
                &official("hib", 1, "2025-08-12"),
                &[deleted, other_official]
            ),
            VaccinationMerge::Add
        );
    }

    #[test]
    fn items_parse_by_category_and_refuse_an_individual_number_field() {
        let v = json!({"id": "v1", "sample": true, "child_id": "c1", "vaccine_id": "hib",
                       "dose": 1, "date": "2025-08-12", "lot": "L1"});
        let item = OfficialItem::parse(Category::Vaccinations, 0, &v).unwrap();
        assert_eq!(item.id(), "v1");
        assert_eq!(item.child_ref(), Some("c1"));

        let missing = json!({"id": "v1", "child_id": "c1", "dose": 1, "date": "2025-08-12"});
        assert!(matches!(
            OfficialItem::parse(Category::Vaccinations, 3, &missing),
            Err(ItemError::Schema { index: 3, .. })
        ));

        let with_number = json!({"id": "c1", "name": "x", "birth_date": "2025-01-01",
                                 "guardian": {"my_number": "000000000000"}});
        assert!(matches!(
            OfficialItem::parse(Category::Children, 0, &with_number),
            Err(ItemError::IndividualNumber { .. })
        ));
    }

    #[test]
    fn certificates_need_well_formed_numbers_and_validity() {
        let mut c = json!({"id": "k1", "certificate_name": "乳幼児医療費受給者証",
            "public_payer_number": "88130001", "recipient_number": "1234567",
            "valid_from": "2025-06-10", "valid_to": "2031-03-31",
            "copay_limit": {"per_visit_yen": 200}});
        assert!(OfficialItem::parse(Category::Certificates, 0, &c).is_ok());
        c["recipient_number"] = json!("12345");
        assert!(matches!(
            OfficialItem::parse(Category::Certificates, 0, &c),
            Err(ItemError::Invalid { .. })
        ));
    }

    /// サンプル 太郎, born 2025-06-10, as the portal sends him.
    fn taro() -> OfficialChild {
        OfficialChild {
            id: "c1".into(),
            name: "サンプル 太郎".into(),
            name_kana: None,
            birth_date: d("2025-06-10"),
            sex: None,
            birth_weight_g: None,
            gestation_weeks: None,
            gestation_days: None,
        }
    }

    #[test]
    fn a_child_is_recognised_by_birth_date_and_name_without_spaces() {
        let c = taro();
        assert!(c.is_same_child("サンプル　太郎", d("2025-06-10")));
        assert!(c.is_same_child("サンプル太郎", d("2025-06-10")));
        assert!(!c.is_same_child("サンプル 太郎", d("2025-06-11")));
        assert!(!c.is_same_child("サンプル 次郎", d("2025-06-10")));
    }

    #[test]
    fn an_official_vaccination_is_checked_like_a_parents_entry() {
        let v = OfficialVaccination {
            id: "v1".into(),
            child_id: "c1".into(),
            vaccine_id: "hib".into(),
            dose: 1,
            date: d("2025-05-01"),
            lot: Some("L1".into()),
            facility: None,
        };
        // Before birth: refused.
        assert!(v.to_record_data(d("2025-06-10"), d("2026-01-01")).is_err());
        let ok = v.to_record_data(d("2025-01-10"), d("2026-01-01")).unwrap();
        assert_eq!(ok.date(), d("2025-05-01"));
    }

    #[test]
    fn a_nickname_is_the_same_child_unless_twins_make_it_ambiguous() {
        let c = taro();
        let taro = (7, "たろう".to_string());
        let hanako = (8, "はなこ".to_string());
        // One child born that day on each side: the nickname is him.
        assert_eq!(match_child(&c, std::slice::from_ref(&taro), 1), Some(7));
        // Twins: only the name decides.
        assert_eq!(match_child(&c, &[taro.clone(), hanako.clone()], 2), None);
        assert_eq!(match_child(&c, std::slice::from_ref(&taro), 2), None);
        let named = (9, "サンプル太郎".to_string());
        assert_eq!(match_child(&c, &[hanako, named], 2), Some(9));
        assert_eq!(match_child(&c, &[], 1), None);
    }
}
