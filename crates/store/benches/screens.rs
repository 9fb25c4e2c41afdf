//! `cargo xtask bench`: a child's screen and home at 50,000 records, as
//! ratios to baselines timed in this process (ratios, not seconds, are what
//! we compare between machines), and the timeline page query's p99.
//!
//! Data: the SAMPLE big handbook (`export::sample::big_handbook`, the
//! export format `hagu import` takes) imported into a new encrypted
//! handbook: one child, 50,000 records over ten years; the baselines are
//! the same generator at 10 records and the demo family (`seed_demo`).
//!
//! What is timed is what the shell's commands read, through the same store
//! calls (the shell's `load_child` and `family_next` are these calls plus
//! the rules cache): not the window (IPC, WebKit, rendering).
//! - Child screen (`child_view`, its first load): `Store::child`,
//!   `Store::listed` (the first page of `FIRST_ROWS`, the count of the
//!   deleted rows for undo, photo counts),
//!   `Store::child_head` (the latest weight, height and head, one row each
//!   by migration 0016's indexes), the growth reference, and the `ChildView` as JSON. The chart
//!   (`growth_chart`) and the clinic summary (`child_summary_records`) are
//!   separate commands, asked for by what shows them.
//! - Home plan: children, pregnancies, `Store::of_kinds` of the plan kinds,
//!   `child_plan` / `pregnancy_plan` with the built-in rules and
//!   `next_actions` (what `family_next` does).
//! - Timeline page: `Store::page` from the newest and from cursors at
//!   random places, p99 of single calls.
//! - SQLCipher vs plain SQLite: the page, count and kind queries
//!   (`store::Sql`, the store's own SQL) on the handbook's file and on a
//!   plain copy made by `sqlcipher_export` (same schema, same data), both
//!   read alike with rusqlite, alternating.
//!
//! Each prints `bench-row: figure | measured | goal | met` for the table.

use hagukumi_core::api::ChildView;
use hagukumi_core::book::{Cursor, Filter, FIRST_ROWS, PAGE_ROWS};
use hagukumi_core::chrono::Utc;
use hagukumi_core::pregnancy_records::PregnancyBook;
use hagukumi_core::records::{ChildBook, RecordKind, SUMMARY_KINDS};
use hagukumi_core::schedule::from_records::{
    child_plan, pregnancy_plan, CHILD_PLAN_KINDS, PREGNANCY_PLAN_KINDS,
};
use hagukumi_core::schedule::{load_rules, next_actions, Rules};
use hagukumi_core::Date;
use hagukumi_store::export::sample::big_handbook;
use hagukumi_store::{KeySource, Sql, Store};
use std::path::Path;
use std::time::{Duration, Instant};

const BIG: usize = 50_000;
const SMALL: usize = 10;
const PASSPHRASE: &str = "bench-passphrase";

fn open(dir: &Path) -> Store {
    Store::open_with(dir, &KeySource::Passphrase(PASSPHRASE.into())).unwrap()
}

/// What `load_child` reads and sends on its first load (no `rows`: the
/// shell's `book::load` asks for [`FIRST_ROWS`]), on `store`.
fn child_screen(store: &Store, child_id: i64) -> usize {
    let now = Utc::now().naive_utc();
    let listed = store
        .listed::<ChildBook>(child_id, FIRST_ROWS, now)
        .unwrap();
    let view = ChildView {
        today: now.date(),
        child: store.child(child_id).unwrap().unwrap(),
        records: listed.records,
        next: listed.next,
        deleted: listed.deleted,
        head: store.child_head(child_id).unwrap(),
        photo_counts: listed.photo_counts,
        growth_reference: store.growth_reference(child_id).unwrap(),
        rules: None,
        checklist: None,
    };
    serde_json::to_vec(&view).unwrap().len()
}

/// What `family_next` reads and plans, on `store`.
fn home_plan(store: &Store, rules: &Rules, today: Date) -> usize {
    let mut plans = Vec::new();
    for child in store.children().unwrap() {
        let records = store
            .of_kinds::<ChildBook>(child.id, &CHILD_PLAN_KINDS)
            .unwrap();
        plans.push(child_plan(rules, &child, &records, today));
    }
    for p in store.pregnancies().unwrap() {
        let records = store
            .of_kinds::<PregnancyBook>(p.id, &PREGNANCY_PLAN_KINDS)
            .unwrap();
        plans.push(pregnancy_plan(rules, &p, &records, today));
    }
    next_actions(&plans, 5).len()
}

/// Medians of `a` and `b`, run alternately `rounds` times.
fn alternating(rounds: usize, mut a: impl FnMut(), mut b: impl FnMut()) -> (Duration, Duration) {
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let t = Instant::now();
        a();
        ta.push(t.elapsed());
        let t = Instant::now();
        b();
        tb.push(t.elapsed());
    }
    (median(ta), median(tb))
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn row(figure: &str, measured: String, goal: &str, met: bool) {
    println!(
        "bench-row: {figure} | {measured} | {goal} | {}",
        if met { "yes" } else { "no" }
    );
}

/// A small deterministic generator (no dependency): xorshift.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Cursors at random places among the live records of child 1.
fn cursors(store: &Store, n: usize, rng: &mut Rng) -> Vec<Option<Cursor>> {
    let all = store.list::<ChildBook>(1, None, false).unwrap();
    (0..n)
        .map(|i| {
            (i % 10 != 0).then(|| {
                let r = &all[rng.below(all.len())];
                Cursor {
                    date: r.data.date(),
                    id: r.id,
                }
            })
        })
        .collect()
}

/// Runs `sql` on `conn` and reads every row as the store does.
fn run(conn: &rusqlite::Connection, sql: &Sql) -> usize {
    let mut stmt = conn.prepare_cached(&sql.text).unwrap();
    let mut rows = stmt
        .query(rusqlite::params_from_iter(sql.params.iter()))
        .unwrap();
    let mut n = 0;
    while let Some(r) = rows.next().unwrap() {
        if let Ok(data) = r.get::<_, String>(2) {
            let _: hagukumi_core::records::RecordData = serde_json::from_str(&data).unwrap();
        }
        n += 1;
    }
    n
}

/// The handbook's key as the store derives it for a passphrase handbook.
fn raw_key(dir: &Path) -> String {
    let salt = std::fs::read(dir.join("hagukumi.salt")).unwrap();
    let mut key = [0u8; 32];
    ring::pbkdf2::derive(
        ring::pbkdf2::PBKDF2_HMAC_SHA256,
        std::num::NonZeroU32::new(hagukumi_store::key::PBKDF2_ITERATIONS).unwrap(),
        &salt,
        PASSPHRASE.as_bytes(),
        &mut key,
    );
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    format!("x'{hex}'")
}

fn main() {
    let today = Utc::now().date_naive();
    let rules = load_rules().unwrap();

    let started = Instant::now();
    let big_dir = tempfile::tempdir().unwrap();
    let mut big = open(big_dir.path());
    big.import(&big_handbook(BIG, today)).unwrap();
    let small_dir = tempfile::tempdir().unwrap();
    let mut small = open(small_dir.path());
    small.import(&big_handbook(SMALL, today)).unwrap();
    let demo_dir = tempfile::tempdir().unwrap();
    let mut demo = open(demo_dir.path());
    assert!(demo.seed_demo(today).unwrap());
    eprintln!(
        "screens: handbooks of {BIG} and {SMALL} records imported in {:?}",
        started.elapsed()
    );

    // Warm both caches alike, then alternate.
    for _ in 0..20 {
        child_screen(&big, 1);
        child_screen(&small, 1);
    }
    let (at_big, at_small) = alternating(
        300,
        || {
            child_screen(&big, 1);
        },
        || {
            child_screen(&small, 1);
        },
    );
    let ratio = at_big.as_secs_f64() / at_small.as_secs_f64();
    // Its parts, for the README's account of the ratio.
    let now = Utc::now().naive_utc();
    let part = |name: &str, f: &dyn Fn(&Store)| {
        let (b, s) = alternating(300, || f(&big), || f(&small));
        eprintln!("screens: child screen part {name}: {b:.2?} vs {s:.2?}");
    };
    part("first page and the deleted count (listed)", &|st| {
        std::hint::black_box(st.listed::<ChildBook>(1, FIRST_ROWS, now).unwrap());
    });
    part("the deleted count alone (restorable_count)", &|st| {
        std::hint::black_box(st.restorable_count::<ChildBook>(1, now).unwrap());
    });
    // What the first load no longer carries: the deleted rows, read when
    // the parent opens them.
    part("the deleted rows (restorable, on opening)", &|st| {
        std::hint::black_box(st.restorable::<ChildBook>(1, now).unwrap());
    });
    // The same rows on both: the 10 newest (all the small child has).
    part("the 10 newest rows alone (page)", &|st| {
        std::hint::black_box(
            st.page::<ChildBook>(1, &Filter::default(), None, SMALL)
                .unwrap(),
        );
    });
    part("latest measurements (child_head)", &|st| {
        std::hint::black_box(st.child_head(1).unwrap());
    });
    row(
        &format!("Child screen, first load at 50,000 vs 10 records (`load_child`'s store reads and JSON: the child, the first page of {FIRST_ROWS} rows, the count of deleted rows to undo, photo counts, the latest measurements by index)"),
        format!("{ratio:.2}× ({at_big:.2?} vs {at_small:.2?})"),
        "≤ 1.1×",
        ratio <= 1.1,
    );

    let (home_big, home_demo) = alternating(
        300,
        || {
            home_plan(&big, &rules, today);
        },
        || {
            home_plan(&demo, &rules, today);
        },
    );
    let ratio = home_big.as_secs_f64() / home_demo.as_secs_f64();
    row(
        "Home plan at 50,000 records vs the demo family (`family_next`'s reads and plans)",
        format!("{ratio:.2}× ({home_big:.2?} vs {home_demo:.2?})"),
        "≤ 1.1×",
        ratio <= 1.1,
    );

    // Timeline page query, single calls on the encrypted handbook.
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let at = cursors(&big, 2000, &mut rng);
    let kinds = [
        None,
        None,
        None,
        Some(RecordKind::Measurement),
        Some(RecordKind::Note),
    ];
    let mut times: Vec<Duration> = at
        .iter()
        .enumerate()
        .map(|(i, after)| {
            let filter = Filter {
                kind: kinds[i % kinds.len()],
                ..Filter::default()
            };
            let t = Instant::now();
            let (page, _) = big
                .page::<ChildBook>(1, &filter, *after, PAGE_ROWS)
                .unwrap();
            let took = t.elapsed();
            std::hint::black_box(page);
            took
        })
        .collect();
    times.sort();
    let p99 = times[times.len() * 99 / 100];
    row(
        "Timeline page query on 50,000 records, SQLCipher (p99 of 2,000; newest page, random cursors, by kind)",
        format!("{p99:.2?} (median {:.2?})", times[times.len() / 2]),
        "≤ 5 ms",
        p99 <= Duration::from_millis(5),
    );

    // SQLCipher vs plain SQLite: the same SQL on the same data.
    let key = raw_key(big_dir.path());
    let cipher = rusqlite::Connection::open(big_dir.path().join("hagukumi.db")).unwrap();
    cipher.pragma_update(None, "key", &key).unwrap();
    let plain_dir = tempfile::tempdir().unwrap();
    let plain_path = plain_dir.path().join("plain.db");
    cipher
        .execute_batch(&format!(
            "ATTACH DATABASE '{}' AS plain KEY ''; SELECT sqlcipher_export('plain'); DETACH DATABASE plain;",
            plain_path.display()
        ))
        .unwrap();
    let plain = rusqlite::Connection::open(&plain_path).unwrap();
    // Both with the page cache the store gives an open handbook.
    for conn in [&cipher, &plain] {
        conn.pragma_update(None, "cache_size", -hagukumi_store::PAGE_CACHE_KIB)
            .unwrap();
    }
    let queries: Vec<Sql> = at
        .iter()
        .take(500)
        .enumerate()
        .flat_map(|(i, after)| {
            let filter = Filter {
                kind: kinds[i % kinds.len()],
                ..Filter::default()
            };
            let mut q = vec![Sql::page::<ChildBook>(1, &filter, *after, PAGE_ROWS)];
            if i % 50 == 0 {
                q.push(Sql::count::<ChildBook>(1, &Filter::default()));
                q.push(Sql::of_kinds::<ChildBook>(1, &CHILD_PLAN_KINDS));
                q.push(Sql::of_kinds::<ChildBook>(1, &SUMMARY_KINDS));
            }
            q
        })
        .collect();
    let all = |conn: &rusqlite::Connection| queries.iter().map(|q| run(conn, q)).sum::<usize>();
    assert_eq!(all(&cipher), all(&plain), "same answers");
    let (t_cipher, t_plain) = alternating(
        7,
        || {
            all(&cipher);
        },
        || {
            all(&plain);
        },
    );
    let ratio = t_cipher.as_secs_f64() / t_plain.as_secs_f64();
    row(
        "SQLCipher vs plain SQLite, the store's page, count and kind queries on the 50,000 records",
        format!(
            "{ratio:.2}× ({t_cipher:.2?} vs {t_plain:.2?} for {} queries)",
            queries.len()
        ),
        "≤ 1.3×",
        ratio <= 1.3,
    );
}
