//! One record list and one record form for every record owner (a child, a
//! pregnancy): rows with photos, edit, history, delete and the 30-day undo,
//! and the form frame (kind chips, errors by field, save/cancel, busy).
//! An owner is an [`Owner`]: its commands, its core types, its words and
//! its fields; the screens only lay the pieces out.

use crate::ipc;
use crate::photos::PhotoOf;
use hagukumi_core::api::CommandError;
use hagukumi_core::book::{Book, Cursor, History, Page, FIRST_ROWS};
use hagukumi_core::model::RecordId;
use hagukumi_core::Date;
use hagukumi_i18n::Localizer;
use serde::de::DeserializeOwned;
use serde::ser::SerializeMap;
use serde::Serialize;
use yew::prelude::*;

mod form;
mod list;

pub use form::{FormCtx, RecordForm};
pub use list::record_list;

/// What the generic list and form need of a record owner. Its associated
/// types are the core's own (`RecordData`/`RecordInput`/`RecordKind`, the
/// pregnancy's twins); the value carries what its rows and fields need to
/// know (its id, the due date, official items).
pub trait Owner: Clone + PartialEq + 'static {
    /// The core book whose records these are: the kind and date of a
    /// record come from it.
    type Book: Book<Record = Self::Record, Data = Self::Data, Input = Self::Input, Kind = Self::Kind>
        + Clone
        + PartialEq;
    type Record: Clone + PartialEq + DeserializeOwned + 'static;
    type Data;
    type Input: Serialize + 'static;
    type Kind: Copy + PartialEq + 'static;
    type Draft: Draft<Book = Self::Book>;

    /// The commands (`add` takes the owner's id under [`Owner::OWNER_ARG`]
    /// and `input`; the others `record_id`, `edit` also `input`).
    const ADD: &'static str;
    const EDIT: &'static str;
    const DELETE: &'static str;
    const RESTORE: &'static str;
    const HISTORY: &'static str;
    /// `child_id` or `pregnancy_id`.
    const OWNER_ARG: &'static str;
    /// The command answering a page of the owner's live records
    /// (`child_records`: the owner's id, `filter`, `after`).
    const PAGE: &'static str;
    /// The command answering the owner's deleted records that can still be
    /// restored (`child_deleted_records`: the owner's id), asked for when
    /// the parent opens them.
    const DELETED: &'static str;
    const PHOTOS: PhotoOf;
    /// Before every DOM id of the list and the form (`""`, `"pregnancy-"`).
    const PREFIX: &'static str;
    /// The id of a deleted row, before the record's id.
    const DELETED_ROW: &'static str;
    /// The list's classes.
    const LIST_CLASS: &'static str;
    /// Fluent ids: the list's heading and what it says when empty.
    const TITLE: &'static str;
    const EMPTY: &'static str;

    fn owner_id(&self) -> RecordId;
    fn id(record: &Self::Record) -> RecordId;
    fn data(record: &Self::Record) -> &Self::Data;
    /// Official records have no edit or delete.
    fn read_only(_record: &Self::Record) -> bool {
        false
    }
    fn kind(data: &Self::Data) -> Self::Kind {
        Self::Book::kind(data)
    }
    fn kind_name(tr: &Localizer, kind: Self::Kind) -> String;
    /// The kind's id (`measurement`), in class and DOM ids.
    fn kind_str(kind: Self::Kind) -> &'static str {
        Self::Book::kind_id(kind)
    }
    fn date(data: &Self::Data) -> Date {
        Self::Book::date(data)
    }
    /// One line describing a record (may be empty).
    fn summary(tr: &Localizer, data: &Self::Data) -> String;
    /// A record as it was before a change, in one line (its history).
    fn before(tr: &Localizer, previous: &Self::Data) -> String;
    /// What follows kind and date in a row's first line.
    fn meta_extra(&self, _tr: &Localizer, _record: &Self::Record, _deleted: bool) -> Html {
        html! {}
    }
    /// A note under a live row's summary.
    fn row_note(&self, _tr: &Localizer, _record: &Self::Record) -> Html {
        html! {}
    }

    /// The kinds offered as chips in the form.
    fn kinds(&self) -> Vec<Self::Kind>;
    /// The kind the form shows when `chosen` is the chip last pressed.
    fn current_kind(&self, chosen: Self::Kind) -> Self::Kind {
        chosen
    }
    fn first_kind() -> Self::Kind;
    /// The fields of one kind.
    fn fields(&self, cx: &FormCtx<'_, Self::Draft>, kind: Self::Kind) -> Html;
}

/// The form's fields, all as typed (kept when switching kinds).
pub trait Draft: Clone + PartialEq + Default + 'static {
    type Book: Book;
    /// The form filled with a stored record's input (to edit it).
    fn from_input(input: &<Self::Book as Book>::Input) -> Self;
    /// What the fields say as a record of `kind`: the input's JSON, which
    /// the shell reads as its book's input. The window never reads an input
    /// itself, so no deserializer of every kind's input is in its wasm
    /// (73 KiB of it raw when they were: the inputs are internally tagged,
    /// read through serde's buffered content).
    fn input(&self, kind: <Self::Book as Book>::Kind) -> serde_json::Value;
}

/// A draft whose fields are named as its book's inputs' fields (a name
/// means one value in every kind): filled from an input and read back as
/// one through their JSON, so no kind's fields are listed again.
pub trait NamedDraft: Clone + PartialEq + Default + Serialize + DeserializeOwned + 'static {
    type Book: Book<Input: Serialize>;
}

impl<D: NamedDraft> Draft for D {
    type Book = D::Book;

    fn from_input(input: &<D::Book as Book>::Input) -> D {
        serde_json::to_value(input)
            .and_then(serde_json::from_value)
            .unwrap_or_default()
    }

    fn input(&self, kind: <D::Book as Book>::Kind) -> serde_json::Value {
        let mut fields = serde_json::to_value(self).expect("a draft is strings");
        fields["kind"] = D::Book::kind_id(kind).into();
        fields
    }
}

/// `{ "<owner>_id": id, "<key>": value }`: the argument of an `add`
/// command (`input`) and of a page command (`after`, the cursor).
pub(crate) struct OwnerArgs<T> {
    pub field: &'static str,
    pub id: RecordId,
    pub key: &'static str,
    pub value: T,
}

impl<T: Serialize> Serialize for OwnerArgs<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry(self.field, &self.id)?;
        map.serialize_entry(self.key, &self.value)?;
        map.end()
    }
}

/// What a screen's list has asked for: how many live rows it shows (the
/// first load's [`FIRST_ROWS`], more after each next page; asked for again
/// when the screen reloads after a change) and the cursor of the last
/// page asked for, so a page is asked for once however often the end of
/// the list comes near or "more" is pressed.
pub struct Paging {
    pub rows: usize,
    asked: Option<Cursor>,
}

pub type Shown = std::rc::Rc<std::cell::RefCell<Paging>>;

/// A screen's [`Shown`], starting at the first load's rows.
#[hook]
pub fn use_shown() -> Shown {
    use_mut_ref(Paging::first)
}

impl Paging {
    fn first() -> Paging {
        Paging {
            rows: FIRST_ROWS,
            asked: None,
        }
    }

    /// Back to the first load's rows (another owner's screen).
    pub fn reset(&mut self) {
        *self = Paging::first();
    }
}

/// The next page of an owner's list when one exists: fetches the page
/// after `after` (once), counts its rows in
/// `shown` and hands it to `append` (the screen adds its rows after the
/// ones it shows). Called as the parent scrolls near the end of the list
/// and by its "more" button.
pub fn more<O: Owner>(
    owner_id: RecordId,
    after: Option<Cursor>,
    shown: &Shown,
    append: Callback<Page<O::Record>>,
) -> Option<Callback<()>> {
    let after = after?;
    let shown = shown.clone();
    Some(Callback::from(move |()| {
        if shown.borrow().asked == Some(after) {
            return;
        }
        shown.borrow_mut().asked = Some(after);
        let (shown, append) = (shown.clone(), append.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let args = OwnerArgs {
                field: O::OWNER_ARG,
                id: owner_id,
                key: "after",
                value: after,
            };
            match ipc::invoke::<_, Page<O::Record>>(O::PAGE, &args).await {
                Ok(page) => {
                    // `asked` stays: until the screen shows this page, the
                    // end and "more" still ask after `after`.
                    shown.borrow_mut().rows += page.records.len();
                    append.emit(page);
                }
                // Asked for again next time.
                Err(_) => shown.borrow_mut().asked = None,
            }
        });
    }))
}

/// The owner's deleted records that can still be restored.
async fn deleted_records<O: Owner>(owner_id: RecordId) -> Result<Vec<O::Record>, CommandError> {
    let mut args = serde_json::Map::new();
    args.insert(O::OWNER_ARG.into(), owner_id.into());
    ipc::invoke(O::DELETED, &args).await
}

#[derive(Serialize)]
pub(crate) struct RecordArgs<I> {
    pub record_id: RecordId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<I>,
}

fn record_args(record_id: RecordId) -> RecordArgs<()> {
    RecordArgs {
        record_id,
        input: None,
    }
}

/// The line above the list after a delete (with its undo) or a restore.
#[derive(Clone, PartialEq)]
pub enum Notice {
    Deleted(RecordId),
    Restored,
    Failed(CommandError),
}

pub type OpenHistory<O> = crate::history::OpenHistory<History<<O as Owner>::Book>>;

/// The list's state, shared with the form: the notice, the record being
/// edited and the row whose history is open, with what the buttons do.
pub struct Records<O: Owner> {
    pub notice: UseStateHandle<Option<Notice>>,
    pub editing: UseStateHandle<Option<O::Record>>,
    pub history: UseStateHandle<Option<OpenHistory<O>>>,
    pub on_delete: Callback<RecordId>,
    pub on_restore: Callback<RecordId>,
    pub on_edit: Callback<O::Record>,
    pub on_history: Callback<RecordId>,
    /// After the form saved: notice, edit and history closed, reloaded.
    pub on_saved: Callback<()>,
    pub on_cancel: Callback<()>,
}

/// The list's state; `reload` loads the owner's screen again.
#[hook]
pub fn use_records<O: Owner>(reload: Callback<()>) -> Records<O> {
    let notice = use_state(|| None::<Notice>);
    let editing = use_state(|| None::<O::Record>);
    let history = use_state(|| None::<OpenHistory<O>>);
    let after = |command: &'static str, ok: fn(RecordId) -> Notice| {
        let (reload, notice) = (reload.clone(), notice.clone());
        Callback::from(move |record_id: RecordId| {
            let (reload, notice) = (reload.clone(), notice.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let r =
                    ipc::invoke::<_, serde::de::IgnoredAny>(command, &record_args(record_id)).await;
                notice.set(Some(match r {
                    Ok(_) => ok(record_id),
                    Err(e) => Notice::Failed(e),
                }));
                reload.emit(());
            });
        })
    };
    let on_delete = after(O::DELETE, Notice::Deleted);
    let on_restore = after(O::RESTORE, |_| Notice::Restored);
    let on_edit = {
        let (editing, history) = (editing.clone(), history.clone());
        Callback::from(move |record: O::Record| {
            history.set(None);
            editing.set(Some(record));
        })
    };
    let on_history = {
        let history = history.clone();
        Callback::from(move |record_id: RecordId| {
            if history.as_ref().is_some_and(|h| h.record_id == record_id) {
                history.set(None);
                return;
            }
            history.set(Some(OpenHistory::<O> {
                record_id,
                entries: None,
            }));
            let history = history.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let r =
                    ipc::invoke::<_, Vec<History<O::Book>>>(O::HISTORY, &record_args(record_id))
                        .await;
                history.set(Some(OpenHistory::<O> {
                    record_id,
                    entries: Some(r),
                }));
            });
        })
    };
    let on_saved = {
        let (notice, editing, history) = (notice.clone(), editing.clone(), history.clone());
        Callback::from(move |()| {
            notice.set(None);
            editing.set(None);
            history.set(None);
            reload.emit(())
        })
    };
    let on_cancel = {
        let editing = editing.clone();
        Callback::from(move |()| editing.set(None))
    };
    Records {
        notice,
        editing,
        history,
        on_delete,
        on_restore,
        on_edit,
        on_history,
        on_saved,
        on_cancel,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::Draft;
    use hagukumi_core::book::Book;
    use serde::de::DeserializeOwned;
    use std::fmt::Debug;

    type Input<D> = <<D as Draft>::Book as Book>::Input;

    /// What `draft` sends as a record of `kind`, read as the shell reads it.
    pub(crate) fn sent<D: Draft>(draft: &D, kind: <D::Book as Book>::Kind) -> Input<D>
    where
        Input<D>: DeserializeOwned,
    {
        serde_json::from_value(draft.input(kind)).expect("the shell reads it")
    }

    /// `inputs`, one of each of the book's `kinds`, every field given, each
    /// come back as they went in from the draft they fill (read as the
    /// shell reads the input the window sends).
    pub(crate) fn every_kind_reads_back<D: Draft>(
        inputs: &[Input<D>],
        kinds: usize,
        kind: fn(&Input<D>) -> <D::Book as Book>::Kind,
    ) where
        Input<D>: PartialEq + Debug + DeserializeOwned,
    {
        assert_eq!(inputs.len(), kinds);
        for input in inputs {
            assert_eq!(&sent(&D::from_input(input), kind(input)), input);
        }
    }
}
