//! The commands the UI may call (each granted in capabilities/main.json):
//! home, children, the language, and a child's records and their photos
//! (thin wrappers over [`crate::book`] for [`ChildBook`]). Every one
//! validates its input with core and returns a typed error.

use crate::book::{self, AppBook, Lookup};
use crate::clock::today;
use crate::state::AppState;
use hagukumi_core::api::{ChildView, CommandError, HomeView, PhotoView};
use hagukumi_core::book::{Book, Cursor, Filter, History, Page};
use hagukumi_core::growth::{Reference, Sex};
use hagukumi_core::model::RecordId;
use hagukumi_core::records::{ChildBook, Record, RecordData, RecordInput, SUMMARY_KINDS};
use hagukumi_core::{
    Child, ChildInput, Date, Language, Pregnancy, PregnancyInput, ValidationErrors,
};
use hagukumi_store::Store;
use tauri::State;

impl AppBook for ChildBook {
    type Holder = Child;
    const HOLDER: Lookup<Option<Child>> = Store::child;
    const NO_SUCH_HOLDER: &'static str = "error-no-such-child";

    /// A checkup's answers against the checklists of the rules in use.
    fn check(
        store: &Store,
        input: &RecordInput,
        birth: &Date,
        today: Date,
    ) -> Result<RecordData, ValidationErrors> {
        crate::rules::validate_record(store, input, *birth, today)
    }
}

#[tauri::command(rename_all = "snake_case")]
pub fn load_home(state: State<'_, AppState>) -> Result<HomeView, CommandError> {
    state.with(|store| {
        Ok(HomeView {
            language: store.language()?.unwrap_or_default(),
            today: today(),
            children: store.children()?,
            pregnancies: store.pregnancies()?,
        })
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn add_child(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    input: ChildInput,
) -> Result<Child, CommandError> {
    let child = input.validate(today())?;
    let added = state.with(|store| Ok(store.add_child(&child)?))?;
    crate::notice::ask_permission(&app);
    Ok(added)
}

#[tauri::command(rename_all = "snake_case")]
pub fn add_pregnancy(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    input: PregnancyInput,
) -> Result<Pregnancy, CommandError> {
    let pregnancy = input.validate(today())?;
    let added = state.with(|store| Ok(store.add_pregnancy(&pregnancy)?))?;
    crate::notice::ask_permission(&app);
    Ok(added)
}

/// The Fluent files of `language` and its fallbacks (the UI's words; the
/// wasm carries none). `None`: the handbook's language, or the default
/// when no handbook is open yet (the recovery screen).
#[tauri::command(rename_all = "snake_case")]
pub fn locale_files(
    state: State<'_, AppState>,
    language: Option<Language>,
) -> hagukumi_i18n::LocaleFiles {
    let language = language
        .or_else(|| state.with(|store| Ok(store.language()?)).ok().flatten())
        .unwrap_or_default();
    hagukumi_i18n::chain_files(language)
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_language(
    app: tauri::AppHandle,
    state: State<'_, AppState>,
    language: Language,
) -> Result<(), CommandError> {
    state.with(|store| Ok(store.set_language(language)?))?;
    // The lock screen speaks the handbook's language before it is open.
    crate::lock::note_language(&app, language)
}

/// The child's screen: the child with its newest `rows` records (when
/// `None`, the rows one window shows, `book::FIRST_ROWS`; the window asks
/// for the rows it shows after a change), how many deleted ones it can
/// still restore (the rows themselves are [`child_deleted_records`]), and
/// what its head shows (the latest measurements). Nothing here reads the
/// child's whole history: the chart (`growth_chart`) and the clinic
/// summary ([`child_summary_records`]) are asked for by what shows them.
#[tauri::command(rename_all = "snake_case")]
pub fn load_child(
    state: State<'_, AppState>,
    child_id: RecordId,
    rows: Option<usize>,
) -> Result<ChildView, CommandError> {
    state.with(|store| child_view(store, child_id, rows))
}

/// [`load_child`] on a store.
pub fn child_view(
    store: &Store,
    child_id: RecordId,
    rows: Option<usize>,
) -> Result<ChildView, CommandError> {
    let page = book::load::<ChildBook>(store, child_id, rows)?;
    Ok(ChildView {
        today: page.today,
        child: page.holder,
        records: page.records,
        next: page.next,
        deleted: page.deleted,
        head: store.child_head(child_id)?,
        photo_counts: page.photo_counts,
        growth_reference: store.growth_reference(child_id)?,
        rules: crate::rules::in_use(store).ok().map(|r| r.version),
        checklist: crate::rules::bundle_checklist(store),
    })
}

/// What the clinic summary reads: every live record of
/// [`SUMMARY_KINDS`] (allergies, vaccinations, illnesses and the growth
/// values), oldest first, whichever page the screen lists.
#[tauri::command(rename_all = "snake_case")]
pub fn child_summary_records(
    state: State<'_, AppState>,
    child_id: RecordId,
) -> Result<Vec<Record>, CommandError> {
    state.with(|store| {
        book::holder::<ChildBook>(store, child_id)?;
        Ok(store.of_kinds::<ChildBook>(child_id, &SUMMARY_KINDS)?)
    })
}

book::record_commands!(ChildBook, child_id: child_records, child_deleted_records, add_record,
    edit_record, delete_record, restore_record, record_history);

/// `changed`, or the refusal when there is no such child.
fn child_found(changed: bool) -> Result<(), CommandError> {
    match changed {
        true => Ok(()),
        false => Err(book::no_such_holder::<ChildBook>()),
    }
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_child_sex(
    state: State<'_, AppState>,
    child_id: RecordId,
    sex: Option<Sex>,
) -> Result<(), CommandError> {
    state.with(|store| child_found(store.set_child_sex(child_id, sex)?))
}

/// Chooses the growth reference of a child's charts (Japanese 2023 or WHO).
#[tauri::command(rename_all = "snake_case")]
pub fn set_growth_reference(
    state: State<'_, AppState>,
    child_id: RecordId,
    reference: Reference,
) -> Result<(), CommandError> {
    state.with(|store| child_found(store.set_growth_reference(child_id, reference)?))
}

book::photo_commands!(ChildBook: add_photo, record_photos, delete_photo, restore_photo);
