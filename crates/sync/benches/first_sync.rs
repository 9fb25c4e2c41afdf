//! `cargo xtask bench`: the first sync of 10,000 official records, as a
//! ratio to the raw cost of the same work, both timed in this process
//! against the reference portal on 127.0.0.1 (ratios, not seconds, are what
//! we compare between machines). Target: ≥ 0.5.
//!
//! Workload: `hagukumi_sync::sync` of the portal's synthetic family
//! `sample-bulk` (10,000 vaccinations of 500 children) into a new, empty
//! encrypted handbook: every page fetched, its signature verified, parsed,
//! each item checked as the parent's form would, merged, and applied with
//! its cursor in one transaction per page.
//! Baseline: the same pages (same size, same categories, same bytes) fetched
//! with plain reqwest, parsed as JSON, and the same rows inserted into the
//! same schema with plain rusqlite: unencrypted, one transaction, no
//! signature check, no validation, no merge.

use hagukumi_core::official::Category;
use hagukumi_portal::{Config, PortalHandle, BULK_FAMILY_ID};
use hagukumi_store::{KeySource, Store};
use hagukumi_sync::{sync, Clock, Consent, MemoryVault, Portal, PortalProfile, SyncOptions};
use std::time::{Duration, Instant};

const RECORDS: usize = 10_000;
const PAGE: u32 = 200;
const ROUNDS: usize = 5;

const CLOCK: Clock = Clock {
    now: hagukumi_core::chrono::Utc::now,
    instant: Instant::now,
};

fn consent(store: &mut Store, handle: &PortalHandle, vault: &MemoryVault) -> Portal {
    let portal = Portal::new(&PortalProfile::reference(&handle.base_url()), CLOCK).unwrap();
    let consent = Consent::start(portal).unwrap();
    let url = consent.url().to_owned();
    let browser = std::thread::spawn(move || {
        reqwest::blocking::get(format!("{url}&family={BULK_FAMILY_ID}&approve=yes"))
            .unwrap()
            .text()
            .unwrap()
    });
    let redirect = consent.wait(Duration::from_secs(20), "ok").unwrap();
    browser.join().unwrap();
    consent.finish(store, vault, &redirect).unwrap();
    consent.portal().clone()
}

/// One first sync into a new handbook; returns (time, records, bytes).
fn measured(handle: &PortalHandle) -> (Duration, usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_with(
        dir.path(),
        &KeySource::Passphrase("bench-passphrase".into()),
    )
    .unwrap();
    let vault = MemoryVault::default();
    let portal = consent(&mut store, handle, &vault);
    let mut opts = SyncOptions::new(hagukumi_core::chrono::Utc::now().date_naive());
    opts.page_limit = PAGE;
    let started = Instant::now();
    let report = sync(&mut store, &portal, &vault, &opts).unwrap();
    let took = started.elapsed();
    assert_eq!(report.applied.added, RECORDS + RECORDS / 20, "{report:?}");
    (took, report.applied.added, report.bytes)
}

/// The handbook's schema, from `migrations/`, for the baseline's database.
fn schema() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The raw cost: download the same pages (same size, same bytes) and insert
/// the same rows the sync writes (children, their portal links, records,
/// official items) into the same schema with plain rusqlite, unencrypted, in
/// one transaction: no signature check, no validation, no merge.
fn baseline(handle: &PortalHandle, access_token: &str, schema: &str) -> (Duration, usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let mut db = rusqlite::Connection::open(dir.path().join("plain.db")).unwrap();
    db.execute_batch(schema).unwrap();
    let http = reqwest::blocking::Client::new();
    let now = "2026-11-25T00:00:00Z";
    let started = Instant::now();
    let tx = db.transaction().unwrap();
    let (mut rows, mut bytes) = (0, 0);
    let mut children = std::collections::HashMap::new();
    for category in Category::ALL {
        let mut cursor: Option<String> = None;
        loop {
            let mut req = http
                .get(format!("{}/v1/{}", handle.base_url(), category.as_str()))
                .query(&[("limit", PAGE.to_string())])
                .bearer_auth(access_token);
            if let Some(c) = &cursor {
                req = req.query(&[("cursor", c)]);
            }
            let body = req.send().unwrap().bytes().unwrap();
            bytes += body.len();
            let page: serde_json::Value = serde_json::from_slice(&body).unwrap();
            let mut item_row = tx
                .prepare_cached(
                    "INSERT INTO official_items
                         (category, portal_id, child_id, payload, state, record_id, received_at,
                          updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                )
                .unwrap();
            for item in page["items"].as_array().unwrap() {
                let id = item["id"].as_str().unwrap();
                let (child, state, record) = match category {
                    Category::Children => {
                        tx.prepare_cached(
                            "INSERT INTO children (name, birth_date, sex) VALUES (?1, ?2, ?3)",
                        )
                        .unwrap()
                        .execute((
                            item["name"].as_str(),
                            item["birth_date"].as_str(),
                            item["sex"].as_str(),
                        ))
                        .unwrap();
                        let child = tx.last_insert_rowid();
                        tx.prepare_cached(
                            "INSERT INTO portal_children (portal_child_id, child_id, created)
                             VALUES (?1, ?2, 1)",
                        )
                        .unwrap()
                        .execute((id, child))
                        .unwrap();
                        children.insert(id.to_owned(), child);
                        (Some(child), "info", None)
                    }
                    Category::Vaccinations => {
                        let child = children[item["child_id"].as_str().unwrap()];
                        let data = serde_json::json!({
                            "kind": "vaccination",
                            "vaccine": item["vaccine_id"],
                            "dose": item["dose"],
                            "date": item["date"],
                            "manufacturer": null,
                            "lot": item["lot"],
                            "facility": item["facility"],
                            "funding": null,
                        });
                        tx.prepare_cached(
                            "INSERT INTO records
                                 (child_id, kind, date, data, created_at, updated_at, portal_id)
                             VALUES (?1, 'vaccination', ?2, ?3, ?4, ?4, ?5)",
                        )
                        .unwrap()
                        .execute((child, item["date"].as_str(), data.to_string(), now, id))
                        .unwrap();
                        (Some(child), "added", Some(tx.last_insert_rowid()))
                    }
                    _ => (None, "info", None),
                };
                item_row
                    .execute((
                        category.as_str(),
                        id,
                        child,
                        item.to_string(),
                        state,
                        record,
                        now,
                    ))
                    .unwrap();
                rows += 1;
            }
            if page["complete"] == true {
                break;
            }
            cursor = page["next_cursor"].as_str().map(str::to_owned);
        }
    }
    tx.commit().unwrap();
    (started.elapsed(), rows, bytes)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let handle = hagukumi_portal::spawn_with_handle(
        "127.0.0.1:0".parse().unwrap(),
        Config {
            bulk: Some(RECORDS),
            ..Config::default()
        },
    )
    .unwrap();
    // A token for the baseline's requests.
    let vault = MemoryVault::default();
    let scratch = tempfile::tempdir().unwrap();
    let mut store = Store::open_with(
        scratch.path(),
        &KeySource::Passphrase("bench-passphrase".into()),
    )
    .unwrap();
    consent(&mut store, &handle, &vault);
    let token = hagukumi_sync::TokenVault::load(&vault)
        .unwrap()
        .unwrap()
        .access_token;

    let schema = schema();
    let (mut ours, mut raw) = (Vec::new(), Vec::new());
    let (mut our_bytes, mut raw_bytes, mut raw_rows) = (0, 0, 0);
    for _ in 0..ROUNDS {
        let (t, _, b) = measured(&handle);
        ours.push(t);
        our_bytes = b;
        let (t, rows, b) = baseline(&handle, &token, &schema);
        raw.push(t);
        raw_rows = rows;
        raw_bytes = b;
    }
    assert_eq!(our_bytes, raw_bytes, "both read the same bytes");
    let (ours, raw) = (median(ours), median(raw));
    let ratio = raw.as_secs_f64() / ours.as_secs_f64();
    println!(
        "first sync: {RECORDS} official vaccinations of {} children ({raw_rows} items, {:.1} MB); median {ours:?} vs raw download + insert {raw:?}; ratio {ratio:.2} (target >= 0.5)",
        RECORDS / 20,
        raw_bytes as f64 / 1e6
    );
    println!(
        "bench-row: First portal sync of {RECORDS} records vs raw download + insert | {ratio:.2} ({ours:.0?} vs {raw:.0?}) | ≥ 0.5 | {}",
        if ratio >= 0.5 { "yes" } else { "no" }
    );
    if ratio < 0.5 {
        eprintln!("first sync: below the 0.5 target");
        std::process::exit(1);
    }
}
