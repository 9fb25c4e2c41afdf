//! Reminder settings and the reminders already sent, in the real encrypted
//! store: defaults until changed, kept across reopening, each id once.

mod support;

use hagukumi_core::schedule::reminders::ReminderSettings;
use support::{at, open};

#[test]
fn settings_default_until_changed_and_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(dir.path());
    assert_eq!(
        store.reminder_settings().unwrap(),
        ReminderSettings::default()
    );
    let chosen = ReminderSettings::new(3, 30).unwrap();
    store.set_reminder_settings(&chosen).unwrap();
    assert_eq!(store.reminder_settings().unwrap(), chosen);
    let zero = ReminderSettings::new(0, 0).unwrap();
    store.set_reminder_settings(&zero).unwrap();
    drop(store);
    let store = open(dir.path());
    assert_eq!(store.reminder_settings().unwrap(), zero);
    // The language setting is untouched.
    assert_eq!(store.language().unwrap(), None);
}

#[test]
fn a_reminder_is_marked_sent_once() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let id = "opening:child-1:vaccine:pcv:2:2026-05-10";
    assert!(!store.reminder_sent(id).unwrap());
    assert!(store
        .mark_reminder_sent(id, at("2026-05-03 09:00"))
        .unwrap());
    assert!(store.reminder_sent(id).unwrap());
    assert!(!store
        .mark_reminder_sent(id, at("2026-05-04 09:00"))
        .unwrap());
    assert!(!store.reminder_sent("digest:2026-05").unwrap());
    drop(store);
    assert!(open(dir.path()).reminder_sent(id).unwrap());
}
