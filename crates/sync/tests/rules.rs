//! Rule updates against the reference portal on 127.0.0.1, into a real
//! SQLCipher handbook: a published bundle changes a child's plan without a
//! new build; a tampered, mis-signed, invalid or older bundle is refused and
//! the plan stays on the rules it had; no bundle: the built-in rules.

#[path = "../../store/tests/support/bundle.rs"]
mod bundle;
mod support;

use bundle::bcg_bundle;
use hagukumi_core::records::ChildBook;
use hagukumi_core::schedule::from_records::child_plan;
use hagukumi_core::Date;
use hagukumi_store::Store;
use hagukumi_sync::{update_rules, MemoryVault, Portal, PortalProfile, RulesUpdate, SyncError};
use serde_json::{json, Value};
use support::*;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

/// The child's BCG date in the plan the handbook's rules make on 2026-03-01,
/// and the rules version used.
fn bcg_date(store: &Store, child: i64) -> (Option<Date>, u64) {
    let rules = store.rules_in_use().unwrap();
    let c = store
        .children()
        .unwrap()
        .into_iter()
        .find(|c| c.id == child)
        .unwrap();
    let records = store.list::<ChildBook>(child, None, false).unwrap();
    let date = child_plan(&rules.rules, &c, &records, d("2026-03-01"))
        .into_iter()
        .find(|i| i.name == "schedule-vaccine-bcg")
        .and_then(|i| i.suggested);
    (date, rules.version.version)
}

/// An envelope for `bundle` as the portal makes it, changed by `edit`.
fn envelope(bundle: &Value, edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut e =
        hagukumi_portal::rules_envelope(&bundle.to_string(), "2026-12-03T20:00:00.000Z").unwrap();
    edit(&mut e);
    e.to_string().into_bytes()
}

#[test]
fn a_published_bundle_changes_the_plan_and_bad_ones_change_nothing() {
    let handle = start(Default::default());
    let portal = reference(&handle);
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    let child = add_child(&store, "SAMPLE 花子", "2026-01-10");

    // No bundle at the portal: the built-in rules.
    assert_eq!(
        update_rules(&mut store, &portal).unwrap(),
        RulesUpdate::NoBundle
    );
    assert_eq!(bcg_date(&store, child), (Some(d("2026-06-10")), 1));

    // A newer bundle: the plan changes, without a new build.
    handle.publish_rules(&bcg_bundle(2, 6).to_string()).unwrap();
    let RulesUpdate::Kept(v) = update_rules(&mut store, &portal).unwrap() else {
        panic!("not kept")
    };
    assert_eq!((v.version, v.as_of, v.builtin), (2, d("2026-10-01"), false));
    assert_eq!(bcg_date(&store, child), (Some(d("2026-07-10")), 2));
    // Asked again: a 304, nothing changes.
    assert_eq!(
        update_rules(&mut store, &portal).unwrap(),
        RulesUpdate::Unchanged
    );

    let v3 = bcg_bundle(3, 7);
    let refused = |store: &mut Store, portal: &Portal| {
        let e = update_rules(store, portal).unwrap_err();
        assert_eq!(bcg_date(store, child), (Some(d("2026-07-10")), 2), "{e}");
        e
    };
    // Bytes changed after signing.
    let good = envelope(&v3, |_| {});
    let mut changed = String::from_utf8(good.clone()).unwrap();
    changed = changed.replace("\\\"months\\\":7", "\\\"months\\\":8");
    assert_ne!(changed.as_bytes(), good.as_slice());
    handle.publish_rules_raw(changed.into_bytes(), Some(good.clone()));
    assert!(matches!(
        refused(&mut store, &portal),
        SyncError::BadSignature
    ));
    // Signed, but for something else: another kind, another version or
    // date than the bundle's, another content.
    for (edit, what) in [
        (json!({"kind": "hagukumi-page/v1"}), "kind"),
        (json!({"version": 4}), "version"),
        (json!({"as_of": "2027-04-01"}), "as_of"),
    ] {
        let body = envelope(&v3, |e| {
            for (k, v) in edit.as_object().unwrap() {
                e[k] = v.clone();
            }
        });
        handle.publish_rules_raw(body, None);
        let e = refused(&mut store, &portal);
        assert!(matches!(e, SyncError::OtherRequest), "{what}: {e}");
    }
    let body = envelope(&v3, |e| e["bundle"] = json!(bcg_bundle(3, 8).to_string()));
    handle.publish_rules_raw(body, None);
    assert!(matches!(refused(&mut store, &portal), SyncError::BadPage(m) if m == "sha256"));
    // The right bundle under another key: a profile pinning another key.
    handle.publish_rules(&v3.to_string()).unwrap();
    let mut other = PortalProfile::reference(&handle.base_url());
    other.key.public_key[0] ^= 0x01;
    let stranger = Portal::new(&other, CLOCK).unwrap();
    assert!(matches!(
        refused(&mut store, &stranger),
        SyncError::BadSignature
    ));

    // A bundle failing validation: refused whole, naming file and field.
    let mut invalid = bcg_bundle(3, 7);
    invalid["files"]["schedules/vaccines-jp.json"]["vaccines"][0]["series"][0]["doses"][0]
        ["dose"] = json!(0);
    handle.publish_rules(&invalid.to_string()).unwrap();
    let SyncError::BadRules(e) = refused(&mut store, &portal) else {
        panic!("not BadRules")
    };
    assert!(
        e.starts_with("schedules/vaccines-jp.json: vaccines[0].series[0].doses[0].dose"),
        "{e}"
    );
    assert_eq!(SyncError::BadRules(e).message_id(), "sync-error-bad-rules");

    // A rollback, or the same version again: not kept.
    for (v, from) in [(1, 8), (2, 8)] {
        handle
            .publish_rules(&bcg_bundle(v, from).to_string())
            .unwrap();
        assert_eq!(
            update_rules(&mut store, &portal).unwrap(),
            RulesUpdate::NotNewer {
                offered: v,
                newest: 2
            }
        );
        assert_eq!(bcg_date(&store, child), (Some(d("2026-07-10")), 2));
    }

    // The good v3 then goes through, kept across reopening.
    handle.publish_rules(&v3.to_string()).unwrap();
    assert!(matches!(
        update_rules(&mut store, &portal).unwrap(),
        RulesUpdate::Kept(_)
    ));
    drop(store);
    let store = open_store(dir.path());
    assert_eq!(bcg_date(&store, child), (Some(d("2026-08-10")), 3));
}

#[test]
fn every_sync_updates_the_rules() {
    let handle = start(Default::default());
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    let vault = MemoryVault::default();
    let portal = consent(&mut store, &handle, &vault, "sample-a");
    let pause = Recorder::default();
    let report = hagukumi_sync::sync(&mut store, &portal, &vault, &options(&pause)).unwrap();
    assert_eq!(report.rules, Some(RulesUpdate::NoBundle));
    handle.publish_rules(&bcg_bundle(2, 6).to_string()).unwrap();
    let report = hagukumi_sync::sync(&mut store, &portal, &vault, &options(&pause)).unwrap();
    assert!(matches!(report.rules, Some(RulesUpdate::Kept(v)) if v.version == 2));
    assert_eq!(store.rules_in_use().unwrap().version.version, 2);
    // A tampered bundle is a sync problem, said in the parent's words; the
    // rest of the sync still ran.
    let good = envelope(&bcg_bundle(3, 7), |_| {});
    let mut bad = good.clone();
    let at = bad.len() / 2;
    bad[at] ^= 0x01;
    handle.publish_rules_raw(bad, Some(good));
    let e = hagukumi_sync::sync(&mut store, &portal, &vault, &options(&pause)).unwrap_err();
    assert_eq!(e.message_id(), "sync-error-signature");
    assert_eq!(store.rules_in_use().unwrap().version.version, 2);
}
