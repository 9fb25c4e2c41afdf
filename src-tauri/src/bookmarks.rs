//! The nursery bookmarks (保活): thin commands over the store
//! (`Store::ordered_bookmarks`, `add_bookmark`, …) with core checking what
//! a bookmark holds (`nursery::Bookmark`) and putting them side by side
//! (`nursery::compare`). Every change answers with the whole list in the
//! preference order, as the window shows it. Photos from visits use the
//! photo commands of the records (`book.rs`) over `BookmarkPhotos`.

use crate::book;
use crate::clock::{now, today};
use crate::state::{refused, AppState};
use hagukumi_core::api::{CommandError, PhotoView};
use hagukumi_core::model::RecordId;
use hagukumi_core::nursery::{
    bookmarks_view, compare, Bookmark, BookmarkError, BookmarksView, CompareRequest, Comparison,
    Move,
};
use hagukumi_store::{BookmarkPhotos, Store};
use tauri::State;

fn view(store: &Store) -> Result<BookmarksView, CommandError> {
    Ok(bookmarks_view(
        &store.nurseries_in_use()?,
        &store.ordered_bookmarks()?,
    ))
}

/// The bookmarks in the preference order.
#[tauri::command(rename_all = "snake_case")]
pub fn nursery_bookmarks(state: State<'_, AppState>) -> Result<BookmarksView, CommandError> {
    state.with(view)
}

/// Bookmarks a facility of the data (last in the order).
#[tauri::command(rename_all = "snake_case")]
pub fn nursery_bookmark_add(
    state: State<'_, AppState>,
    facility_id: String,
) -> Result<BookmarksView, CommandError> {
    state.with_mut(|store| {
        let new = Bookmark::of(&store.nurseries_in_use()?, &facility_id)
            .map_err(|e| refused(e.message_id()))?;
        store.add_bookmark(&new, now())?;
        view(store)
    })
}

/// Removes a bookmark (it comes back with its note and photos when the
/// facility is bookmarked again within 30 days).
#[tauri::command(rename_all = "snake_case")]
pub fn nursery_bookmark_remove(
    state: State<'_, AppState>,
    bookmark_id: RecordId,
) -> Result<BookmarksView, CommandError> {
    state.with_mut(|store| {
        store
            .remove_bookmark(bookmark_id, now())?
            .map_err(|e| refused(e.message_id()))?;
        view(store)
    })
}

/// Changes a live bookmark through core (`change`), then answers the list.
fn change(
    state: &AppState,
    bookmark_id: RecordId,
    change: impl FnOnce(&Bookmark) -> Result<Bookmark, hagukumi_core::ValidationErrors>,
) -> Result<BookmarksView, CommandError> {
    state.with_mut(|store| {
        let kept = store.bookmark(bookmark_id)?.ok_or_else(|| {
            refused(BookmarkError::NotBookmarked(bookmark_id.to_string()).message_id())
        })?;
        let changed = change(&kept.bookmark)?;
        store
            .update_bookmark(bookmark_id, &changed, now())?
            .map_err(|e| refused(e.message_id()))?;
        view(store)
    })
}

/// Keeps the note as typed (empty: none; checked by core).
#[tauri::command(rename_all = "snake_case")]
pub fn nursery_bookmark_note(
    state: State<'_, AppState>,
    bookmark_id: RecordId,
    note: String,
) -> Result<BookmarksView, CommandError> {
    change(&state, bookmark_id, |b| b.with_note(&note))
}

/// Sets the stars (1–5) or clears them.
#[tauri::command(rename_all = "snake_case")]
pub fn nursery_bookmark_stars(
    state: State<'_, AppState>,
    bookmark_id: RecordId,
    stars: Option<u8>,
) -> Result<BookmarksView, CommandError> {
    change(&state, bookmark_id, |b| b.with_stars(stars))
}

/// Moves a bookmark in the preference order.
#[tauri::command(rename_all = "snake_case")]
pub fn nursery_bookmark_move(
    state: State<'_, AppState>,
    bookmark_id: RecordId,
    to: Move,
) -> Result<BookmarksView, CommandError> {
    state.with_mut(|store| {
        store
            .move_bookmark(bookmark_id, to, now())?
            .map_err(|e| refused(e.message_id()))?;
        view(store)
    })
}

/// The comparison table of 2–4 bookmarks or of every starred one.
#[tauri::command(rename_all = "snake_case")]
pub fn nursery_compare(
    state: State<'_, AppState>,
    request: CompareRequest,
) -> Result<Comparison, CommandError> {
    let (data, kept) =
        state.with(|store| Ok((store.nurseries_in_use()?, store.ordered_bookmarks()?)))?;
    compare(&data, &kept, &request, today()).map_err(|e| refused(e.message_id()))
}

book::photo_commands!(BookmarkPhotos: add_bookmark_photo, bookmark_photos,
    delete_bookmark_photo, restore_bookmark_photo);
