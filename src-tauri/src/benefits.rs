//! Benefit commands: the Benefits screen's view (the sync library's
//! `benefits::view`), the once-only application (checked by core, queued
//! by the sync library, sent by the sync that starts right away or a later
//! one when offline), and the applications the parent tracks by hand.
//! Thin: no checks or SQL here; the clock is read here.

use crate::clock::{now, today};
use crate::portal::sync_in_background;
use crate::state::{refused, AppState};
use hagukumi_core::api::CommandError;
use hagukumi_core::benefits::{
    applications, deadline_reminders, BenefitsView, OnceOnlyInput, TrackedInput,
};
use hagukumi_core::model::RecordId;
use hagukumi_core::Date;
use hagukumi_i18n::Localizer;
use hagukumi_store::Store;
use hagukumi_sync::questionnaire::QueueError;
use hagukumi_sync::SyncError;
use tauri::{AppHandle, Manager, State};

#[tauri::command(rename_all = "snake_case")]
pub fn load_benefits(state: State<'_, AppState>) -> Result<BenefitsView, CommandError> {
    state.with(|store| Ok(hagukumi_sync::benefits::view(store, today())?))
}

/// Checks the once-only application against the handbook's children and
/// queues it; returns the view with it pending.
#[tauri::command(rename_all = "snake_case")]
pub fn apply_benefits(app: AppHandle, input: OnceOnlyInput) -> Result<BenefitsView, CommandError> {
    let today = today();
    let view = app.state::<AppState>().with(|store| {
        let application = input.validate(&store.children()?, today)?;
        hagukumi_sync::benefits::queue(store, &application, now()).map_err(|e| match e {
            QueueError::Sync(SyncError::Store(s)) => CommandError::from(s),
            other => refused(other.message_id()),
        })?;
        Ok(hagukumi_sync::benefits::view(store, today)?)
    })?;
    if view.connected {
        sync_in_background(&app);
    }
    Ok(view)
}

#[tauri::command(rename_all = "snake_case")]
pub fn track_benefit(
    state: State<'_, AppState>,
    input: TrackedInput,
) -> Result<BenefitsView, CommandError> {
    let tracked = input.validate(today())?;
    state.with(|store| {
        store.add_tracked_benefit(&tracked, now())?;
        Ok(hagukumi_sync::benefits::view(store, today())?)
    })
}

#[tauri::command(rename_all = "snake_case")]
pub fn delete_tracked_benefit(
    state: State<'_, AppState>,
    id: RecordId,
) -> Result<BenefitsView, CommandError> {
    state.with(|store| {
        if !store.delete_tracked_benefit(id)? {
            return Err(refused("benefit-no-such-application"));
        }
        Ok(hagukumi_sync::benefits::view(store, today())?)
    })
}

/// The deadline reminders due on `today` and not sent yet, in words (the
/// program's name as `who`), for the reminders thread.
pub(crate) fn due_notices(
    store: &Store,
    l: &Localizer,
    settings: &hagukumi_core::schedule::reminders::ReminderSettings,
    today: Date,
) -> Result<Vec<crate::notice::Notice>, CommandError> {
    let apps = applications(&store.official_benefits()?, &store.tracked_benefits()?);
    let mut out = Vec::new();
    for r in deadline_reminders(&apps, today, settings) {
        if store.reminder_sent(&r.reminder.id)? {
            continue;
        }
        out.push(crate::notice::Notice {
            id: r.reminder.id.clone(),
            title: crate::notice::render(l, &r.reminder.title, &r.program),
            body: crate::notice::render(l, &r.reminder.body, &r.program),
            opens: Some("benefits"),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::Language;
    use hagukumi_store::KeySource;

    #[test]
    fn a_deadline_reminder_is_worded_with_the_program_and_sent_once() {
        let dir = tempfile::tempdir().unwrap();
        let store =
            Store::open_with(dir.path(), &KeySource::Passphrase("p-passphrase-12".into())).unwrap();
        let today: Date = "2026-12-04".parse().unwrap();
        let tracked = TrackedInput {
            program: "児童手当".into(),
            state: "not-applied".into(),
            deadline: "2026-12-10".into(),
            ..Default::default()
        }
        .validate(today)
        .unwrap();
        store.add_tracked_benefit(&tracked, now()).unwrap();
        let settings = store.reminder_settings().unwrap();
        let l = Localizer::new(Language::Ja);
        let notices = due_notices(&store, &l, &settings, today).unwrap();
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(
            notices[0].title.contains("児童手当"),
            "{}",
            notices[0].title
        );
        assert!(notices[0].body.contains("あと6日"), "{}", notices[0].body);
        let en = due_notices(&store, &Localizer::new(Language::En), &settings, today).unwrap();
        assert!(en[0].body.contains("days left"), "{}", en[0].body);
        store.mark_reminder_sent(&notices[0].id, now()).unwrap();
        assert!(due_notices(&store, &l, &settings, today)
            .unwrap()
            .is_empty());
    }
}
