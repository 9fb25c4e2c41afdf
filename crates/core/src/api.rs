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
    pub records: Vec<crate::pregnancy_records::PregnancyRecord>,
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

/// One child's screen: the child and its records (deleted ones included,
/// so the UI can offer undo).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChildView {
    pub today: Date,
    pub child: Child,
    pub records: Vec<Record>,
    /// (record id, number of photos) for records that have photos.
    #[serde(default)]
    pub photo_counts: Vec<(crate::model::RecordId, usize)>,
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

/// A photo as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoView {
    pub id: crate::model::RecordId,
    /// `image/jpeg` or `image/png`.
    pub mime: String,
    /// Standard base64 of the (metadata-free) image.
    pub data_base64: String,
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
