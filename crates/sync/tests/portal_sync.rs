//! The sync client against the real reference portal on 127.0.0.1: consent
//! through the loopback redirect, the pull into the real SQLCipher store,
//! the merge with the parent's entries, ETags, faults and the outbox.

mod support;

use hagukumi_core::chrono::Utc;
use hagukumi_core::official::Category;
use hagukumi_core::records::ChildBook;
use hagukumi_portal::{Config, Fault, PortalHandle};
use hagukumi_store::official::{ItemState, OutboxState, Resolution};
use hagukumi_store::Store;
use hagukumi_sync::client::SAMPLE_PUBLIC_KEY;
use hagukumi_sync::{
    disconnect, sync, MemoryVault, PinnedKey, Portal, PortalProfile, SyncError, TokenVault,
};
use std::time::Duration;
use support::*;

/// None of the child's records is official (all are the parent's own).
#[track_caller]
fn assert_no_official_record(store: &Store, child: i64) {
    let records = store.list::<ChildBook>(child, None, true).unwrap();
    assert!(records.iter().all(|r| !r.official), "{records:?}");
}

/// The child's first live official record.
fn official_record(store: &Store, child: i64) -> hagukumi_core::records::Record {
    let records = store.list::<ChildBook>(child, None, false).unwrap();
    records.into_iter().find(|r| r.official).unwrap()
}

/// The child's official record cannot be deleted by the parent.
#[track_caller]
fn assert_official_record_is_read_only(store: &mut Store, child: i64) {
    let official = official_record(store, child);
    assert_eq!(
        store
            .delete::<ChildBook>(official.id, Utc::now().naive_utc())
            .unwrap(),
        Err(hagukumi_store::Refused::Official)
    );
}

#[test]
fn consent_pull_and_merge_with_the_parents_own_entries() {
    let (handle, _dir, mut store) = portal_and_handbook(Config::default());
    // The parent already keeps サンプル 太郎 and two of his vaccinations:
    // one exactly as the portal has it, one on another day.
    let taro = add_child(&store, "サンプル　太郎", "2025-06-10");
    let same = add_vaccination(&store, taro, "2025-06-10", "hepb", 1, "2025-08-12");
    let other_day = add_vaccination(&store, taro, "2025-06-10", "pcv", 1, "2025-08-13");

    let vault = MemoryVault::default();
    let portal = consent(&mut store, &handle, &vault, "sample-a");
    let pause = Recorder::default();
    let report = sync(&mut store, &portal, &vault, &options(&pause)).unwrap();

    // No second 太郎: the portal's child is the parent's.
    assert_eq!(store.children().unwrap().len(), 1);
    let records = store.list::<ChildBook>(taro, None, false).unwrap();
    let vaccinations: Vec<_> = records
        .iter()
        .filter(|r| r.data.kind().as_str() == "vaccination")
        .collect();
    // 12 official vaccinations: 10 added read-only, 1 linked to the
    // parent's identical entry, 1 held as a conflict; plus the parent's 2.
    assert_eq!(vaccinations.len(), 12, "{vaccinations:#?}");
    assert_eq!(vaccinations.iter().filter(|r| r.official).count(), 10);
    assert_eq!(report.applied.linked, 2, "the child and one vaccination");
    assert_eq!(report.applied.conflicts, 1);

    let items = store
        .official_items(Some(taro), Some(Category::Vaccinations))
        .unwrap();
    let linked = items.iter().find(|i| i.state == ItemState::Linked).unwrap();
    assert_eq!(linked.record_id, Some(same));
    let conflicts = store.conflicts().unwrap();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].record_id, Some(other_day));
    // The parent's own records are untouched and editable; official ones are not.
    let official = vaccinations.iter().find(|r| r.official).unwrap();
    let data = official.data.clone();
    assert_eq!(
        store
            .edit::<ChildBook>(official.id, &data, Utc::now().naive_utc())
            .unwrap(),
        Err(hagukumi_store::Refused::Official)
    );
    assert_eq!(
        store
            .delete::<ChildBook>(official.id, Utc::now().naive_utc())
            .unwrap(),
        Err(hagukumi_store::Refused::Official)
    );
    // Certificates, benefits and notices arrive for display.
    assert!(!store
        .official_items(None, Some(Category::Benefits))
        .unwrap()
        .is_empty());
    assert!(!store
        .official_items(None, Some(Category::Notices))
        .unwrap()
        .is_empty());
    let status = store.sync_status().unwrap();
    assert_eq!(status.portal.as_deref(), Some(handle.base_url().as_str()));
    assert!(status.last_success.is_some());
    assert_eq!(status.last_error, None);
    assert_eq!(status.conflicts, 1);

    // Resolving: the parent takes the official date; their entry is deleted
    // softly (restorable) and the official record takes its place.
    let resolved = store
        .resolve_conflict(
            Category::Vaccinations,
            conflicts[0].item.id(),
            Resolution::UseOfficial,
            Utc::now().naive_utc(),
        )
        .unwrap()
        .unwrap();
    assert_eq!(resolved.state, ItemState::Added);
    assert!(store
        .get::<ChildBook>(other_day)
        .unwrap()
        .unwrap()
        .deleted_at
        .is_some());
    assert!(
        store
            .get::<ChildBook>(resolved.record_id.unwrap())
            .unwrap()
            .unwrap()
            .official
    );
    assert_eq!(store.sync_status().unwrap().conflicts, 0);
    assert!(pause.pauses().is_empty());
}

#[test]
fn an_unchanged_portal_costs_one_request_per_category_and_writes_nothing() {
    let mut h = connected(Config::default(), "sample-b");
    let mut opts = options(&h.pause);
    opts.page_limit = 2; // several pages per category
    let first = sync(&mut h.store, &h.portal, &h.vault, &opts).unwrap();
    assert!(first.pages > Category::ALL.len(), "{first:?}");
    let before = snapshot(&h.store);

    let requests = h.handle.request_count();
    let again = sync(&mut h.store, &h.portal, &h.vault, &opts).unwrap();
    assert_eq!(h.handle.request_count() - requests, Category::ALL.len());
    assert_eq!(again.unchanged_categories, Category::ALL.len());
    assert_eq!(again.pages, 0);
    assert_eq!(snapshot(&h.store), before);

    // A new official vaccination appears: the next sync brings exactly it.
    let child = h
        .store
        .all_official_items()
        .unwrap()
        .into_iter()
        .find(|i| i.item.category() == Category::Children)
        .unwrap();
    let portal_child = child.item.id().to_owned();
    let birth = child.item.date();
    let date = (birth + hagukumi_core::chrono::Days::new(70)).min(today());
    h.handle
        .append(
            "sample-b",
            "vaccinations",
            serde_json::json!({"id": "sample-b-new-1", "sample": true, "child_id": portal_child,
                "vaccine_id": "rotavirus-rv1", "dose": 1, "date": date.to_string(),
                "lot": "SMP-NEW-1", "facility": "サンプル小児科クリニック"}),
        )
        .unwrap();
    let third = sync(&mut h.store, &h.portal, &h.vault, &opts).unwrap();
    assert_eq!(third.applied.added, 1, "{third:?}");
    assert_eq!(third.unchanged_categories, Category::ALL.len() - 1);
    let fourth = sync(&mut h.store, &h.portal, &h.vault, &opts).unwrap();
    assert_eq!(fourth.applied, Default::default());
    assert_eq!(fourth.unchanged_categories, Category::ALL.len());
}

/// A fresh store and consent, then one sync with `fault` injected `times`.
fn sync_with_fault(
    fault: Fault,
    times: usize,
) -> (
    Store,
    tempfile::TempDir,
    PortalHandle,
    Result<hagukumi_sync::SyncReport, SyncError>,
    Vec<Duration>,
) {
    let mut h = fresh(Config {
        slow_delay: Duration::from_millis(300),
        ..Config::default()
    });
    let portal = consent(&mut h.store, &h.handle, &h.vault, "sample-a");
    h.handle.fail_next(fault, times);
    let pause = Recorder::default();
    let result = sync(&mut h.store, &portal, &h.vault, &options(&pause));
    let pauses = pause.pauses();
    (h.store, h.dir, h.handle, result, pauses)
}

/// A clean one-shot sync of `family`, for comparison.
fn clean_sync(family: &str) -> String {
    let mut h = connected(Config::default(), family);
    h.sync().unwrap();
    snapshot(&h.store)
}

#[test]
fn transient_faults_are_retried_and_end_in_the_same_handbook() {
    let clean = clean_sync("sample-a");
    for (fault, times) in [
        (Fault::DropMidPage, 2),
        (Fault::Status500, 3),
        (Fault::Slow, 1),
        (Fault::ClockSkew, 2),
        (Fault::ExpiredToken, 1),
    ] {
        let (store, _dir, handle, result, pauses) = sync_with_fault(fault, times);
        let report = result.unwrap_or_else(|e| panic!("{fault:?}: {e}"));
        assert_eq!(snapshot(&store), clean, "{fault:?}");
        assert_eq!(handle.faults_pending(), 0, "{fault:?}");
        match fault {
            Fault::DropMidPage | Fault::Status500 => {
                assert_eq!(pauses.len(), times, "{fault:?}: one backoff per failure");
                // Exponential backoff with full jitter: below 0.5 s, 1 s, 2 s.
                for (i, p) in pauses.iter().enumerate() {
                    assert!(
                        *p <= Duration::from_millis(500) * (1 << i),
                        "{fault:?} {pauses:?}"
                    );
                }
            }
            Fault::ExpiredToken => {
                // Refreshed once, then the same request again; no backoff.
                assert!(pauses.is_empty());
                assert!(report.requests > Category::ALL.len());
            }
            _ => assert!(pauses.is_empty(), "{fault:?}"),
        }
    }
}

#[test]
fn busy_portals_are_waited_for_as_they_ask() {
    for fault in [Fault::RateLimited, Fault::Unavailable] {
        let (_store, _dir, _handle, result, pauses) = sync_with_fault(fault, 2);
        result.unwrap();
        assert_eq!(
            pauses,
            vec![Duration::from_secs(1); 2],
            "{fault:?}: Retry-After: 1"
        );
    }
}

#[test]
fn a_bad_page_is_refused_whole_and_the_other_categories_still_come() {
    let clean = clean_sync("sample-a");
    for (fault, message) in [
        (Fault::BadSignature, "sync-error-signature"),
        (Fault::NoSignature, "sync-error-signature"),
        (Fault::TruncatedJson, "sync-error-bad-page"),
    ] {
        let (handle, _dir, mut store) = portal_and_handbook(Config::default());
        let vault = MemoryVault::default();
        let portal = consent(&mut store, &handle, &vault, "sample-a");
        // The first page (the children) is bad.
        handle.fail_next(fault, 1);
        let pause = Recorder::default();
        let err = sync(&mut store, &portal, &vault, &options(&pause)).unwrap_err();
        assert_eq!(err.message_id(), message, "{fault:?}: {err}");
        // Nothing of it was written, nor what needs it (the vaccinations
        // belong to those children)...
        assert!(store.children().unwrap().is_empty(), "{fault:?}");
        assert!(store
            .all_official_items()
            .unwrap()
            .iter()
            .all(|i| !matches!(
                i.item.category(),
                Category::Children | Category::Vaccinations
            )));
        // ...but one bad page does not hold back the rest.
        assert!(!store
            .official_items(None, Some(Category::Benefits))
            .unwrap()
            .is_empty());
        let status = store.sync_status().unwrap();
        assert_eq!(status.last_error.as_deref(), Some(message));
        assert_eq!(status.last_success, None);
        // The next sync takes the page again and ends where a clean one does.
        sync(&mut store, &portal, &vault, &options(&pause)).unwrap();
        assert_eq!(snapshot(&store), clean, "{fault:?}");
        assert_eq!(store.sync_status().unwrap().last_error, None);
    }
}

#[test]
fn retries_give_up_with_a_plain_error_and_leave_the_handbook_as_it_was() {
    let (store, _dir, _handle, result, pauses) = sync_with_fault(Fault::Status500, 50);
    let err = result.unwrap_err();
    assert_eq!(err.message_id(), "sync-error-server");
    assert_eq!(pauses.len(), 4, "5 tries, 4 pauses");
    assert!(store.children().unwrap().is_empty());
    assert_eq!(
        store.sync_status().unwrap().last_error.as_deref(),
        Some("sync-error-server")
    );
}

#[test]
fn offline_is_said_plainly_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    // A port nobody listens on.
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", free.local_addr().unwrap());
    drop(free);
    let portal = reference_at(&base);
    let vault = MemoryVault::default();
    vault
        .save(&hagukumi_sync::Tokens {
            access_token: "a".into(),
            refresh_token: "r".into(),
            expires_at: u64::MAX / 2,
            scope: "children".into(),
            portal: base.clone(),
            account: "sample-a".into(),
        })
        .unwrap();
    let pause = Recorder::default();
    let err = sync(&mut store, &portal, &vault, &options(&pause)).unwrap_err();
    assert_eq!(err.message_id(), "sync-error-offline");
    assert!(store.children().unwrap().is_empty());
}

#[test]
fn the_outbox_sends_each_questionnaire_exactly_once() {
    let mut h = connected(Config::default(), "sample-a");
    h.sync().unwrap();
    let child = h.store.children().unwrap()[0].id;
    let q = questionnaire();
    let entry =
        hagukumi_sync::questionnaire::queue(&h.store, child, &q, Utc::now().naive_utc()).unwrap();
    assert_eq!(h.store.sync_status().unwrap().pending_writes, 1);

    // The portal stores it, then the connection drops before the answer:
    // the retry carries the same key and the portal replays its answer.
    h.handle.fail_next(Fault::DropMidPage, 1);
    // Pulls are unchanged (304s are not affected by the fault), so the one
    // fault hits the POST.
    let report = h.sync().unwrap();
    assert_eq!(report.writes_sent, 1, "{report:?}");
    assert_eq!(h.handle.faults_pending(), 0, "the drop happened");
    assert_eq!(h.handle.questionnaires("sample-a").len(), 1);
    let sent = h.store.outbox(Some(entry.id)).unwrap().remove(0);
    assert_eq!(sent.state, OutboxState::Sent);
    assert!(sent.response.unwrap().contains("received"));

    // A duplicate send of the same write (e.g. after a crash between the
    // portal's answer and our commit) has no second effect.
    let body: serde_json::Value = serde_json::from_str(&entry.payload).unwrap();
    let tokens = h.vault.load().unwrap().unwrap();
    h.portal
        .post(
            &tokens.access_token,
            "questionnaires",
            &entry.idempotency_key,
            &body,
        )
        .unwrap();
    assert_eq!(h.handle.questionnaires("sample-a").len(), 1);
    // Nothing left to send.
    let again = h.sync().unwrap();
    assert_eq!(again.writes_sent, 0);
}

#[test]
fn disconnecting_revokes_the_consent_and_keeps_the_synced_records() {
    let mut h = connected(Config::default(), "sample-a");
    h.sync().unwrap();
    let old = h.vault.load().unwrap().unwrap();
    let kept = h.store.all_official_items().unwrap().len();

    disconnect(&mut h.store, &h.portal, &h.vault).unwrap();
    assert!(h.vault.load().unwrap().is_none());
    assert_eq!(h.store.sync_status().unwrap().portal, None);
    assert_eq!(h.store.all_official_items().unwrap().len(), kept);
    // The portal no longer honours the old refresh token.
    assert!(matches!(
        h.portal.refresh(&old),
        Err(SyncError::ConsentExpired)
    ));
    assert!(matches!(h.sync(), Err(SyncError::NotConnected)));
}

#[test]
fn the_pinned_key_is_the_reference_portals_and_another_key_is_refused() {
    assert_eq!(
        SAMPLE_PUBLIC_KEY.to_vec(),
        hagukumi_portal::dev_public_key()
    );
    let mut h = fresh(Config::default());
    consent(&mut h.store, &h.handle, &h.vault, "sample-a");
    let mut wrong = SAMPLE_PUBLIC_KEY;
    wrong[0] ^= 1;
    let impostor = Portal::new(
        &PortalProfile {
            key: PinnedKey {
                key_id: hagukumi_sync::client::SAMPLE_KEY_ID.into(),
                public_key: wrong.to_vec(),
            },
            ..PortalProfile::reference(&h.handle.base_url())
        },
        CLOCK,
    )
    .unwrap();
    let pause = Recorder::default();
    let err = sync(&mut h.store, &impostor, &h.vault, &options(&pause)).unwrap_err();
    assert_eq!(err.message_id(), "sync-error-signature");
    assert!(h.store.children().unwrap().is_empty());
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn tokens_live_in_the_os_credential_store_and_survive_a_restart() {
    let (handle, dir, mut store) = portal_and_handbook(Config::default());
    let vault = hagukumi_sync::KeychainVault::for_handbook(dir.path());
    let portal = consent(&mut store, &handle, &vault, "sample-a");
    let tokens = vault.load().unwrap().expect("saved in the keychain");
    // Another vault object (as after a restart) finds the same tokens.
    let again = hagukumi_sync::KeychainVault::for_handbook(dir.path());
    assert_eq!(again.load().unwrap(), Some(tokens));
    let pause = Recorder::default();
    sync(&mut store, &portal, &again, &options(&pause)).unwrap();
    disconnect(&mut store, &portal, &again).unwrap();
    assert!(vault.load().unwrap().is_none());
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn the_portal_connection_follows_the_handbook_when_its_folder_moves() {
    use hagukumi_store::keychain;
    let handle = start(Config::default());
    let parent = tempfile::tempdir().unwrap();
    let before = parent.path().join("handbook");
    let mut store = open_store(&before);
    let vault = hagukumi_sync::KeychainVault::for_handbook(&before);
    consent(&mut store, &handle, &vault, "sample-a");
    let tokens = vault.load().unwrap().expect("saved in the keychain");
    drop(store);

    // The parent moves and renames the folder: still connected, no new consent.
    let after = parent.path().join("moved-handbook");
    std::fs::rename(&before, &after).unwrap();
    let moved = hagukumi_sync::KeychainVault::for_handbook(&after);
    assert_eq!(moved.load().unwrap(), Some(tokens.clone()));
    let mut store = open_store(&after);
    let portal = reference(&handle);
    let pause = Recorder::default();
    sync(&mut store, &portal, &moved, &options(&pause)).unwrap();
    assert!(
        !store.children().unwrap().is_empty(),
        "synced after the move"
    );

    // Tokens kept under the folder's path (before they were named after the
    // handbook) are found once and moved to the handbook's entry.
    moved.clear().unwrap();
    let legacy = keychain::legacy_portal_account(&after);
    keychain::save_secret(&legacy, &serde_json::to_vec(&tokens).unwrap()).unwrap();
    let upgraded = hagukumi_sync::KeychainVault::for_handbook(&after);
    assert_eq!(upgraded.load().unwrap(), Some(tokens));
    assert_eq!(
        keychain::load_secret(&legacy).unwrap(),
        None,
        "old entry gone"
    );
    assert!(keychain::load_secret(&keychain::portal_account(&after))
        .unwrap()
        .is_some());
    disconnect(&mut store, &portal, &upgraded).unwrap();
    assert!(upgraded.load().unwrap().is_none());
}

#[test]
fn export_and_import_keep_the_official_records_and_their_provenance() {
    let (_dir, store, export) = synced_export();
    let taro = store.children().unwrap()[0].id;
    assert!(!export.official_items.is_empty());
    assert!(export.records.iter().any(|r| r.portal_id.is_some()));

    let other = tempfile::tempdir().unwrap();
    let mut restored = open_store(other.path());
    restored
        .import_verified(&export, &[hagukumi_sync::profile::reference_key()])
        .unwrap();
    assert_eq!(restored.export("2026-11-25T00:00:00Z").unwrap(), export);
    // Still read-only, still a conflict to resolve.
    assert_official_record_is_read_only(&mut restored, taro);
    assert_eq!(restored.conflicts().unwrap().len(), 1);
    // An item the sync would refuse is refused on import too, whole.
    let mut bad = export.clone();
    bad.official_items[0].payload["id"] = serde_json::json!("");
    let third = tempfile::tempdir().unwrap();
    let mut empty = open_store(third.path());
    let err = empty.import(&bad).unwrap_err().to_string();
    assert!(err.contains("official item"), "{err}");
    assert!(empty.children().unwrap().is_empty());
}

#[test]
fn only_the_consented_categories_are_pulled_and_an_unconsented_write_is_refused_not_retried() {
    let mut h = fresh(Config::default());
    let portal = consent_to(
        &mut h.store,
        &h.handle,
        &h.vault,
        "sample-a",
        &["children", "vaccinations"],
    );
    let pause = Recorder::default();
    let report = sync(&mut h.store, &portal, &h.vault, &options(&pause)).unwrap();
    assert_eq!(
        report.not_consented,
        vec!["checkups", "certificates", "benefits", "notices", "nursery"]
    );
    assert!(h
        .store
        .official_items(None, Some(Category::Benefits))
        .unwrap()
        .is_empty());
    let child = h.store.children().unwrap()[0].id;
    let q = questionnaire();
    let entry =
        hagukumi_sync::questionnaire::queue(&h.store, child, &q, Utc::now().naive_utc()).unwrap();
    let report = sync(&mut h.store, &portal, &h.vault, &options(&pause)).unwrap();
    assert_eq!(report.writes_rejected, 1);
    let refused = h.store.outbox(Some(entry.id)).unwrap().remove(0);
    assert_eq!(refused.state, OutboxState::Rejected);
    assert_eq!(refused.last_error.as_deref(), Some("insufficient_scope"));
    assert!(h.handle.questionnaires("sample-a").is_empty());
    assert_eq!(h.store.sync_status().unwrap().last_error, None);
}

#[test]
fn a_child_entered_under_a_nickname_is_recognised_by_the_birthday() {
    let (handle, _dir, mut store) = portal_and_handbook(Config::default());
    // The parent calls him たろう; the portal knows サンプル 太郎, born the same day.
    let taro = add_child(&store, "たろう", "2025-06-10");
    let vault = MemoryVault::default();
    let portal = consent(&mut store, &handle, &vault, "sample-a");
    let pause = Recorder::default();
    sync(&mut store, &portal, &vault, &options(&pause)).unwrap();
    let children = store.children().unwrap();
    assert_eq!(children.len(), 1, "{children:?}");
    assert_eq!(children[0].name, "たろう", "the parent's name stays");
    assert_eq!(
        store.portal_child_id(taro).unwrap().as_deref(),
        Some("a-child-1")
    );
    assert_eq!(
        store
            .list::<ChildBook>(taro, None, false)
            .unwrap()
            .iter()
            .filter(|r| r.official)
            .count(),
        12
    );
}

#[test]
fn consenting_again_for_another_account_pulls_it_from_the_start() {
    let Connected {
        handle,
        dir: _dir,
        mut store,
        vault,
        portal,
        pause,
    } = connected(Config::default(), "sample-a");
    let mut opts = options(&pause);
    opts.page_limit = 2;
    sync(&mut store, &portal, &vault, &opts).unwrap();
    // The parent consents again, this time choosing the other account: its
    // records are not skipped where the old cursors stood.
    let portal = consent(&mut store, &handle, &vault, "sample-b");
    sync(&mut store, &portal, &vault, &opts).unwrap();
    let b_items = store
        .all_official_items()
        .unwrap()
        .into_iter()
        .filter(|i| i.item.id().starts_with("sample-b") || i.item.id().starts_with("b-"))
        .count();
    let fresh_dir = tempfile::tempdir().unwrap();
    let mut fresh = open_store(fresh_dir.path());
    let fresh_vault = MemoryVault::default();
    let portal_b = consent(&mut fresh, &handle, &fresh_vault, "sample-b");
    sync(&mut fresh, &portal_b, &fresh_vault, &opts).unwrap();
    assert_eq!(b_items, fresh.all_official_items().unwrap().len());
}

// ---------------------------------------------------------------- nothing forged gets in

/// The export of a handbook (a fixed `exported_at`) and everything the sync
/// may write: the two together are "the handbook" for "nothing changed".
fn handbook(store: &Store) -> (hagukumi_store::export::Export, String) {
    (
        store.export("2026-12-01T00:00:00Z").unwrap(),
        snapshot(store),
    )
}

/// The status's last problem as a parent reads it (English).
fn said(store: &Store) -> String {
    let id = store
        .sync_status()
        .unwrap()
        .last_error
        .expect("a problem is noted");
    hagukumi_i18n::Localizer::new(hagukumi_core::Language::En).text(&id)
}

/// The page of `family`'s `category` from the start, as the portal last sent it.
fn captured(handle: &PortalHandle, family: &str, category: &str) -> hagukumi_portal::SentPage {
    handle
        .sent_pages()
        .into_iter()
        .rev()
        .find(|p| p.family == family && p.category == category && p.cursor.is_empty())
        .expect("the portal sent that page")
}

#[test]
fn a_page_replayed_to_another_account_changes_nothing() {
    let handle = start(Config::default());
    let pause = Recorder::default();
    // Family A syncs; a party in the middle keeps A's signed page of children.
    let a_dir = tempfile::tempdir().unwrap();
    let mut a = open_store(a_dir.path());
    let a_vault = MemoryVault::default();
    let a_portal = consent(&mut a, &handle, &a_vault, "sample-a");
    sync(&mut a, &a_portal, &a_vault, &options(&pause)).unwrap();
    let page_of_a = captured(&handle, "sample-a", "children");

    // Family B's handbook, synced.
    let b_dir = tempfile::tempdir().unwrap();
    let mut b = open_store(b_dir.path());
    let b_vault = MemoryVault::default();
    let b_portal = consent(&mut b, &handle, &b_vault, "sample-b");
    sync(&mut b, &b_portal, &b_vault, &options(&pause)).unwrap();
    let before = handbook(&b);

    // B's next request for its children is answered with A's page, a
    // correctly signed page of the same category from the start.
    handle.replay_next(page_of_a);
    let err = sync(&mut b, &b_portal, &b_vault, &options(&pause)).unwrap_err();
    assert!(matches!(err, SyncError::OtherAccount), "{err}");
    assert_eq!(handbook(&b), before, "nothing of A's page got in");
    assert!(b
        .children()
        .unwrap()
        .iter()
        .all(|c| !c.name.contains("太郎")));
    assert!(
        said(&b).contains("meant for another account"),
        "{}",
        said(&b)
    );
    assert!(said(&b).contains("nothing was saved"));
    // The next sync, without the party in the middle, is clean again.
    sync(&mut b, &b_portal, &b_vault, &options(&pause)).unwrap();
    assert_eq!(b.sync_status().unwrap().last_error, None);
}

#[test]
fn an_older_page_after_a_newer_one_does_not_roll_back_a_correction() {
    let mut h = connected(Config::default(), "sample-a");
    h.sync().unwrap();
    let old_page = captured(&h.handle, "sample-a", "vaccinations");

    // The portal corrects a lot number; the next sync brings the correction.
    std::thread::sleep(Duration::from_millis(5));
    h.handle
        .correct(
            "sample-a",
            "vaccinations",
            serde_json::json!({"id": "sample-a-vac-001", "sample": true, "child_id": "a-child-1",
                "vaccine_id": "hepb", "dose": 1, "date": "2025-08-12",
                "lot": "SMP-HB-0001-CORRECTED", "facility": "サンプル小児科クリニック"}),
        )
        .unwrap();
    let report = h.sync().unwrap();
    assert_eq!(report.applied.updated, 1, "{report:?}");
    let lot = |store: &Store| {
        let child = store.children().unwrap()[0].id;
        store
            .list::<ChildBook>(child, None, false)
            .unwrap()
            .into_iter()
            .filter(|r| r.official)
            .find_map(|r| match r.data {
                hagukumi_core::records::RecordData::Vaccination(v)
                    if v.vaccine == "hepb" && v.dose == 1 =>
                {
                    v.lot
                }
                _ => None,
            })
    };
    assert_eq!(lot(&h.store).as_deref(), Some("SMP-HB-0001-CORRECTED"));
    let before = handbook(&h.store);

    // The page from before the correction, signed, for this account and
    // this very request, comes back: refused, the correction stays.
    h.handle.replay_next(old_page);
    let err = h.sync().unwrap_err();
    assert!(matches!(err, SyncError::StalePage), "{err}");
    assert_eq!(handbook(&h.store), before);
    assert_eq!(lot(&h.store).as_deref(), Some("SMP-HB-0001-CORRECTED"));
    assert!(said(&h.store).contains("older than what you already have"));
}

#[test]
fn an_oversized_body_is_refused_before_it_is_read_whole_and_changes_nothing() {
    let mut h = connected(Config::default(), "sample-a");
    h.sync().unwrap();
    let before = handbook(&h.store);
    // Something new, sent as a correctly signed 5 MiB page without a length.
    h.handle
        .append(
            "sample-a",
            "notices",
            notice("a-not-big", "大きなお知らせ（サンプル）"),
        )
        .unwrap();
    h.handle
        .fail_next(Fault::OversizedPage, Category::ALL.len());
    let err = h.sync().unwrap_err();
    assert!(matches!(err, SyncError::TooLarge), "{err}");
    h.handle.fail_next(Fault::OversizedPage, 0);
    assert_eq!(handbook(&h.store), before);
    assert!(said(&h.store).contains("too large"));
    // Without the fault the notice comes.
    let report = h.sync().unwrap();
    assert_eq!(report.applied.added, 1);
}

#[test]
fn an_unsigned_304_hiding_a_change_is_refused_and_changes_nothing() {
    let mut h = connected(Config::default(), "sample-a");
    h.sync().unwrap();
    // A signed 304 is accepted as it always was.
    let again = h.sync().unwrap();
    assert_eq!(again.unchanged_categories, Category::ALL.len());
    let before = handbook(&h.store);

    h.handle
        .append(
            "sample-a",
            "notices",
            notice("a-not-hidden", "隠されたお知らせ（サンプル）"),
        )
        .unwrap();
    // Every answer is an unsigned 304, the changed category's too.
    h.handle.fail_next(Fault::Unsigned304, Category::ALL.len());
    let err = h.sync().unwrap_err();
    assert!(matches!(err, SyncError::Unsigned), "{err}");
    h.handle.fail_next(Fault::Unsigned304, 0);
    assert_eq!(handbook(&h.store), before);
    let status = h.store.sync_status().unwrap();
    assert_eq!(status.last_error.as_deref(), Some("sync-error-signature"));
    assert!(said(&h.store).contains("signature check"));
    // The hidden notice arrives once the 304s are honest again.
    let report = h.sync().unwrap();
    assert_eq!(report.applied.added, 1);
}

#[test]
fn plain_http_to_another_host_is_refused_before_any_request() {
    for url in ["http://portal.example.jp", "http://192.168.1.20:8787"] {
        let err = Portal::new(&PortalProfile::reference(url), CLOCK).unwrap_err();
        assert_eq!(err.message_id(), "sync-error-insecure", "{url}");
    }
    assert!(Portal::new(
        &PortalProfile::reference("https://portal.example.jp"),
        CLOCK
    )
    .is_ok());
    assert!(Portal::new(&PortalProfile::reference("http://127.0.0.1:8787"), CLOCK).is_ok());
}

/// A synced handbook of family A (with one of the parent's own records in
/// conflict) and its export.
fn synced_export() -> (tempfile::TempDir, Store, hagukumi_store::export::Export) {
    let (handle, dir, mut store) = portal_and_handbook(Config::default());
    let taro = add_child(&store, "サンプル 太郎", "2025-06-10");
    add_vaccination(&store, taro, "2025-06-10", "pcv", 1, "2025-08-13");
    let vault = MemoryVault::default();
    let portal = consent(&mut store, &handle, &vault, "sample-a");
    let pause = Recorder::default();
    sync(&mut store, &portal, &vault, &options(&pause)).unwrap();
    let export = store.export("2026-11-25T00:00:00Z").unwrap();
    (dir, store, export)
}

fn reference_keys() -> Vec<PinnedKey> {
    vec![hagukumi_sync::profile::reference_key()]
}

#[test]
fn an_export_whose_official_items_were_edited_imports_them_as_the_parents_own() {
    let (_dir, _store, export) = synced_export();
    assert!(!export.official_pages.is_empty());
    let mut edited = export.clone();
    // The lot of an official vaccination record changed in the file...
    let record = edited
        .records
        .iter_mut()
        .find(|r| r.portal_id.as_deref() == Some("sample-a-vac-001"))
        .unwrap();
    let edited_record = record.id;
    let hagukumi_core::records::RecordData::Vaccination(v) = &mut record.data else {
        panic!("a vaccination")
    };
    v.lot = Some("FORGED-LOT".into());
    // ...an official notice reworded (item and page no longer agree)...
    let notice = edited
        .official_items
        .iter_mut()
        .find(|o| o.category == "notices")
        .unwrap();
    notice.payload["title"] = serde_json::json!("偽のお知らせ");
    let notice_id = notice.portal_id.clone();
    // ...a certificate moved away from its child...
    let certificate = edited
        .official_items
        .iter_mut()
        .find(|o| o.category == "certificates" && o.child_id.is_some())
        .unwrap();
    certificate.child_id = None;
    let certificate_id = certificate.portal_id.clone();
    // ...and a record made official by hand, with no page at all.
    let own = edited
        .records
        .iter_mut()
        .find(|r| r.portal_id.is_none() && r.deleted_at.is_none())
        .unwrap();
    own.portal_id = Some("crafted-1".into());
    let crafted_record = own.id;

    let (_other, mut restored, imported) = import_into_new(&edited);
    assert_eq!(imported.unverified, 3, "{imported:?}");
    let now = Utc::now().naive_utc();
    for id in [edited_record, crafted_record] {
        let record = restored.get::<ChildBook>(id).unwrap().unwrap();
        assert!(!record.official, "record {id} is the parent's own");
        // Editable and deletable like any of the parent's records.
        assert!(restored
            .edit::<ChildBook>(id, &record.data, now)
            .unwrap()
            .is_ok());
        assert!(restored.delete::<ChildBook>(id, now).unwrap().is_ok());
    }
    assert!(restored
        .all_official_items()
        .unwrap()
        .iter()
        .all(|i| i.item.id() != notice_id
            && i.item.id() != certificate_id
            && i.item.id() != "sample-a-vac-001"));
    // The untouched ones are still official and read-only.
    let still = restored
        .all_official_items()
        .unwrap()
        .into_iter()
        .find(|i| i.item.id() == "sample-a-vac-002")
        .unwrap();
    let record = restored
        .get::<ChildBook>(still.record_id.unwrap())
        .unwrap()
        .unwrap();
    assert!(record.official);
    assert_eq!(
        restored.delete::<ChildBook>(record.id, now).unwrap(),
        Err(hagukumi_store::Refused::Official)
    );

    // A page whose bytes were changed verifies for nothing on it.
    let mut tampered = export.clone();
    for page in &mut tampered.official_pages {
        page.body = page.body.replacen("サンプル", "サンプノ", 1);
    }
    let third = tempfile::tempdir().unwrap();
    let mut t = open_store(third.path());
    let imported = t.import_verified(&tampered, &reference_keys()).unwrap();
    assert_eq!(imported.official, 0);
    assert!(t.all_official_items().unwrap().is_empty());
    let taro = t.children().unwrap()[0].id;
    assert_no_official_record(&t, taro);
}

#[test]
fn a_signed_vaccination_listed_twice_under_a_made_up_id_imports_once_as_official() {
    let (_dir, _store, export) = synced_export();
    let mut crafted = export.clone();
    // The genuine signed vaccination, copied with its record under an id the
    // portal never gave it.
    let item = crafted
        .official_items
        .iter()
        .find(|o| o.portal_id == "sample-a-vac-001")
        .unwrap()
        .clone();
    let record = crafted
        .records
        .iter()
        .find(|r| Some(r.id) == item.record_id)
        .unwrap()
        .clone();
    let copy_id = crafted.records.iter().map(|r| r.id).max().unwrap() + 1;
    crafted.records.push(hagukumi_store::export::ExportRecord {
        id: copy_id,
        portal_id: Some("sample-a-vac-001-copy".into()),
        ..record
    });
    crafted
        .official_items
        .push(hagukumi_store::export::ExportOfficialItem {
            portal_id: "sample-a-vac-001-copy".into(),
            record_id: Some(copy_id),
            ..item
        });

    let (_other, mut restored, imported) = import_into_new(&crafted);
    assert_eq!(imported.official, export.official_items.len());
    assert_eq!(imported.unverified, 1);
    let official: Vec<_> = restored
        .all_official_items()
        .unwrap()
        .into_iter()
        .filter(|i| i.item.id() == "sample-a-vac-001")
        .collect();
    assert_eq!(official.len(), 1);
    assert!(
        restored
            .get::<ChildBook>(official[0].record_id.unwrap())
            .unwrap()
            .unwrap()
            .official
    );
    // The copy is the parent's own: editable and deletable.
    let now = Utc::now().naive_utc();
    let copy = restored.get::<ChildBook>(copy_id).unwrap().unwrap();
    assert!(!copy.official);
    assert!(restored
        .edit::<ChildBook>(copy_id, &copy.data, now)
        .unwrap()
        .is_ok());
    assert!(restored.delete::<ChildBook>(copy_id, now).unwrap().is_ok());
}

/// The handbook of family B, synced from `handle`.
fn synced_b(handle: &PortalHandle) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    let vault = MemoryVault::default();
    let portal = consent(&mut store, handle, &vault, "sample-b");
    let pause = Recorder::default();
    sync(&mut store, &portal, &vault, &options(&pause)).unwrap();
    (dir, store)
}

#[test]
fn a_signed_page_of_another_familys_account_imports_as_the_parents_own() {
    use hagukumi_store::export::{
        ExportChild, ExportOfficialItem, ExportOfficialPage, ExportPortalChild, ExportRecord,
    };
    let (_dir, _store, export) = synced_export();
    assert_eq!(export.portal_account.as_deref(), Some("sample-a"));
    let handle = start(Config::default());
    let (_b_dir, b) = synced_b(&handle);
    let b_export = b.export("2026-11-25T00:00:00Z").unwrap();
    assert_eq!(b_export.portal_account.as_deref(), Some("sample-b"));

    // Family B's first child with its official records, items and genuine
    // signed pages, grafted into family A's export under fresh ids.
    const SHIFT: i64 = 1000;
    let mut crafted = export.clone();
    let link = b_export
        .portal_children
        .iter()
        .find(|c| c.portal_child_id == "b-child-1")
        .unwrap();
    let child = b_export
        .children
        .iter()
        .find(|c| c.id == link.child_id)
        .unwrap();
    crafted.children.push(ExportChild {
        id: child.id + SHIFT,
        ..child.clone()
    });
    crafted.portal_children.push(ExportPortalChild {
        child_id: link.child_id + SHIFT,
        ..link.clone()
    });
    for r in b_export
        .records
        .iter()
        .filter(|r| r.child_id == link.child_id)
    {
        crafted.records.push(ExportRecord {
            id: r.id + SHIFT,
            child_id: r.child_id + SHIFT,
            ..r.clone()
        });
    }
    let grafted: Vec<ExportOfficialItem> = b_export
        .official_items
        .iter()
        .filter(|o| o.child_id == Some(link.child_id))
        .map(|o| ExportOfficialItem {
            child_id: o.child_id.map(|id| id + SHIFT),
            record_id: o.record_id.map(|id| id + SHIFT),
            page: o.page.map(|id| id + SHIFT),
            ..o.clone()
        })
        .collect();
    assert!(grafted
        .iter()
        .any(|o| o.category == "vaccinations" && o.state == "added"));
    for page in &b_export.official_pages {
        if grafted.iter().any(|o| o.page == Some(page.id + SHIFT)) {
            crafted.official_pages.push(ExportOfficialPage {
                id: page.id + SHIFT,
                ..page.clone()
            });
        }
    }
    crafted.official_items.extend(grafted.iter().cloned());

    let (_other, mut restored, imported) = import_into_new(&crafted);
    assert_eq!(imported.official, export.official_items.len());
    assert_eq!(imported.unverified, grafted.len());
    assert_eq!(
        restored.portal_account().unwrap().as_deref(),
        Some("sample-a")
    );
    assert!(restored.all_official_items().unwrap().iter().all(|i| !i
        .item
        .id()
        .starts_with("sample-b")
        && !i.item.id().starts_with("b-")));
    // B's records came in as the parent's own: editable and deletable.
    let sakura = link.child_id + SHIFT;
    assert_eq!(restored.portal_child_id(sakura).unwrap(), None);
    let records = restored.list::<ChildBook>(sakura, None, false).unwrap();
    assert!(!records.is_empty());
    let now = Utc::now().naive_utc();
    for r in records {
        assert!(!r.official, "record {} is the parent's own", r.id);
        assert!(restored
            .edit::<ChildBook>(r.id, &r.data, now)
            .unwrap()
            .is_ok());
        assert!(restored.delete::<ChildBook>(r.id, now).unwrap().is_ok());
    }
}

#[test]
fn a_consent_for_another_account_makes_the_old_accounts_official_records_the_parents_own() {
    let (_dir, mut store, _export) = synced_export();
    let taro = store.children().unwrap()[0].id;
    let official = official_record(&store, taro);
    let handle = start(Config::default());
    let vault = MemoryVault::default();
    let portal = consent(&mut store, &handle, &vault, "sample-b");
    assert_eq!(store.portal_account().unwrap().as_deref(), Some("sample-b"));
    assert!(store.all_official_items().unwrap().is_empty());
    let now = Utc::now().naive_utc();
    let record = store.get::<ChildBook>(official.id).unwrap().unwrap();
    assert!(!record.official);
    assert!(store
        .edit::<ChildBook>(record.id, &record.data, now)
        .unwrap()
        .is_ok());
    // The new account's items come as official.
    let pause = Recorder::default();
    sync(&mut store, &portal, &vault, &options(&pause)).unwrap();
    let items = store.all_official_items().unwrap();
    assert!(!items.is_empty());
    assert!(items
        .iter()
        .all(|i| i.item.id().starts_with("sample-b") || i.item.id().starts_with("b-")));
}

#[test]
fn an_unedited_export_with_its_signed_pages_imports_them_as_official_again() {
    let (_dir, _store, export) = synced_export();
    let (_other, mut restored, imported) = import_into_new(&export);
    assert_eq!(imported.unverified, 0);
    assert_eq!(imported.official, export.official_items.len());
    assert_eq!(restored.export("2026-11-25T00:00:00Z").unwrap(), export);
    let taro = restored.children().unwrap()[0].id;
    assert_official_record_is_read_only(&mut restored, taro);
    assert_eq!(restored.conflicts().unwrap().len(), 1);

    // Without the pinned key nothing can be verified: all the parent's own.
    let third = tempfile::tempdir().unwrap();
    let mut unkeyed = open_store(third.path());
    unkeyed.import(&export).unwrap();
    assert!(unkeyed.all_official_items().unwrap().is_empty());
    assert_no_official_record(&unkeyed, taro);
}

#[test]
fn a_page_answering_another_cursor_changes_nothing() {
    let mut h = connected(Config::default(), "sample-a");
    let mut opts = options(&h.pause);
    opts.page_limit = 2; // several pages: the pull stops at a cursor
    sync(&mut h.store, &h.portal, &h.vault, &opts).unwrap();
    // The first page of vaccinations (cursor ""), signed for this account.
    let first_page = captured(&h.handle, "sample-a", "vaccinations");
    assert!(h
        .store
        .sync_cursor(Category::Vaccinations)
        .unwrap()
        .cursor
        .is_some());
    let before = handbook(&h.store);

    // The next sync asks from its stored cursor and gets the first page.
    h.handle.replay_next(first_page);
    let err = sync(&mut h.store, &h.portal, &h.vault, &opts).unwrap_err();
    assert!(matches!(err, SyncError::OtherRequest), "{err}");
    assert_eq!(handbook(&h.store), before);
    assert!(said(&h.store).contains("answered another request"));
}

#[test]
fn tokens_saved_before_the_account_was_kept_learn_it_from_a_refresh() {
    let mut h = fresh(Config::default());
    let portal = consent(&mut h.store, &h.handle, &h.vault, "sample-a");
    let mut old = h.vault.load().unwrap().unwrap();
    assert_eq!(old.account, "sample-a");
    old.account.clear();
    h.vault.save(&old).unwrap();
    let pause = Recorder::default();
    sync(&mut h.store, &portal, &h.vault, &options(&pause)).unwrap();
    assert_eq!(h.vault.load().unwrap().unwrap().account, "sample-a");
    assert!(!h.store.children().unwrap().is_empty());
}

/// `export` imported with the reference portal's keys into a new handbook
/// (its folder, the handbook, what the import counted).
fn import_into_new(
    export: &hagukumi_store::export::Export,
) -> (tempfile::TempDir, Store, hagukumi_store::export::Imported) {
    let other = tempfile::tempdir().unwrap();
    let mut restored = open_store(other.path());
    let imported = restored.import_verified(export, &reference_keys()).unwrap();
    (other, restored, imported)
}
