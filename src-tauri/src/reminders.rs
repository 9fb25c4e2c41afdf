//! Reminders as local notifications: at start and then every hour, the due
//! reminders (core's [`reminders`]) not yet sent are shown through the
//! notification plugin, in the handbook's language, and remembered as sent.
//! Sent from Rust, so the window needs no notification permission.

use crate::clock::{now, today};
use crate::notice::{render, Notice};
use crate::state::AppState;
use hagukumi_core::api::CommandError;
use hagukumi_core::schedule::reminders::{reminders, Reminder, ReminderSettings};
use hagukumi_core::Date;
use hagukumi_i18n::Localizer;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_notification::NotificationExt;

/// How often the reminders are checked while the app runs.
const EVERY: std::time::Duration = std::time::Duration::from_secs(60 * 60);

#[tauri::command(rename_all = "snake_case")]
pub fn reminder_settings(state: State<'_, AppState>) -> Result<ReminderSettings, CommandError> {
    state.with(|store| Ok(store.reminder_settings()?))
}

#[tauri::command(rename_all = "snake_case")]
pub fn set_reminder_settings(
    state: State<'_, AppState>,
    days_before_open: i64,
    days_before_close: i64,
) -> Result<ReminderSettings, CommandError> {
    let settings = ReminderSettings::new(days_before_open, days_before_close)?;
    state.with_mut(|store| {
        store.set_reminder_settings(&settings)?;
        Ok(settings)
    })
}

/// Checks now and then every hour, on a thread of its own (it sleeps in
/// between; the app's exit ends it).
pub fn start<R: Runtime>(app: AppHandle<R>) {
    let spawned = std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || loop {
            if let Err(e) = send_due(&app) {
                eprintln!("hagukumi: reminders: {e}");
            }
            std::thread::sleep(EVERY);
        });
    if let Err(e) = spawned {
        eprintln!("hagukumi: reminders: {e}");
    }
}

/// Checks once now, on a thread (after an unlock: while the app lock keeps
/// the handbook closed no reminder can be read, so none is sent).
pub fn check_now<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    let spawned = std::thread::Builder::new()
        .name("reminders-now".into())
        .spawn(move || {
            if let Err(e) = send_due(&app) {
                eprintln!("hagukumi: reminders: {e}");
            }
        });
    if let Err(e) = spawned {
        eprintln!("hagukumi: reminders: {e}");
    }
}

/// Checks right after a portal sync (`portal::AFTER_SYNC`): what it
/// brought is told then.
pub(crate) fn after_sync(app: &AppHandle) {
    if let Err(e) = send_due(app) {
        eprintln!("hagukumi: reminders: {e}");
    }
}

/// Shows every due reminder not sent yet and marks it sent.
fn send_due<R: Runtime>(app: &AppHandle<R>) -> Result<(), CommandError> {
    let state = app.state::<AppState>();
    state.with(|store| {
        for notice in due_notices(store, today())? {
            let mut builder = app
                .notification()
                .builder()
                .title(&notice.title)
                .body(&notice.body);
            if let Some(screen) = notice.opens {
                builder = builder.extra(crate::tap::OPENS, screen);
            }
            let shown = builder.show();
            match shown {
                Ok(()) => {
                    store.mark_reminder_sent(&notice.id, now())?;
                }
                Err(e) => eprintln!("hagukumi: reminder {}: {e}", notice.id),
            }
        }
        Ok(())
    })
}

/// The due reminders not sent yet, worded in the handbook's language.
pub(crate) fn due_notices(
    store: &hagukumi_store::Store,
    today: Date,
) -> Result<Vec<Notice>, CommandError> {
    let settings = store.reminder_settings()?;
    let language = store.language()?.unwrap_or_default();
    let family = crate::schedule::family_plans(store, today)?;
    let names: Vec<_> = family
        .iter()
        .map(|(key, name, _)| (*key, name.clone()))
        .collect();
    let plans: Vec<_> = family
        .into_iter()
        .map(|(key, _, items)| (key, items))
        .collect();
    let l = Localizer::new(language);
    let who = |key| {
        let name = names
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, n)| n.clone());
        name.unwrap_or_else(|| l.text("pregnancy-untitled"))
    };
    let mut notices = Vec::new();
    for reminder in reminders(&plans, today, &settings) {
        // The monthly news (crate::monthly) replaces the schedule digest.
        if reminder.kind == hagukumi_core::schedule::reminders::ReminderKind::Digest {
            continue;
        }
        if store.reminder_sent(&reminder.id)? {
            continue;
        }
        notices.push(word(&l, &reminder, &who));
    }
    notices.extend(crate::monthly::due(
        store, &plans, &settings, &l, &who, today,
    )?);
    notices.extend(crate::benefits::due_notices(store, &l, &settings, today)?);
    notices.extend(crate::booking::due_notices(store, &l, today)?);
    Ok(notices)
}

/// A reminder in words; `who` names a person.
pub(crate) fn word(
    l: &Localizer,
    reminder: &Reminder,
    who: &dyn Fn(hagukumi_core::schedule::reminders::PersonKey) -> String,
) -> Notice {
    let name = reminder.person.map(who).unwrap_or_default();
    let mut body = render(l, &reminder.body, &name);
    for entry in &reminder.entries {
        body.push('\n');
        body.push_str(&render(l, &entry.line, &who(entry.person)));
    }
    Notice {
        id: reminder.id.clone(),
        title: render(l, &reminder.title, &name),
        body,
        opens: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hagukumi_core::schedule::reminders::{PersonKey, MESSAGE_IDS};
    use hagukumi_core::schedule::Reason;
    use hagukumi_core::{ChildInput, Language};
    use hagukumi_store::{KeySource, Store};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn every_reminder_message_has_words_in_both_languages() {
        for lang in Language::ALL {
            let l = Localizer::new(lang);
            for id in MESSAGE_IDS {
                assert_ne!(l.text(id), id, "{lang}: {id}");
            }
        }
    }

    #[test]
    fn due_reminders_are_worded_in_the_handbooks_language_and_sent_once() {
        crate::schedule::init();
        let dir = tempfile::tempdir().unwrap();
        let store =
            Store::open_with(dir.path(), &KeySource::Passphrase("p-passphrase-12".into())).unwrap();
        let today = d("2026-05-01");
        // Born 2026-03-05: the second doses open at 2 months + 27 days or
        // so; on the 1st the digest lists May's items.
        let child = ChildInput {
            name: "はなこ".into(),
            birth_date: "2026-03-05".into(),
            ..Default::default()
        }
        .validate(today)
        .unwrap();
        store.add_child(&child).unwrap();
        let notices = due_notices(&store, today).unwrap();
        let digest = notices
            .iter()
            .find(|n| n.id == "news:2026-05-01")
            .expect("the monthly news on the 1st");
        assert_eq!(digest.title, "今月のお知らせ");
        assert!(digest.body.contains("はなこ："), "{}", digest.body);
        assert!(!digest.body.contains('{'), "{}", digest.body);
        for n in &notices {
            assert!(!n.title.contains("reminder-"), "{n:?}");
            assert!(!n.body.contains("reminder-"), "{n:?}");
        }
        store.set_language(Language::En).unwrap();
        let en = due_notices(&store, today).unwrap();
        assert_eq!(en.len(), notices.len());
        assert!(en.iter().any(|n| n.title == "This month's news"));
        for n in &notices {
            store.mark_reminder_sent(&n.id, now()).unwrap();
        }
        assert!(due_notices(&store, today).unwrap().is_empty());
    }

    #[test]
    fn a_pregnancy_without_label_is_the_baby() {
        let l = Localizer::new(Language::Ja);
        let r = hagukumi_core::schedule::reminders::Reminder {
            id: "x".into(),
            kind: hagukumi_core::schedule::reminders::ReminderKind::Closing,
            person: Some(PersonKey::Pregnancy(1)),
            target: d("2026-05-31"),
            due: d("2026-05-17"),
            title: Reason::new("reminder-closing-title").message("item", "schedule-vaccine-pcv"),
            body: Reason::new("reminder-closing-body")
                .message("item", "schedule-vaccine-pcv")
                .date("date", d("2026-05-31"))
                .number("days", 14),
            entries: Vec::new(),
        };
        let n = word(&l, &r, &|_| "おなかの赤ちゃん".into());
        assert!(n.body.starts_with("おなかの赤ちゃんの"), "{}", n.body);
        assert!(n.body.contains("あと14日"), "{}", n.body);
    }
}
