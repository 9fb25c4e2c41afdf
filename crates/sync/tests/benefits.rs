//! The once-only benefit application (018サポート with 赤ちゃんファースト)
//! against the real reference portal on 127.0.0.1: exactly one application
//! across a crash after queuing and a lost answer with retries, its state
//! coming back through sync and changing when the office moves it on, and
//! the portal's refusals (a second application while one waits, anything
//! shaped like a My Number).

mod support;

use hagukumi_core::benefits::{BenefitState, OnceOnlyInput, SendState, APPLICATION_PATH};
use hagukumi_core::chrono::Utc;
use hagukumi_portal::{Config, Fault};
use hagukumi_store::official::OutboxState;
use support::*;

fn application(h: &Connected) -> hagukumi_core::benefits::OnceOnly {
    let children = h.store.children().unwrap();
    OnceOnlyInput {
        guardian_name: "サンプル 花子".into(),
        children: children.iter().map(|c| c.id).collect(),
    }
    .validate(&children, today())
    .unwrap()
}

#[test]
fn one_application_across_a_crash_after_queuing_and_a_lost_answer() {
    let mut h = connected(Config::default(), "sample-a");
    h.sync().unwrap();
    let before = h.store.official_benefits().unwrap().len();
    let app = application(&h);
    let entry = hagukumi_sync::benefits::queue(&h.store, &app, Utc::now().naive_utc()).unwrap();
    // A second tap while it waits applies nothing more.
    let again = hagukumi_sync::benefits::queue(&h.store, &app, Utc::now().naive_utc());
    assert_eq!(
        again.unwrap_err().message_id(),
        "benefit-error-already-pending"
    );
    let view = hagukumi_sync::benefits::view(&h.store, today()).unwrap();
    assert_eq!(view.submissions.len(), 1);
    assert_eq!(view.submissions[0].state, SendState::Pending);
    assert_eq!(view.guardian_name.as_deref(), Some("サンプル 花子"));

    // The app is killed after queuing: the handbook is opened again.
    let mut h = h.reopened();
    assert_eq!(h.store.sync_status().unwrap().pending_writes, 1);

    // The portal makes the applications, then the connection drops before
    // the answer (the pulls are 304s, which the fault spares): the retry
    // carries the same key and gets the stored answer.
    h.handle.fail_next(Fault::DropMidPage, 1);
    let report = h.sync().unwrap();
    assert_eq!(report.writes_sent, 1, "{report:?}");
    assert_eq!(h.handle.faults_pending(), 0, "the drop happened");
    assert_eq!(h.handle.benefit_applications("sample-a").len(), 1);
    let sent = h.store.outbox(Some(entry.id)).unwrap().remove(0);
    assert_eq!(sent.state, OutboxState::Sent);

    // The state is back in the same sync: 018サポート and 赤ちゃんファースト
    // for the child born 2025-06-10, applied.
    let view = hagukumi_sync::benefits::view(&h.store, today()).unwrap();
    assert!(view.submissions.is_empty(), "{:?}", view.submissions);
    let mine: Vec<_> = view
        .applications
        .iter()
        .filter(|a| a.key.starts_with("official:ba-"))
        .collect();
    assert_eq!(mine.len(), 2, "{mine:?}");
    assert!(mine.iter().all(|a| a.state == BenefitState::Applied));
    assert!(mine
        .iter()
        .all(|a| a.status_id.as_deref() == Some("portal-benefit-submitted")));
    assert_eq!(h.store.official_benefits().unwrap().len(), before + 2);

    // Sending the same write again (a crash between the answer and our
    // commit) has no second effect.
    let body: serde_json::Value = serde_json::from_str(&entry.payload).unwrap();
    let tokens = hagukumi_sync::TokenVault::load(&h.vault).unwrap().unwrap();
    h.portal
        .post(
            &tokens.access_token,
            APPLICATION_PATH,
            &entry.idempotency_key,
            &body,
        )
        .unwrap();
    assert_eq!(h.handle.benefit_applications("sample-a").len(), 1);
    assert_eq!(h.sync().unwrap().writes_sent, 0);
    assert_eq!(h.store.official_benefits().unwrap().len(), before + 2);

    // The office takes it up: under review after the next sync.
    assert_eq!(h.handle.advance_benefits("sample-a").unwrap(), 2);
    h.sync().unwrap();
    let view = hagukumi_sync::benefits::view(&h.store, today()).unwrap();
    let mine: Vec<_> = view
        .applications
        .iter()
        .filter(|a| a.key.starts_with("official:ba-"))
        .collect();
    assert_eq!(mine.len(), 2);
    assert!(mine
        .iter()
        .all(|a| a.status_id.as_deref() == Some("portal-benefit-under-review")));
}

#[test]
fn offline_it_waits_and_goes_out_with_the_next_sync() {
    let mut h = connected(Config::default(), "sample-a");
    h.sync().unwrap();
    let app = application(&h);
    hagukumi_sync::benefits::queue(&h.store, &app, Utc::now().naive_utc()).unwrap();
    // Unreachable: every request fails; the application stays pending with
    // the reason, and the portal has none.
    h.handle.fail_next(Fault::Unavailable, 1000);
    assert!(h.sync().is_err());
    h.handle.fail_next(Fault::Unavailable, 0);
    assert!(h.handle.benefit_applications("sample-a").is_empty());
    let view = hagukumi_sync::benefits::view(&h.store, today()).unwrap();
    assert_eq!(view.submissions[0].state, SendState::Pending);
    h.sync().unwrap();
    assert_eq!(h.handle.benefit_applications("sample-a").len(), 1);
}

#[test]
fn the_portal_refuses_a_my_number_and_a_body_it_cannot_check() {
    let mut h = connected(Config::default(), "sample-a");
    h.sync().unwrap();
    let tokens = hagukumi_sync::TokenVault::load(&h.vault).unwrap().unwrap();
    let post = |body: serde_json::Value, key: &str| {
        h.portal
            .post(&tokens.access_token, APPLICATION_PATH, key, &body)
    };
    let good = serde_json::json!({
        "programs": ["018-support", "akachan-first"],
        "guardian": {"name": "サンプル 花子"},
        "children": [{"name": "サンプル 太郎", "birth_date": "2025-06-10"}],
    });
    for (n, bad) in [
        serde_json::json!({"my_number": "x"}),
        {
            let mut b = good.clone();
            b["guardian"]["name"] = "1234 5678 9012".into();
            b
        },
        {
            let mut b = good.clone();
            b["children"] = serde_json::json!([]);
            b
        },
        {
            let mut b = good.clone();
            b["programs"] = serde_json::json!(["018-support"]);
            b
        },
    ]
    .into_iter()
    .enumerate()
    {
        let err = post(bad, &format!("refused-key-{n:08}")).unwrap_err();
        assert!(
            matches!(
                err,
                hagukumi_sync::SyncError::Refused {
                    status: 400 | 422,
                    ..
                }
            ),
            "{err:?}"
        );
    }
    assert!(h.handle.benefit_applications("sample-a").is_empty());
    // The same key with another body is refused; with the same body replayed.
    post(good.clone(), "good-key-0000000001").unwrap();
    let mut other = good.clone();
    other["guardian"]["name"] = "別の 名前".into();
    assert!(post(other, "good-key-0000000001").is_err());
    post(good, "good-key-0000000001").unwrap();
    assert_eq!(h.handle.benefit_applications("sample-a").len(), 1);
}
