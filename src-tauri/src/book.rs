//! The record commands of every book, written once over the store's record
//! layer (`Store::add::<B>`, `edit`, …): the owner's screen, add, edit,
//! delete, restore, history, and the photos (of records, and over any
//! store `PhotoTable`, of nursery bookmarks too). The
//! `#[tauri::command]`s of a child's records (`commands.rs`) and a
//! pregnancy's (`pregnancy.rs`) are thin wrappers that keep the names and
//! arguments the UI sends (`child_id`, `pregnancy_id`). Validation is
//! core's (`Book::validate`), storage the store's; here the time is read
//! and a refusal gets its words.

use crate::clock::{now, today};
use crate::state::AppState;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use hagukumi_core::api::{CommandError, PhotoView};
use hagukumi_core::book::{Cursor, Filter, History, Page, Stored, FIRST_ROWS, PAGE_ROWS};
use hagukumi_core::model::RecordId;
use hagukumi_core::photo::{sanitize, CleanPhoto, PhotoError, MAX_ORIGINAL_BYTES};
use hagukumi_core::{Date, ValidationErrors};
use hagukumi_store::{
    Photo, PhotoProblem, PhotoTable, Refused, Result as StoreResult, Shelf, Store,
};

/// What the store tells of an id (a holder).
pub type Lookup<T> = fn(&Store, RecordId) -> StoreResult<T>;

/// A record book as the app serves it: what the store's [`Shelf`] leaves
/// to each owner.
pub trait AppBook: Shelf {
    /// The child or the pregnancy whose book it is, as its screen shows it.
    type Holder;
    /// The holder with this id, if there is one.
    const HOLDER: Lookup<Option<Self::Holder>>;
    /// The message when there is no such holder (`error-no-such-child`).
    const NO_SUCH_HOLDER: &'static str;

    /// Checks `input` as its form would, against the owner and today:
    /// core's `Book::validate`, unless the book checks more against the
    /// handbook (a child's checkup against the rules in use).
    fn check(
        _store: &Store,
        input: &Self::Input,
        owner: &Self::Owner,
        today: Date,
    ) -> Result<Self::Data, ValidationErrors> {
        Self::validate(input, owner, today)
    }
}

/// Why the record layer refused, in words the UI shows.
pub fn refused<B: AppBook>(refused: Refused) -> CommandError {
    crate::state::refused(match refused {
        Refused::NoSuchOwner => B::NO_SUCH_HOLDER,
        Refused::NoSuchRecord => "error-no-such-record",
        Refused::CannotRestore => "error-cannot-restore",
        // The one kind an owner has at most once: a child's birth.
        Refused::AlreadyRecorded(_) => "error-birth-already-recorded",
        Refused::Official => "error-record-official",
    })
}

/// The refusal when there is no such holder.
pub fn no_such_holder<B: AppBook>() -> CommandError {
    refused::<B>(Refused::NoSuchOwner)
}

/// The holder with this id, or the refusal naming it.
pub fn holder<B: AppBook>(store: &Store, id: RecordId) -> Result<B::Holder, CommandError> {
    B::HOLDER(store, id)?.ok_or_else(no_such_holder::<B>)
}

/// What an owner's screen shows of its book.
pub struct Screen<B: AppBook> {
    pub today: Date,
    pub holder: B::Holder,
    /// The newest live records (the rows shown), newest first.
    pub records: Vec<B::Record>,
    /// Where the next page of live records starts (`None`: all are shown).
    pub next: Option<Cursor>,
    /// How many deleted records can still be restored: the records are
    /// read when the parent opens them ([`deleted`]).
    pub deleted: usize,
    pub photo_counts: Vec<(RecordId, usize)>,
}

/// Rows a screen may ask for at once: it asks again for the rows it shows
/// after a change, however many pages were loaded.
const MAX_ROWS: usize = 10_000;

/// The holder with its newest `rows` live records (when `None`, the first
/// load's [`FIRST_ROWS`]: what one window shows), how many deleted ones it
/// can still restore, and the photo counts of its records.
pub fn load<B: AppBook>(
    store: &Store,
    owner_id: RecordId,
    rows: Option<usize>,
) -> Result<Screen<B>, CommandError> {
    let holder = holder::<B>(store, owner_id)?;
    let rows = rows.unwrap_or(FIRST_ROWS).clamp(1, MAX_ROWS);
    let listed = store.listed::<B>(owner_id, rows, now())?;
    Ok(Screen {
        today: today(),
        holder,
        records: listed.records,
        next: listed.next,
        deleted: listed.deleted,
        photo_counts: listed.photo_counts,
    })
}

/// The owner's deleted records that can still be restored, most recently
/// deleted first (at most `store::MAX_DELETED_SHOWN`): what the screen's
/// "recently deleted" shows when the parent opens it.
pub fn deleted<B: AppBook>(
    state: &AppState,
    owner_id: RecordId,
) -> Result<Vec<B::Record>, CommandError> {
    state.with(|store| {
        holder::<B>(store, owner_id)?;
        Ok(store.restorable::<B>(owner_id, now())?)
    })
}

/// A page of the owner's live records matching `filter`, newest first,
/// after `after` (the previous page's cursor), with how many match.
pub fn records<B: AppBook>(
    state: &AppState,
    owner_id: RecordId,
    filter: &Filter<B::Kind>,
    after: Option<Cursor>,
) -> Result<Page<B::Record>, CommandError> {
    state.with(|store| {
        holder::<B>(store, owner_id)?;
        let (records, next) = store.page::<B>(owner_id, filter, after, PAGE_ROWS)?;
        Ok(Page {
            records,
            next,
            total: store.count::<B>(owner_id, filter)?,
        })
    })
}

/// `input` checked by core as its form would, against the owner and today.
fn validate<B: AppBook>(
    store: &Store,
    owner_id: RecordId,
    input: &B::Input,
) -> Result<B::Data, CommandError> {
    let owner = store
        .owner::<B>(owner_id)?
        .ok_or_else(no_such_holder::<B>)?;
    Ok(B::check(store, input, &owner, today())?)
}

/// The record with this id (live or deleted).
fn record<B: AppBook>(store: &Store, id: RecordId) -> Result<Stored<B>, CommandError> {
    let record = store.get::<B>(id)?;
    record
        .map(Into::into)
        .ok_or_else(|| refused::<B>(Refused::NoSuchRecord))
}

pub fn add<B: AppBook>(
    state: &AppState,
    owner_id: RecordId,
    input: &B::Input,
) -> Result<B::Record, CommandError> {
    state.with(|store| {
        let data = validate::<B>(store, owner_id, input)?;
        store
            .add::<B>(owner_id, &data, now())?
            .map_err(refused::<B>)
    })
}

pub fn edit<B: AppBook>(
    state: &AppState,
    record_id: RecordId,
    input: &B::Input,
) -> Result<B::Record, CommandError> {
    state.with_mut(|store| {
        let owner_id = record::<B>(store, record_id)?.owner_id;
        let data = validate::<B>(store, owner_id, input)?;
        store
            .edit::<B>(record_id, &data, now())?
            .map_err(refused::<B>)
    })
}

pub fn delete<B: AppBook>(state: &AppState, record_id: RecordId) -> Result<(), CommandError> {
    state.with_mut(|store| store.delete::<B>(record_id, now())?.map_err(refused::<B>))
}

pub fn restore<B: AppBook>(
    state: &AppState,
    record_id: RecordId,
) -> Result<B::Record, CommandError> {
    state.with_mut(|store| store.restore::<B>(record_id, now())?.map_err(refused::<B>))
}

/// A record's earlier versions (edits, deletions, restorations), oldest
/// first.
pub fn history<B: AppBook>(
    state: &AppState,
    record_id: RecordId,
) -> Result<Vec<History<B>>, CommandError> {
    state.with(|store| {
        record::<B>(store, record_id)?;
        Ok(store.history::<B>(record_id)?)
    })
}

fn photo_refused(problem: PhotoProblem) -> CommandError {
    crate::state::refused(match problem {
        PhotoProblem::NoSuchRecord => "error-no-such-record",
        PhotoProblem::NoSuchPhoto => "error-no-such-photo",
        PhotoProblem::CannotRestore => "error-photo-cannot-restore",
        PhotoProblem::Photo(e) => e.message_id(),
    })
}

/// A photo sent by the UI (base64 of a JPEG or PNG file), decoded and
/// cleaned of its metadata, including any location.
fn clean_upload(data_base64: &str) -> Result<CleanPhoto, CommandError> {
    // The cap applies to the decoded photo; refuse absurd payloads early.
    if data_base64.len() > MAX_ORIGINAL_BYTES.div_ceil(3) * 4 {
        return Err(photo_refused(PhotoProblem::Photo(PhotoError::TooLarge)));
    }
    let bytes = BASE64
        .decode(data_base64.as_bytes())
        .map_err(|_| photo_refused(PhotoProblem::Photo(PhotoError::Malformed)))?;
    sanitize(&bytes).map_err(|e| photo_refused(PhotoProblem::Photo(e)))
}

/// A stored photo as the UI shows it.
fn photo_view(photo: &Photo) -> PhotoView {
    PhotoView {
        id: photo.id,
        mime: photo.mime.as_str().into(),
        data_base64: BASE64.encode(&photo.bytes),
        deleted_at: photo.deleted_at.clone(),
    }
}

/// Attaches a photo (base64 of a JPEG or PNG file) to a record; its
/// metadata, including any location, is removed before it is stored.
pub fn add_photo<B: PhotoTable>(
    state: &AppState,
    record_id: RecordId,
    data_base64: &str,
) -> Result<PhotoView, CommandError> {
    let clean = clean_upload(data_base64)?;
    state.with_mut(|store| {
        let photo = store
            .add_photo::<B>(record_id, &clean, now())?
            .map_err(photo_refused)?;
        Ok(photo_view(&photo))
    })
}

/// A record's photos as the strip shows them: the live ones, and the
/// deleted ones that can still be restored (with their undo).
pub fn photos<B: PhotoTable>(
    state: &AppState,
    record_id: RecordId,
) -> Result<Vec<PhotoView>, CommandError> {
    state.with(|store| {
        let photos = store.record_photos::<B>(record_id, Some(now()))?;
        Ok(photos.iter().map(photo_view).collect())
    })
}

/// Deletes a photo; it can be restored for 30 days.
pub fn delete_photo<B: PhotoTable>(
    state: &AppState,
    photo_id: RecordId,
) -> Result<(), CommandError> {
    state.with_mut(|store| {
        store
            .delete_photo::<B>(photo_id, now())?
            .map_err(photo_refused)
    })
}

/// Undoes a photo's deletion (within 30 days).
pub fn restore_photo<B: PhotoTable>(
    state: &AppState,
    photo_id: RecordId,
) -> Result<PhotoView, CommandError> {
    state.with_mut(|store| {
        let photo = store
            .restore_photo::<B>(photo_id, now())?
            .map_err(photo_refused)?;
        Ok(photo_view(&photo))
    })
}

/// The `#[tauri::command]`s of a book's records, with the names and the
/// owner argument (`child_id`, `pregnancy_id`) the UI sends, each a thin
/// wrapper over the function of this module that does its job: the
/// owner's argument, then the names of `records`, `deleted`, `add`,
/// `edit`, `delete`, `restore` and `history`. The names
/// they use (`book`, `State`, `AppState`, `RecordId`, `CommandError`,
/// `Book`, …) are the calling module's.
macro_rules! record_commands {
    ($book:ty, $owner_id:ident: $records:ident, $deleted:ident, $add:ident, $edit:ident,
     $delete:ident, $restore:ident, $history:ident) => {
        /// A page of the owner's live records matching `filter` (kind,
        /// dates, text), newest first, after `after`, with how many match.
        #[tauri::command(rename_all = "snake_case")]
        pub fn $records(
            state: State<'_, AppState>,
            $owner_id: RecordId,
            filter: Option<Filter<<$book as Book>::Kind>>,
            after: Option<Cursor>,
        ) -> Result<Page<<$book as Book>::Record>, CommandError> {
            book::records::<$book>(&state, $owner_id, &filter.unwrap_or_default(), after)
        }

        /// The owner's deleted records that can still be restored, most
        /// recently deleted first: read when the parent opens "recently
        /// deleted".
        #[tauri::command(rename_all = "snake_case")]
        pub fn $deleted(
            state: State<'_, AppState>,
            $owner_id: RecordId,
        ) -> Result<Vec<<$book as Book>::Record>, CommandError> {
            book::deleted::<$book>(&state, $owner_id)
        }

        #[tauri::command(rename_all = "snake_case")]
        pub fn $add(
            state: State<'_, AppState>,
            $owner_id: RecordId,
            input: <$book as Book>::Input,
        ) -> Result<<$book as Book>::Record, CommandError> {
            book::add::<$book>(&state, $owner_id, &input)
        }

        #[tauri::command(rename_all = "snake_case")]
        pub fn $edit(
            state: State<'_, AppState>,
            record_id: RecordId,
            input: <$book as Book>::Input,
        ) -> Result<<$book as Book>::Record, CommandError> {
            book::edit::<$book>(&state, record_id, &input)
        }

        #[tauri::command(rename_all = "snake_case")]
        pub fn $delete(
            state: State<'_, AppState>,
            record_id: RecordId,
        ) -> Result<(), CommandError> {
            book::delete::<$book>(&state, record_id)
        }

        #[tauri::command(rename_all = "snake_case")]
        pub fn $restore(
            state: State<'_, AppState>,
            record_id: RecordId,
        ) -> Result<<$book as Book>::Record, CommandError> {
            book::restore::<$book>(&state, record_id)
        }

        #[tauri::command(rename_all = "snake_case")]
        pub fn $history(
            state: State<'_, AppState>,
            record_id: RecordId,
        ) -> Result<Vec<History<$book>>, CommandError> {
            book::history::<$book>(&state, record_id)
        }
    };
}
pub(crate) use record_commands;

/// The `#[tauri::command]`s of the photos of a [`PhotoTable`]'s rows
/// (records, bookmarks), over [`add_photo`], [`photos`],
/// [`delete_photo`] and [`restore_photo`], with the calling module's names.
macro_rules! photo_commands {
    ($table:ty: $add:ident, $photos:ident, $delete:ident, $restore:ident) => {
        #[tauri::command(rename_all = "snake_case")]
        pub fn $add(
            state: State<'_, AppState>,
            record_id: RecordId,
            data_base64: String,
        ) -> Result<PhotoView, CommandError> {
            book::add_photo::<$table>(&state, record_id, &data_base64)
        }

        #[tauri::command(rename_all = "snake_case")]
        pub fn $photos(
            state: State<'_, AppState>,
            record_id: RecordId,
        ) -> Result<Vec<PhotoView>, CommandError> {
            book::photos::<$table>(&state, record_id)
        }

        #[tauri::command(rename_all = "snake_case")]
        pub fn $delete(state: State<'_, AppState>, photo_id: RecordId) -> Result<(), CommandError> {
            book::delete_photo::<$table>(&state, photo_id)
        }

        #[tauri::command(rename_all = "snake_case")]
        pub fn $restore(
            state: State<'_, AppState>,
            photo_id: RecordId,
        ) -> Result<PhotoView, CommandError> {
            book::restore_photo::<$table>(&state, photo_id)
        }
    };
}
pub(crate) use photo_commands;

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::pregnancy_records::{PregnancyBook, PregnancyRecordInput};
    use hagukumi_core::records::{ChildBook, RecordInput};
    use hagukumi_core::{ChildInput, PregnancyInput};
    use hagukumi_store::KeySource;

    fn days(n: i64) -> String {
        (today() + chrono::Duration::days(n)).to_string()
    }

    fn refusal<T>(result: Result<T, CommandError>) -> String {
        match result {
            Err(CommandError::Refused { message_id }) => message_id,
            Err(other) => panic!("not a refusal: {other:?}"),
            Ok(_) => panic!("not refused"),
        }
    }

    fn id<B: AppBook>(record: B::Record) -> RecordId {
        Into::<Stored<B>>::into(record).id
    }

    /// The same commands behave alike for every book: a record is added,
    /// edited, deleted and restored with its history, a missing owner or
    /// record is refused in words naming it, and bad input changes nothing.
    fn every_command_of<B: AppBook>(
        state: &AppState,
        owner_id: RecordId,
        [first, second, bad]: [B::Input; 3],
    ) {
        assert_eq!(
            refusal(add::<B>(state, owner_id + 100, &first)),
            B::NO_SUCH_HOLDER
        );
        assert!(matches!(
            add::<B>(state, owner_id, &bad),
            Err(CommandError::Invalid { .. })
        ));
        let record = id::<B>(add::<B>(state, owner_id, &first).unwrap());
        edit::<B>(state, record, &second).unwrap();
        assert!(matches!(
            edit::<B>(state, record, &bad),
            Err(CommandError::Invalid { .. })
        ));
        delete::<B>(state, record).unwrap();
        assert_eq!(refusal(delete::<B>(state, record)), "error-no-such-record");
        // The first load counts the deleted record; its row comes apart.
        let screen = state
            .with(|store| load::<B>(store, owner_id, None))
            .unwrap();
        assert_eq!((screen.records.len(), screen.deleted), (0, 1));
        let undo: Vec<_> = deleted::<B>(state, owner_id)
            .unwrap()
            .into_iter()
            .map(id::<B>)
            .collect();
        assert_eq!(undo, [record]);
        assert_eq!(
            refusal(deleted::<B>(state, owner_id + 100)),
            B::NO_SUCH_HOLDER
        );
        assert_eq!(
            refusal(edit::<B>(state, record, &first)),
            "error-no-such-record"
        );
        restore::<B>(state, record).unwrap();
        assert_eq!(refusal(restore::<B>(state, record)), "error-cannot-restore");
        let changes: Vec<_> = history::<B>(state, record)
            .unwrap()
            .into_iter()
            .map(|h| h.change)
            .collect();
        assert_eq!(changes, ["edit", "delete", "restore"]);
        assert_eq!(
            refusal(history::<B>(state, record + 100)),
            "error-no-such-record"
        );

        let page = state
            .with(|store| load::<B>(store, owner_id, None))
            .unwrap();
        assert_eq!((page.records.len(), page.deleted), (1, 0));
        assert_eq!(page.next, None);
        assert!(deleted::<B>(state, owner_id).unwrap().is_empty());
        let found = records::<B>(state, owner_id, &Filter::default(), None).unwrap();
        assert_eq!((found.records.len(), found.total), (1, 1));
        assert_eq!(
            records::<B>(state, owner_id + 100, &Filter::default(), None)
                .map(drop)
                .map_err(|e| e.message_id().to_owned()),
            Err(B::NO_SUCH_HOLDER.to_owned())
        );
        assert_eq!(
            state
                .with(|store| load::<B>(store, owner_id + 100, None).map(drop))
                .map_err(|e| e.message_id().to_owned()),
            Err(B::NO_SUCH_HOLDER.to_owned())
        );

        assert_eq!(
            refusal(add_photo::<B>(state, record, "not base64!")),
            "error-photo-malformed"
        );
        assert!(photos::<B>(state, record).unwrap().is_empty());
        let jpeg = BASE64.encode(include_bytes!("../../tests/fixtures/photo-with-gps.jpg"));
        assert_eq!(
            refusal(add_photo::<B>(state, record + 100, &jpeg)),
            "error-no-such-record"
        );
        let photo = add_photo::<B>(state, record, &jpeg).unwrap();
        assert_eq!(photo.mime, "image/jpeg");
        delete_photo::<B>(state, photo.id).unwrap();
        let strip = photos::<B>(state, record).unwrap();
        assert!(strip[0].deleted_at.is_some(), "kept for its undo");
        assert_eq!(
            restore_photo::<B>(state, photo.id).unwrap().deleted_at,
            None
        );
        assert_eq!(
            refusal(delete_photo::<B>(state, photo.id + 100)),
            "error-no-such-photo"
        );
        assert_eq!(
            refusal(restore_photo::<B>(state, photo.id)),
            "error-photo-cannot-restore"
        );

        // The first load is one window of rows, with the cursor of the
        // rest; asked for more (after a change), as many as asked.
        for _ in 0..FIRST_ROWS {
            add::<B>(state, owner_id, &first).unwrap();
        }
        let first_load = state
            .with(|store| load::<B>(store, owner_id, None))
            .unwrap();
        assert_eq!(first_load.records.len(), FIRST_ROWS);
        assert!(first_load.next.is_some());
        let all = state
            .with(|store| load::<B>(store, owner_id, Some(FIRST_ROWS + 1)))
            .unwrap();
        assert_eq!((all.records.len(), all.next), (FIRST_ROWS + 1, None));
    }

    #[test]
    fn a_childs_and_a_pregnancys_records_go_through_the_same_commands() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_with(
            &dir.path().join("handbook"),
            &KeySource::Passphrase("a long passphrase".into()),
        )
        .unwrap();
        let child = ChildInput {
            name: "はるか".into(),
            birth_date: days(-300),
            sex: String::new(),
        };
        let child = store.add_child(&child.validate(today()).unwrap()).unwrap();
        let pregnancy = PregnancyInput {
            label: String::new(),
            expected_date: days(100),
        };
        let pregnancy = store
            .add_pregnancy(&pregnancy.validate(today()).unwrap())
            .unwrap();
        let state = AppState::of(store);

        let note = |date: String, text: &str| RecordInput::Note {
            date,
            text: text.into(),
        };
        every_command_of::<ChildBook>(
            &state,
            child.id,
            [
                note(days(-10), "はじめて歩いた"),
                note(days(-9), "はじめて走った"),
                note("soon".into(), "?"),
            ],
        );
        let notification = |date: String| PregnancyRecordInput::Notification {
            date,
            method: "ultrasound".into(),
        };
        every_command_of::<PregnancyBook>(
            &state,
            pregnancy.id,
            [
                notification(days(-5)),
                notification(days(-4)),
                notification("soon".into()),
            ],
        );
    }
}
