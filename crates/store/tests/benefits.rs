//! Benefit applications the parent tracks by hand, and the guardian's name
//! of the once-only application, in the real encrypted store: kept across
//! reopening, never in plain text on disk, in the JSON export, and back
//! after an import that checks each again.

mod support;

use hagukumi_core::benefits::{GuardianName, Tracked, TrackedInput};
use hagukumi_store::{ImportError, Store};

const SENTINEL: &str = "ZZSENTINELBENEFITZZ";

fn tracked(program: &str, deadline: &str) -> Tracked {
    TrackedInput {
        program: program.into(),
        state: "not-applied".into(),
        deadline: deadline.into(),
        ..Default::default()
    }
    .validate(support::date("2026-12-04"))
    .unwrap()
}

#[test]
fn tracked_applications_are_kept_encrypted_edited_and_deleted() {
    let (dir, store) = support::fresh();
    let now = support::at("2026-12-04 10:00");
    let a = store
        .add_tracked_benefit(&tracked(SENTINEL, "2026-12-20"), now)
        .unwrap();
    let b = store
        .add_tracked_benefit(&tracked("児童手当", ""), now)
        .unwrap();
    store
        .set_guardian_name(&GuardianName::parse("山田 花子").unwrap())
        .unwrap();
    drop(store);
    for (name, bytes) in support::snapshot(dir.path()) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains(SENTINEL),
            "{name} holds the program in plain text"
        );
    }
    let store: Store = support::open(dir.path());
    let all = store.tracked_benefits().unwrap();
    assert_eq!(all.iter().map(|(id, _)| *id).collect::<Vec<_>>(), [a, b]);
    assert_eq!(all[0].1.program, SENTINEL);
    assert_eq!(store.guardian_name().unwrap().as_deref(), Some("山田 花子"));
    let changed = tracked("児童手当（第3子）", "2027-01-15");
    assert!(store.edit_tracked_benefit(b, &changed, now).unwrap());
    assert!(!store.edit_tracked_benefit(999, &changed, now).unwrap());
    assert!(store.delete_tracked_benefit(a).unwrap());
    assert!(!store.delete_tracked_benefit(a).unwrap());
    let all = store.tracked_benefits().unwrap();
    assert_eq!(all, vec![(b, changed)]);
}

#[test]
fn tracked_applications_and_the_guardian_survive_export_and_import() {
    let (_dir, store) = support::fresh();
    let now = support::at("2026-12-04 10:00");
    let id = store
        .add_tracked_benefit(&tracked("児童手当", "2026-12-20"), now)
        .unwrap();
    store
        .set_guardian_name(&GuardianName::parse("山田 花子").unwrap())
        .unwrap();
    let export = store.export("2026-12-04T10:00:00Z").unwrap();
    assert_eq!(export.benefit_applications.len(), 1);
    assert_eq!(export.guardian_name.as_deref(), Some("山田 花子"));
    let json = serde_json::to_string(&export).unwrap();
    assert!(json.contains("\"benefit_applications\""), "{json}");

    let (_dir2, mut other) = support::fresh();
    other.import(&serde_json::from_str(&json).unwrap()).unwrap();
    assert_eq!(
        other.tracked_benefits().unwrap(),
        store.tracked_benefits().unwrap()
    );
    assert_eq!(other.tracked_benefits().unwrap()[0].0, id);
    assert_eq!(other.guardian_name().unwrap().as_deref(), Some("山田 花子"));

    // An application the form would refuse (a My Number in the note) is
    // refused by the import, and nothing comes in.
    let mut bad: serde_json::Value = serde_json::from_str(&json).unwrap();
    bad["benefit_applications"][0]["application"]["note"] = "1234 5678 9012".into();
    let (_dir3, mut third) = support::fresh();
    let err = third
        .import(&serde_json::from_value(bad).unwrap())
        .unwrap_err();
    assert!(matches!(err, ImportError::Invalid(_)), "{err:?}");
    assert!(third.tracked_benefits().unwrap().is_empty());
    assert_eq!(third.guardian_name().unwrap(), None);

    // An export without any (older, or nothing tracked) still imports.
    let mut old: serde_json::Value = serde_json::from_str(&json).unwrap();
    old.as_object_mut().unwrap().remove("benefit_applications");
    old.as_object_mut().unwrap().remove("guardian_name");
    let (_dir4, mut fourth) = support::fresh();
    fourth
        .import(&serde_json::from_value(old).unwrap())
        .unwrap();
    assert!(fourth.tracked_benefits().unwrap().is_empty());
}
