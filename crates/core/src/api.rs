//! What crosses the boundary between the UI and the shell (Tauri commands),
//! shared so both sides agree on the shape at compile time.

use crate::records::Record;
use crate::{Child, Date, Language, Pregnancy, ValidationErrors};
use serde::{Deserialize, Serialize};

/// One pregnancy's screen: the pregnancy and its records, from the
/// notification to the postnatal checkups (deleted ones included, so the UI
/// can offer undo). Weeks are computed from `today` and each record's date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PregnancyView {
    pub today: Date,
    pub pregnancy: Pregnancy,
    /// The newest live records (a page, newest first).
    pub records: Vec<crate::pregnancy_records::PregnancyRecord>,
    /// Where the next page of live records starts (`None`: all are here).
    #[serde(default)]
    pub next: Option<crate::book::Cursor>,
    /// How many deleted records can still be restored (the records are
    /// read when the parent opens them: `pregnancy_deleted_records`).
    #[serde(default)]
    pub deleted: usize,
    /// (record id, number of photos) for records that have photos.
    #[serde(default)]
    pub photo_counts: Vec<(crate::model::RecordId, usize)>,
    /// The pregnancy's plan on `today` (prenatal checkups, its vaccines,
    /// postnatal checkups), as `schedule::from_records::pregnancy_plan`.
    #[serde(default)]
    pub plan: Vec<crate::schedule::PlanItem>,
    /// Its live prenatal visits and postnatal checkups, oldest first (read
    /// for the plan): what the screen's head shows the latest weight and
    /// blood pressure from, whichever page the list shows.
    #[serde(default)]
    pub visits: Vec<crate::pregnancy_records::PregnancyRecord>,
}

/// Everything the home screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeView {
    pub language: Language,
    /// The device's local date; ages and pregnancy weeks are computed from it.
    pub today: Date,
    pub children: Vec<Child>,
    pub pregnancies: Vec<Pregnancy>,
}

/// One child's screen: the child, a page of its records (and the deleted
/// ones it can still restore, for the undo) and what its head, chart and
/// clinic summary read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChildView {
    pub today: Date,
    pub child: Child,
    /// The newest live records (a page, newest first).
    pub records: Vec<Record>,
    /// Where the next page of live records starts (`None`: all are here).
    #[serde(default)]
    pub next: Option<crate::book::Cursor>,
    /// How many deleted records can still be restored (the records are
    /// read when the parent opens them: `child_deleted_records`).
    #[serde(default)]
    pub deleted: usize,
    /// What the screen's head shows whichever page is listed: the latest
    /// weight, height and head circumference, and whether the birth is
    /// recorded. The chart (`growth_chart`) and the clinic summary
    /// (`child_summary_records`) are read when shown.
    #[serde(default)]
    pub head: ChildHead,
    /// (record id, number of photos) for records that have photos.
    #[serde(default)]
    pub photo_counts: Vec<(crate::model::RecordId, usize)>,
    /// The growth reference chosen for this child's charts.
    #[serde(default)]
    pub growth_reference: crate::growth::Reference,
    /// The rules the child's plan is made with (for the clinic summary).
    #[serde(default)]
    pub rules: Option<crate::rules_bundle::RulesVersion>,
    /// The guardian-record questions of the rules in use when a rules
    /// bundle brought its own; `None`: the built-in ones.
    #[serde(default)]
    pub checklist: Option<Vec<crate::child_records::checklists::ChecklistItem>>,
}

/// The head of a child's screen: read by index, so its cost does not
/// grow with the child's history (`Store::child_head`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChildHead {
    /// The newest weight (kg), length/height (cm) and head circumference
    /// (cm), each with its date, whichever record (measurement, checkup,
    /// birth) it came from: slots [`crate::child_records::GROWTH_WEIGHT`],
    /// `GROWTH_HEIGHT`, `GROWTH_HEAD`.
    pub latest_growth: [Option<(f64, Date)>; 3],
    /// Whether the child has a live birth record (the form then offers no
    /// second one).
    pub has_birth: bool,
}

/// A child's growth chart of one indicator, drawn by the shell with the
/// growth tables of the rules in use (the window carries none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GrowthChart {
    /// The chart (`Tables::chart_svg`), its words in the handbook's language.
    pub svg: String,
    /// What the latest point means, softly worded; `None` without points.
    pub assessment: Option<String>,
    /// The reference drawn: the chosen one, or the one that covers the
    /// indicator when the chosen one does not (`Tables::reference_for`).
    pub reference: crate::growth::Reference,
    /// Whether ages are corrected for a preterm birth (修正月齢).
    pub corrected: bool,
    /// Every point, oldest first: the chart as text (WCAG 1.1.1).
    pub rows: Vec<GrowthRow>,
}

/// One point of a growth chart as a table row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GrowthRow {
    pub date: crate::Date,
    /// The age the point is drawn at, in months (corrected when the chart is).
    pub age_months: f64,
    pub value: f64,
    /// Where it sits on the reference, in the handbook's language (about
    /// the percentile, below or above the band, or no curve at that age).
    pub percentile: String,
}

/// One of the family's next actions (see `schedule::next_actions`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyAction {
    /// The child it is for, or the pregnancy.
    pub child_id: Option<crate::model::RecordId>,
    pub pregnancy_id: Option<crate::model::RecordId>,
    /// The child's name or the pregnancy's label (none: "the baby").
    pub name: Option<String>,
    pub item: crate::schedule::PlanItem,
}

/// One line of home's "next" list: one of the family's next actions or a
/// 保活 booking held (見学, 保活相談; pending or confirmed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "entry", rename_all = "kebab-case")]
pub enum NextEntry {
    Plan(FamilyAction),
    Booking(crate::nursery::booking::Booking),
}

impl NextEntry {
    /// The day it is about: the plan item's [`action_date`] (none: before
    /// every day, where `schedule::next_actions` puts it), the booking's day.
    ///
    /// [`action_date`]: crate::schedule::PlanItem::action_date
    pub fn date(&self) -> Date {
        match self {
            NextEntry::Plan(a) => a.item.action_date().unwrap_or(Date::MIN),
            NextEntry::Booking(b) => b.slot.starts.date(),
        }
    }

    /// The first `n` of `actions` (soonest first, as
    /// `schedule::next_actions` gives them) and the first `n` of the
    /// `bookings` held from `today` on (appointments the parent made: they
    /// are listed even when `n` plan items come first), by day (an action
    /// before a booking of the same day, bookings by their start).
    /// Deterministic for given inputs.
    pub fn merge(
        actions: Vec<FamilyAction>,
        bookings: &[crate::nursery::booking::Booking],
        today: Date,
        n: usize,
    ) -> Vec<NextEntry> {
        let mut held: Vec<_> = bookings
            .iter()
            .filter(|b| b.state.is_held() && b.slot.starts.date() >= today)
            .collect();
        held.sort_by_key(|b| (b.slot.starts, b.id));
        let mut entries: Vec<NextEntry> =
            actions.into_iter().take(n).map(NextEntry::Plan).collect();
        entries.extend(held.into_iter().take(n).cloned().map(NextEntry::Booking));
        // Stable: the actions keep their order, then the bookings theirs.
        entries.sort_by_key(|e| (e.date(), matches!(e, NextEntry::Booking(_))));
        entries
    }
}

/// A photo as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoView {
    pub id: crate::model::RecordId,
    /// `image/jpeg` or `image/png`.
    pub mime: String,
    /// Standard base64 of the (metadata-free) image.
    pub data_base64: String,
    /// Set (UTC stamp) when the photo was deleted; it can be restored for
    /// 30 days.
    #[serde(default)]
    pub deleted_at: Option<String>,
}

/// The portal sync as the official-data screen shows it (the store's sync
/// status plus what only the running app knows: a consent or a sync in
/// progress).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalView {
    /// What the handbook keeps about the sync (portal, scopes, last sync,
    /// last problem, writes pending, conflicts).
    pub status: crate::official::SyncStatus,
    /// A sync (or the end of a consent) is running now.
    pub syncing: bool,
    /// While the parent is consenting in the browser: the address to open.
    pub consent_url: Option<String>,
    /// Why the last consent ended without a connection (Fluent message id).
    pub consent_error: Option<String>,
}

/// How an official item sits in the handbook (the store's item state).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OfficialState {
    /// Added as a read-only official record.
    Added,
    /// The same as the parent's own record.
    Linked,
    /// Disagrees with the parent's record; waiting for the parent.
    Conflict,
    /// The parent kept their own record.
    KeptMine,
    /// Kept for display (certificates, benefits, notices, checkups, children).
    Info,
}

/// An official item with where it sits in the handbook.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfficialItemView {
    pub item: crate::official::OfficialItem,
    /// The handbook's child it is about, if any.
    pub child_id: Option<crate::model::RecordId>,
    pub state: OfficialState,
    /// The record it refers to: the read-only official record, or the
    /// parent's record it matches or disagrees with.
    pub record: Option<Record>,
}

/// Where a write to the portal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutboxState {
    Pending,
    Sent,
    Rejected,
}

/// A pre-visit questionnaire (予診票) in the outbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnaireView {
    pub id: i64,
    pub child_id: Option<crate::model::RecordId>,
    pub vaccine_id: String,
    pub planned_date: Option<Date>,
    pub state: OutboxState,
    /// The last failure (a Fluent message id, or the portal's reason).
    pub last_error: Option<String>,
    /// UTC, RFC 3339.
    pub created_at: String,
    pub sent_at: Option<String>,
}

/// A child's questionnaires, and whether the child is linked to the portal
/// (only a linked child's questionnaire can be sent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnairesView {
    pub linked: bool,
    /// A sync is running now (a pending questionnaire may be on its way).
    pub syncing: bool,
    pub entries: Vec<QuestionnaireView>,
}

/// The backup screen: automatic backups' settings and how they went.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupView {
    /// `None` while automatic backups are off.
    pub auto: Option<crate::backup::AutoBackup>,
    /// When the last automatic backup was written (UTC, RFC 3339).
    pub last_auto: Option<String>,
    /// Its file name in the folder.
    pub last_auto_file: Option<String>,
    /// Why the last automatic backup failed, if it did.
    pub problem: Option<CommandError>,
}

/// A backup file just written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupWritten {
    pub file: String,
    pub bytes: u64,
}

/// A command's failure, in a form the UI can show in the parent's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum CommandError {
    /// The input was refused; nothing was saved.
    #[error("invalid input: {errors}")]
    Invalid { errors: ValidationErrors },
    /// The handbook could not be opened, read or written.
    #[error("{message_id}: {detail}")]
    Store {
        /// Fluent message id, e.g. `error-store-cannot-open`.
        message_id: String,
        /// Technical detail for the `$detail` placeable (never secret).
        detail: String,
    },
    /// The request names something that does not exist or may not change
    /// (e.g. an unknown child, a deletion too old to undo).
    #[error("refused: {message_id}")]
    Refused { message_id: String },
    /// A bug or an unexpected state.
    #[error("internal error: {detail}")]
    Internal { detail: String },
}

impl CommandError {
    /// The Fluent message id that explains this error.
    pub fn message_id(&self) -> &str {
        match self {
            CommandError::Invalid { .. } => "error-invalid-input",
            CommandError::Store { message_id, .. } => message_id,
            CommandError::Refused { message_id } => message_id,
            CommandError::Internal { .. } => "error-internal",
        }
    }
}

/// Input refused by core's validation: nothing was saved.
impl From<ValidationErrors> for CommandError {
    fn from(errors: ValidationErrors) -> Self {
        CommandError::Invalid { errors }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ChildInput, ErrorCode, Field};

    #[test]
    fn errors_keep_their_fields_across_the_boundary() {
        let errors = ChildInput {
            name: "".into(),
            birth_date: "2025-13-01".into(),
            ..Default::default()
        }
        .validate("2026-01-01".parse().unwrap())
        .unwrap_err();
        let json = serde_json::to_string(&CommandError::Invalid { errors }).unwrap();
        assert_eq!(
            json,
            r#"{"kind":"invalid","errors":[{"field":"name","code":"required"},{"field":"birth-date","code":"malformed-date"}]}"#
        );
        let CommandError::Invalid { errors } = serde_json::from_str(&json).unwrap() else {
            panic!("kind lost")
        };
        assert_eq!(
            errors.for_field(Field::BirthDate),
            Some(ErrorCode::MalformedDate)
        );
    }
}
