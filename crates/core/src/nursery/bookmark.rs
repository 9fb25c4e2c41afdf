//! Bookmarks of nursery facilities (保活): the facility (municipality code
//! and its NO in the dataset), its name as saved when bookmarked (so a
//! facility that leaves the data still shows), the parent's note, a star
//! rating (1–5 or none) and the preference order (希望順位).
//!
//! Everything a bookmark holds is checked here ([`Bookmark::check`]), when
//! it is made, changed, read back and imported; the order is changed by
//! [`reorder`], pure, and kept by the store (`Store::ordered_bookmarks`).

use super::Nurseries;
use crate::model::RecordId;
use crate::programs::registry::is_local_government_code;
use crate::validate::{check_text, ErrorCode, Field, FieldError, ValidationErrors};
use crate::validate::{MAX_SHORT_CHARS, MAX_TEXT_CHARS};
use serde::{Deserialize, Serialize};

/// The longest note, in characters.
pub const MAX_NOTE_CHARS: usize = MAX_TEXT_CHARS;
/// The longest saved facility name, in characters.
pub const MAX_FACILITY_NAME_CHARS: usize = MAX_SHORT_CHARS;
/// The longest facility NO, in characters.
pub const MAX_NO_CHARS: usize = 20;
/// The most stars.
pub const MAX_STARS: u8 = 5;

/// A facility as the datasets name it: `<municipality code>-<NO>` (the
/// id of [`Facility`](super::Facility)).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FacilityRef {
    pub municipality_code: String,
    pub no: String,
}

impl FacilityRef {
    /// Reads `131083-12`; `None` when it is not a 6-digit code, a hyphen
    /// and a NO of letters, digits and hyphens.
    pub fn parse(id: &str) -> Option<Self> {
        let (code, no) = id.trim().split_once('-')?;
        let r = FacilityRef {
            municipality_code: code.to_owned(),
            no: no.to_owned(),
        };
        r.is_well_formed().then_some(r)
    }

    fn is_well_formed(&self) -> bool {
        is_local_government_code(&self.municipality_code)
            && !self.no.is_empty()
            && self.no.chars().count() <= MAX_NO_CHARS
            && self
                .no
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    }

    /// `<municipality code>-<NO>`.
    pub fn id(&self) -> String {
        format!("{}-{}", self.municipality_code, self.no)
    }
}

/// Why a bookmark could not be made, found or compared: a Fluent id and
/// the value it names (`$value`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BookmarkError {
    /// Not written as `<municipality code>-<NO>`.
    #[error("not a facility code: {0}")]
    BadFacility(String),
    /// No facility with this code in the data.
    #[error("no facility {0} in the data")]
    UnknownFacility(String),
    /// The facility is not bookmarked.
    #[error("facility {0} is not bookmarked")]
    NotBookmarked(String),
    /// A comparison needs at least two facilities.
    #[error("a comparison needs at least 2 facilities")]
    TooFew,
    /// A comparison takes at most four facilities (or all starred ones).
    #[error("a comparison takes at most 4 facilities")]
    TooMany,
    /// Fewer than two bookmarks have stars.
    #[error("fewer than 2 bookmarks have stars")]
    TooFewStarred,
    /// The same facility twice in a comparison.
    #[error("facility {0} is named twice")]
    Twice(String),
    /// A move past the first or the last place.
    #[error("cannot move further")]
    CannotMove,
    /// A place outside 1..=the number of bookmarks.
    #[error("no place {0}")]
    BadRank(String),
}

impl BookmarkError {
    /// The Fluent id of the message.
    pub fn message_id(&self) -> &'static str {
        match self {
            BookmarkError::BadFacility(_) => "nursery-error-bad-facility",
            BookmarkError::UnknownFacility(_) => "nursery-error-unknown-facility",
            BookmarkError::NotBookmarked(_) => "nursery-error-not-bookmarked",
            BookmarkError::TooFew => "nursery-error-compare-too-few",
            BookmarkError::TooMany => "nursery-error-compare-too-many",
            BookmarkError::TooFewStarred => "nursery-error-compare-too-few-starred",
            BookmarkError::Twice(_) => "nursery-error-compare-twice",
            BookmarkError::CannotMove => "nursery-error-cannot-move",
            BookmarkError::BadRank(_) => "nursery-error-bad-rank",
        }
    }

    /// The value the message names (empty when it names none).
    pub fn value(&self) -> &str {
        match self {
            BookmarkError::BadFacility(v)
            | BookmarkError::UnknownFacility(v)
            | BookmarkError::NotBookmarked(v)
            | BookmarkError::Twice(v)
            | BookmarkError::BadRank(v) => v,
            _ => "",
        }
    }
}

/// The fewest and the most facilities a comparison takes by hand.
pub const COMPARE_MIN: usize = 2;
pub const COMPARE_MAX: usize = 4;

/// One bookmarked facility as kept: only made through [`Bookmark::of`] and
/// changed through [`Bookmark::with_note`] / [`Bookmark::with_stars`];
/// what is read back or imported passes [`Bookmark::check`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bookmark {
    pub facility: FacilityRef,
    /// The facility's name when it was bookmarked.
    pub name: String,
    pub note: Option<String>,
    pub stars: Option<u8>,
}

fn invalid(field: Field, code: ErrorCode) -> ValidationErrors {
    ValidationErrors(vec![FieldError { field, code }])
}

/// A note as the parent typed it: trimmed, empty is none, at most
/// [`MAX_NOTE_CHARS`], lines and tabs allowed.
pub fn note(text: &str) -> Result<Option<String>, ValidationErrors> {
    check_text(text, false, MAX_NOTE_CHARS).map_err(|code| invalid(Field::Text, code))
}

/// A star rating: 1–5, or none.
pub fn stars(n: Option<u8>) -> Result<Option<u8>, ValidationErrors> {
    match n {
        Some(s) if !(1..=MAX_STARS).contains(&s) => {
            Err(invalid(Field::Stars, ErrorCode::StarsOutOfRange))
        }
        other => Ok(other),
    }
}

impl Bookmark {
    /// A new bookmark of the facility `id` (`131083-12`) as the data has
    /// it, without note or stars.
    pub fn of(data: &Nurseries, id: &str) -> Result<Bookmark, BookmarkError> {
        let facility =
            FacilityRef::parse(id).ok_or_else(|| BookmarkError::BadFacility(id.trim().into()))?;
        let f = data
            .facilities
            .iter()
            .find(|f| f.id == facility.id())
            .ok_or_else(|| BookmarkError::UnknownFacility(facility.id()))?;
        let name: String = f
            .name
            .trim()
            .chars()
            .take(MAX_FACILITY_NAME_CHARS)
            .collect();
        Ok(Bookmark {
            facility,
            name: name.trim_end().to_owned(),
            note: None,
            stars: None,
        })
    }

    /// The same bookmark with the note the parent typed.
    pub fn with_note(&self, text: &str) -> Result<Bookmark, ValidationErrors> {
        Ok(Bookmark {
            note: note(text)?,
            ..self.clone()
        })
    }

    /// The same bookmark with these stars (or none).
    pub fn with_stars(&self, n: Option<u8>) -> Result<Bookmark, ValidationErrors> {
        Ok(Bookmark {
            stars: stars(n)?,
            ..self.clone()
        })
    }

    /// Whether a kept or imported bookmark is one the app would make:
    /// the facility well formed, a saved name, the note and stars as the
    /// forms accept them. `Err` names what is wrong.
    pub fn check(&self) -> Result<(), String> {
        if !self.facility.is_well_formed() {
            return Err(format!("facility {:?}", self.facility.id()));
        }
        match check_text(&self.name, true, MAX_FACILITY_NAME_CHARS) {
            Ok(Some(n)) if n == self.name => {}
            _ => return Err("name".into()),
        }
        if let Some(text) = &self.note {
            match note(text) {
                Ok(Some(kept)) if &kept == text => {}
                _ => return Err("note".into()),
            }
        }
        stars(self.stars).map_err(|_| "stars".to_owned())?;
        Ok(())
    }
}

/// A kept bookmark with its place in the preference order (1 = first
/// choice) and how many live photos it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ranked {
    pub id: RecordId,
    pub rank: u32,
    #[serde(flatten)]
    pub bookmark: Bookmark,
    pub photos: usize,
}

/// A change of the preference order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Move {
    /// One place towards the first choice.
    Up,
    /// One place towards the last.
    Down,
    /// To this place (1 = first).
    To(u32),
}

impl Move {
    /// Reads `up`, `down` or a place (`1`, `2`, …).
    pub fn parse(text: &str) -> Result<Move, BookmarkError> {
        match text.trim() {
            "up" => Ok(Move::Up),
            "down" => Ok(Move::Down),
            n => n
                .parse::<u32>()
                .ok()
                .filter(|n| *n >= 1)
                .map(Move::To)
                .ok_or_else(|| BookmarkError::BadRank(n.to_owned())),
        }
    }
}

/// The order (ids, first choice first) after moving `id`. Moving the first
/// up or the last down is [`BookmarkError::CannotMove`]; a place past the
/// end is [`BookmarkError::BadRank`].
pub fn reorder(
    order: &[RecordId],
    id: RecordId,
    how: Move,
) -> Result<Vec<RecordId>, BookmarkError> {
    let from = order
        .iter()
        .position(|x| *x == id)
        .ok_or_else(|| BookmarkError::NotBookmarked(id.to_string()))?;
    let to = match how {
        Move::Up => from.checked_sub(1).ok_or(BookmarkError::CannotMove)?,
        Move::Down if from + 1 < order.len() => from + 1,
        Move::Down => return Err(BookmarkError::CannotMove),
        Move::To(place) => {
            let place = usize::try_from(place).unwrap_or(usize::MAX);
            if place == 0 || place > order.len() {
                return Err(BookmarkError::BadRank(place.to_string()));
            }
            place - 1
        }
    };
    let mut out = order.to_vec();
    let moved = out.remove(from);
    out.insert(to, moved);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nursery::load_embedded;

    #[test]
    fn a_bookmark_is_made_from_the_data_and_keeps_its_name() {
        let data = load_embedded();
        let f = &data.facilities[0];
        let b = Bookmark::of(&data, &format!(" {} ", f.id)).unwrap();
        assert_eq!(b.facility.id(), f.id);
        assert_eq!(b.name, f.name);
        assert_eq!((b.note.as_deref(), b.stars), (None, None));
        assert_eq!(b.check(), Ok(()));
        assert_eq!(
            Bookmark::of(&data, "131083-99999"),
            Err(BookmarkError::UnknownFacility("131083-99999".into()))
        );
        assert_eq!(
            Bookmark::of(&data, "koto-1"),
            Err(BookmarkError::BadFacility("koto-1".into()))
        );
        assert_eq!(
            Bookmark::of(&data, "12345-1").unwrap_err().message_id(),
            "nursery-error-bad-facility"
        );
    }

    #[test]
    fn notes_and_stars_are_checked() {
        let data = load_embedded();
        let b = Bookmark::of(&data, &data.facilities[0].id).unwrap();
        let noted = b.with_note("  園庭が広い\n給食は自園調理  ").unwrap();
        assert_eq!(noted.note.as_deref(), Some("園庭が広い\n給食は自園調理"));
        assert_eq!(noted.with_note("   ").unwrap().note, None);
        let long = "あ".repeat(MAX_NOTE_CHARS + 1);
        let e = b.with_note(&long).unwrap_err();
        assert_eq!(e.for_field(Field::Text), Some(ErrorCode::TooLong));
        assert!(b.with_note(&"あ".repeat(MAX_NOTE_CHARS)).is_ok());
        assert!(b.with_note("bell\u{7}").is_err());
        for n in 1..=5 {
            assert_eq!(b.with_stars(Some(n)).unwrap().stars, Some(n));
        }
        assert_eq!(b.with_stars(None).unwrap().stars, None);
        for n in [0, 6, 255] {
            let e = b.with_stars(Some(n)).unwrap_err();
            assert_eq!(e.for_field(Field::Stars), Some(ErrorCode::StarsOutOfRange));
        }
    }

    #[test]
    fn a_kept_bookmark_is_checked_again() {
        let ok = Bookmark {
            facility: FacilityRef::parse("131083-3").unwrap(),
            name: "サンプル保育園".into(),
            note: Some("近い".into()),
            stars: Some(4),
        };
        assert_eq!(ok.check(), Ok(()));
        let bad = |f: &dyn Fn(&mut Bookmark)| {
            let mut b = ok.clone();
            f(&mut b);
            b.check()
        };
        assert_eq!(bad(&|b| b.stars = Some(6)), Err("stars".into()));
        assert_eq!(bad(&|b| b.stars = Some(0)), Err("stars".into()));
        assert_eq!(bad(&|b| b.note = Some(String::new())), Err("note".into()));
        assert_eq!(bad(&|b| b.note = Some(" x".into())), Err("note".into()));
        assert_eq!(
            bad(&|b| b.note = Some("x".repeat(MAX_NOTE_CHARS + 1))),
            Err("note".into())
        );
        assert_eq!(bad(&|b| b.name = String::new()), Err("name".into()));
        assert!(bad(&|b| b.facility.municipality_code = "1310".into()).is_err());
        assert!(bad(&|b| b.facility.no = "1; DROP".into()).is_err());
    }

    #[test]
    fn the_order_moves_one_place_or_to_a_place() {
        let order = [10, 20, 30, 40];
        assert_eq!(reorder(&order, 30, Move::Up).unwrap(), [10, 30, 20, 40]);
        assert_eq!(reorder(&order, 30, Move::Down).unwrap(), [10, 20, 40, 30]);
        assert_eq!(reorder(&order, 40, Move::To(1)).unwrap(), [40, 10, 20, 30]);
        assert_eq!(reorder(&order, 10, Move::To(4)).unwrap(), [20, 30, 40, 10]);
        assert_eq!(
            reorder(&order, 10, Move::Up),
            Err(BookmarkError::CannotMove)
        );
        assert_eq!(
            reorder(&order, 40, Move::Down),
            Err(BookmarkError::CannotMove)
        );
        assert_eq!(
            reorder(&order, 10, Move::To(5)),
            Err(BookmarkError::BadRank("5".into()))
        );
        assert!(reorder(&order, 99, Move::Up).is_err());
        assert_eq!(Move::parse("up"), Ok(Move::Up));
        assert_eq!(Move::parse(" 2 "), Ok(Move::To(2)));
        assert!(Move::parse("0").is_err());
        assert!(Move::parse("first").is_err());
    }
}
