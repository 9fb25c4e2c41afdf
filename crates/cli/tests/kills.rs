//! Reliability under load (issue 16): the built `hagu`, a handbook keyed by
//! the real OS credential store, the real reference portal on 127.0.0.1.
//! The parent's own writes (`hagu record add`, `record edit`, `record photo
//! add`) and `hagu sync` are started one after another and killed (SIGKILL)
//! at random moments, seeded and printed. After each kill the handbook is
//! opened again and checked: the integrity check is sound, every write
//! whose command acknowledged it (exit 0 and its printed id) before the kill
//! is there exactly once and whole, a write killed before its
//! acknowledgement is there once or not at all, and no official record,
//! item or synced child is there twice. Each round ends with a sync run to
//! the end: every official record is then there once.
//!
//! The test command runs 20 kills; `cargo xtask bench` runs 200
//! (`HAGUKUMI_KILLS=200`) and copies the `bench-row:` line into its table.
//! `HAGUKUMI_KILL_SEED` repeats a run.

use hagukumi_core::records::{ChildBook, RecordData};
use hagukumi_portal::{Config, PortalHandle};
use hagukumi_store::{KeySource, Store};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod support;
use support::portal::connect;
use support::{keychain_command, note_add_args, ok, Rng};

/// Kills in the test command's run.
const TEST_KILLS: usize = 20;
/// Official vaccinations the reference portal holds for the family.
const OFFICIAL: usize = 1000;
/// Commands started in one handbook before its round ends.
const ROUND_OPS: usize = 25;

fn hagu_cmd(dir: &Path, args: &[&str]) -> Command {
    let mut c = keychain_command(dir, "en");
    c.args(args);
    c
}

/// A new handbook in `dir` with one child (id 1), connected to the bulk
/// family of the reference portal.
fn new_connected_handbook(dir: &Path, portal: &PortalHandle) {
    new_handbook(dir);
    connect(dir, portal, hagukumi_portal::BULK_FAMILY_ID);
}

/// A new handbook in `dir` with one child (id 1).
fn new_handbook(dir: &Path) {
    ok(&hagu_cmd(dir, &["init"]).output().unwrap());
    ok(&hagu_cmd(
        dir,
        &["child", "add", "--name", "ゆい", "--birth", "2025-02-28"],
    )
    .output()
    .unwrap());
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
enum Op {
    Add,
    Edit,
    Photo,
    Sync,
}

/// How one command ended.
enum Ended {
    /// Exit 0: its standard output.
    Acknowledged(String),
    /// Killed (SIGKILL) before it ended.
    Killed,
}

/// Runs `hagu <args>` and kills it after `delay` unless it ended before.
fn run_or_kill(dir: &Path, args: &[&str], delay: Duration) -> (Ended, Duration) {
    let started = Instant::now();
    let mut child = hagu_cmd(dir, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The pipes are read after the end; the output is far below their size.
    let deadline = started + delay;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let took = started.elapsed();
            let mut out = String::new();
            child
                .stdout
                .take()
                .unwrap()
                .read_to_string(&mut out)
                .unwrap();
            let mut err = String::new();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            assert!(status.success(), "hagu {args:?}: {status}\n{out}{err}");
            return (Ended::Acknowledged(out), took);
        }
        let now = Instant::now();
        if now >= deadline {
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            return (Ended::Killed, started.elapsed());
        }
        std::thread::sleep((deadline - now).min(Duration::from_millis(2)));
    }
}

/// The number after the first `#` of `out` (Fluent's isolation marks
/// removed): the id a command printed.
fn printed_id(out: &str) -> i64 {
    let plain = out.replace(['\u{2068}', '\u{2069}'], "");
    let digits: String = plain
        .split_once('#')
        .unwrap_or_else(|| panic!("no id in {plain:?}"))
        .1
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().unwrap()
}

/// What the parent's commands asked for, and which of them acknowledged.
#[derive(Default)]
struct Model {
    /// Acknowledged notes: id → the texts it may have (its last
    /// acknowledged text and those of edits killed since).
    notes: BTreeMap<i64, Vec<String>>,
    /// Acknowledged notes: id → every text it was acknowledged with (its
    /// add's, then each acknowledged edit's), each in its history or its
    /// last one.
    acknowledged_texts: BTreeMap<i64, Vec<String>>,
    /// Texts of adds killed before their acknowledgement.
    unacknowledged: Vec<String>,
    /// Records a photo was added to: acknowledged photo id, if it was.
    photos: BTreeMap<i64, Option<i64>>,
}

/// What one check found.
#[derive(Default, Debug)]
struct Findings {
    integrity_ok: bool,
    lost: usize,
    duplicates: usize,
    half: usize,
    official_records: usize,
    /// Adds killed before their acknowledgement that are there all the same.
    unacknowledged_present: usize,
    problems: Vec<String>,
}

/// Opens the handbook again and checks it against `model`.
fn check(dir: &Path, model: &Model, clean_photo: &[u8], parent_child: i64) -> Findings {
    let mut f = Findings::default();
    let store = Store::open_existing(dir, &KeySource::OsCredentialStore).unwrap();
    let report = store.verify().unwrap();
    f.integrity_ok = report.problems.is_empty();
    if !f.integrity_ok {
        f.problems.push(format!("integrity: {:?}", report.problems));
    }

    // The parent's notes: by id and by text.
    let mut by_id = HashMap::new();
    let mut texts: HashMap<String, usize> = HashMap::new();
    for r in store.list::<ChildBook>(parent_child, None, true).unwrap() {
        if let RecordData::Note(n) = &r.data {
            by_id.insert(r.id, n.text.clone());
            *texts.entry(n.text.clone()).or_default() += 1;
        }
    }
    for (id, allowed) in &model.notes {
        match by_id.get(id) {
            None => {
                f.lost += 1;
                f.problems.push(format!("note #{id} is gone"));
            }
            Some(text) if !allowed.contains(text) => {
                f.lost += 1;
                f.problems
                    .push(format!("note #{id} reads {text:?}, not one of {allowed:?}"));
            }
            Some(_) => {}
        }
    }
    // History: each acknowledged text there (the last as the record, the
    // others as an edit's previous version), no previous version twice.
    for (id, acknowledged) in &model.acknowledged_texts {
        let Some(current) = by_id.get(id) else {
            continue; // counted above
        };
        let mut seen = HashSet::new();
        let mut previous = HashSet::new();
        for h in store.history::<ChildBook>(*id).unwrap() {
            match h.previous {
                RecordData::Note(n) => {
                    if !seen.insert(n.text.clone()) {
                        f.duplicates += 1;
                        f.problems
                            .push(format!("note #{id}'s history holds {:?} twice", n.text));
                    }
                    previous.insert(n.text);
                }
                other => f.problems.push(format!("note #{id}'s history: {other:?}")),
            }
        }
        for text in acknowledged {
            if text != current && !previous.contains(text) {
                f.lost += 1;
                f.problems.push(format!(
                    "note #{id}: {text:?} neither its text nor in its history"
                ));
            }
        }
    }
    for (text, n) in &texts {
        if *n > 1 {
            f.duplicates += n - 1;
            f.problems.push(format!("{n} notes read {text:?}"));
        }
    }
    let known: HashSet<&String> = model
        .notes
        .values()
        .flatten()
        .chain(&model.unacknowledged)
        .collect();
    f.unacknowledged_present = model
        .unacknowledged
        .iter()
        .filter(|t| texts.contains_key(*t))
        .count();
    for text in texts.keys().filter(|t| !known.contains(t)) {
        f.half += 1;
        f.problems
            .push(format!("a note no command wrote: {text:?}"));
    }

    // Photos: one added to each record at most once, whole.
    for (record, acknowledged) in &model.photos {
        let photos = store.photos(*record).unwrap();
        if photos.len() > 1 {
            f.duplicates += photos.len() - 1;
            f.problems
                .push(format!("{} photos on record #{record}", photos.len()));
        }
        for p in &photos {
            if p.bytes != clean_photo {
                f.half += 1;
                f.problems.push(format!(
                    "photo #{} holds {} bytes, not the {} added",
                    p.id,
                    p.bytes.len(),
                    clean_photo.len()
                ));
            }
        }
        if let Some(id) = acknowledged {
            if !photos.iter().any(|p| p.id == *id) {
                f.lost += 1;
                f.problems.push(format!("photo #{id} is gone"));
            }
        }
    }

    // What the sync wrote: no child, official record or item twice.
    let mut children = HashSet::new();
    let mut official = HashSet::new();
    for c in store.children().unwrap() {
        if !children.insert((c.name.clone(), c.birth_date)) {
            f.duplicates += 1;
            f.problems.push(format!("child {:?} twice", c.name));
        }
        for r in store.list::<ChildBook>(c.id, None, true).unwrap() {
            if r.official {
                f.official_records += 1;
                if !official.insert(format!("{} {:?}", c.name, r.data)) {
                    f.duplicates += 1;
                    f.problems
                        .push(format!("official record twice: {:?}", r.data));
                }
            }
        }
    }
    let mut items = HashSet::new();
    for item in store.all_official_items().unwrap() {
        if !items.insert(format!("{:?}", item.item)) {
            f.duplicates += 1;
            f.problems
                .push(format!("official item twice: {:?}", item.item));
        }
    }
    f
}

/// The whole run's tally.
#[derive(Default)]
struct Tally {
    kills: BTreeMap<Op, usize>,
    acknowledged: BTreeMap<Op, usize>,
    integrity_ok: usize,
    lost: usize,
    duplicates: usize,
    half: usize,
    rounds: usize,
    /// Syncs run to the end after a round with every official record once.
    resumed: usize,
    /// Kills of a sync that left the official records part-way.
    mid_pull: usize,
    /// Adds killed before their acknowledgement but after their commit.
    after_commit: usize,
    problems: Vec<String>,
}

impl Tally {
    fn add(&mut self, f: Findings, at: &str) {
        self.lost += f.lost;
        self.duplicates += f.duplicates;
        self.half += f.half;
        self.problems
            .extend(f.problems.into_iter().map(|p| format!("{at}: {p}")));
    }

    fn killed(&self) -> usize {
        self.kills.values().sum()
    }
}

/// The kills' moments: up to twice the time this kind of command took when
/// it was let run to its end (a running mean), so they land anywhere from
/// the process's start to its last write, and about half the commands end
/// (acknowledged) before theirs.
struct Timing(HashMap<Op, (Duration, u32)>);

impl Timing {
    fn delay(&self, op: Op, rng: &mut Rng) -> Duration {
        let (sum, n) = self.0[&op];
        let mean = sum / n.max(1);
        Duration::from_micros(rng.below(2 * mean.as_micros() as u64 + 1))
    }

    fn ran(&mut self, op: Op, took: Duration) {
        let e = self.0.get_mut(&op).unwrap();
        e.0 += took;
        e.1 += 1;
    }
}

fn camera_photo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/photo-with-gps.jpg")
}

/// One handbook: init, a child, connected; then `ROUND_OPS` commands, each
/// perhaps killed, a check after each kill; then a sync to the end.
fn round(portal: &PortalHandle, rng: &mut Rng, timing: &mut Timing, t: &mut Tally, kills: usize) {
    t.rounds += 1;
    let r = t.rounds;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    new_connected_handbook(dir, portal);
    let parent_child = 1;
    let photo = camera_photo();
    let photo = photo.to_str().unwrap();
    let clean = hagukumi_core::photo::sanitize(&std::fs::read(photo).unwrap())
        .unwrap()
        .bytes;
    let mut model = Model::default();
    let sync = ["sync", "--reference-portal", "--page-limit", "10"];
    let mut n = 0;
    while n < ROUND_OPS && t.killed() < kills {
        n += 1;
        let edit_targets: Vec<i64> = model.notes.keys().copied().collect();
        let photo_targets: Vec<i64> = edit_targets
            .iter()
            .copied()
            .filter(|id| !model.photos.contains_key(id))
            .collect();
        let op = match rng.below(100) {
            _ if edit_targets.is_empty() => Op::Add,
            0..=34 => Op::Add,
            35..=59 => Op::Edit,
            60..=74 if !photo_targets.is_empty() => Op::Photo,
            60..=74 => Op::Add,
            _ => Op::Sync,
        };
        let delay = timing.delay(op, rng);
        let text = format!("round {r} command {n}");
        let (ended, took) = match op {
            Op::Add => {
                let args = note_add_args(&text);
                let (ended, took) = run_or_kill(dir, &args, delay);
                match &ended {
                    Ended::Acknowledged(out) => {
                        let id = printed_id(out);
                        model.notes.insert(id, vec![text.clone()]);
                        model.acknowledged_texts.insert(id, vec![text.clone()]);
                    }
                    Ended::Killed => model.unacknowledged.push(text.clone()),
                }
                (ended, took)
            }
            Op::Edit => {
                let id = edit_targets[rng.below(edit_targets.len() as u64) as usize];
                let id_arg = id.to_string();
                let args = ["record", "edit", &id_arg, "note", "--text", &text];
                let (ended, took) = run_or_kill(dir, &args, delay);
                let allowed = model.notes.get_mut(&id).unwrap();
                match &ended {
                    Ended::Acknowledged(out) => {
                        assert_eq!(printed_id(out), id, "{out}");
                        *allowed = vec![text.clone()];
                        model
                            .acknowledged_texts
                            .get_mut(&id)
                            .unwrap()
                            .push(text.clone());
                    }
                    Ended::Killed => allowed.push(text.clone()),
                }
                (ended, took)
            }
            Op::Photo => {
                let record = photo_targets[rng.below(photo_targets.len() as u64) as usize];
                let record_arg = record.to_string();
                let args = ["record", "photo", "add", "1", &record_arg, photo];
                let (ended, took) = run_or_kill(dir, &args, delay);
                let acknowledged = match &ended {
                    Ended::Acknowledged(out) => Some(printed_id(out)),
                    Ended::Killed => None,
                };
                model.photos.insert(record, acknowledged);
                (ended, took)
            }
            Op::Sync => run_or_kill(dir, &sync, delay),
        };
        match ended {
            Ended::Acknowledged(_) => {
                timing.ran(op, took);
                *t.acknowledged.entry(op).or_default() += 1;
            }
            Ended::Killed => {
                *t.kills.entry(op).or_default() += 1;
                let f = check(dir, &model, &clean, parent_child);
                if f.integrity_ok {
                    t.integrity_ok += 1;
                }
                if op == Op::Sync && (1..OFFICIAL).contains(&f.official_records) {
                    t.mid_pull += 1;
                }
                t.add(f, &format!("round {r}, kill during {op:?} after {took:?}"));
            }
        }
    }
    // The sync resumed and run to its end: every official record once.
    ok(&hagu_cmd(dir, &sync).output().unwrap());
    let f = check(dir, &model, &clean, parent_child);
    t.after_commit += f.unacknowledged_present;
    if f.official_records == OFFICIAL && f.integrity_ok {
        t.resumed += 1;
    } else {
        t.problems.push(format!(
            "round {r}: {} official records after the last sync, not {OFFICIAL}",
            f.official_records
        ));
    }
    t.add(f, &format!("round {r}, end"));
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn killed_at_random_moments_of_writes_and_syncs_no_acknowledged_write_is_lost_or_doubled() {
    let kills: usize = std::env::var("HAGUKUMI_KILLS")
        .map(|k| k.parse().expect("HAGUKUMI_KILLS is a number"))
        .unwrap_or(TEST_KILLS);
    let seed = std::env::var("HAGUKUMI_KILL_SEED")
        .map(|s| s.parse().expect("HAGUKUMI_KILL_SEED is a number"))
        .unwrap_or_else(|_| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        })
        | 1;
    eprintln!("kill test: {kills} kills, seed {seed} (HAGUKUMI_KILL_SEED repeats it)");
    let started = Instant::now();
    let portal = hagukumi_portal::spawn_with_handle(
        "127.0.0.1:0".parse().unwrap(),
        Config {
            bulk: Some(OFFICIAL),
            ..Config::default()
        },
    )
    .unwrap();
    let mut rng = Rng(seed);
    let mut t = Tally::default();

    // Each kind of command's time when let run: measured once in a
    // handbook of its own, then the running mean of the runs not killed.
    let mut timing = Timing(HashMap::new());
    {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        new_connected_handbook(dir, &portal);
        let photo = camera_photo();
        let photo = photo.to_str().unwrap();
        let long = Duration::from_secs(600);
        let mut timed = |op: Op, args: &[&str]| {
            let (ended, took) = run_or_kill(dir, args, long);
            timing.0.insert(op, (took, 1));
            match ended {
                Ended::Acknowledged(out) => out,
                Ended::Killed => unreachable!("not killed"),
            }
        };
        timed(
            Op::Sync,
            &["sync", "--reference-portal", "--page-limit", "10"],
        );
        let out = timed(Op::Add, &note_add_args("a"));
        let id = printed_id(&out).to_string();
        timed(Op::Edit, &["record", "edit", &id, "note", "--text", "b"]);
        timed(Op::Photo, &["record", "photo", "add", "1", &id, photo]);
    }
    eprintln!("commands let run to their end took: {:?}", timing.0);
    while t.killed() < kills {
        round(&portal, &mut rng, &mut timing, &mut t, kills);
    }

    let killed = t.killed();
    let by = |m: &BTreeMap<Op, usize>, op| m.get(&op).copied().unwrap_or(0);
    let writes = |m: &BTreeMap<Op, usize>| by(m, Op::Add) + by(m, Op::Edit) + by(m, Op::Photo);
    eprintln!(
        "{killed} kills in {} rounds, {:.0?}: adds {}, edits {}, photo adds {}, syncs {}; \
         acknowledged: adds {}, edits {}, photo adds {}, syncs {}; resumed syncs complete {}/{}; \
         sync kills with the pull part-way {}; adds killed after their commit {}",
        t.rounds,
        started.elapsed(),
        by(&t.kills, Op::Add),
        by(&t.kills, Op::Edit),
        by(&t.kills, Op::Photo),
        by(&t.kills, Op::Sync),
        by(&t.acknowledged, Op::Add),
        by(&t.acknowledged, Op::Edit),
        by(&t.acknowledged, Op::Photo),
        by(&t.acknowledged, Op::Sync),
        t.resumed,
        t.rounds,
        t.mid_pull,
        t.after_commit,
    );
    for p in &t.problems {
        eprintln!("problem: {p}");
    }
    let met = t.lost == 0
        && t.duplicates == 0
        && t.half == 0
        && t.integrity_ok == killed
        && t.resumed == t.rounds;
    println!(
        "bench-row: SIGKILLs at random moments of the parent's writes (`hagu record add`, `record edit`, \
         `record photo add`) and of `hagu sync` ({OFFICIAL} official records, reference portal on \
         127.0.0.1), a check after each | {killed} kills ({} during writes, {} during syncs; {} writes \
         acknowledged): lost acknowledged writes {}, duplicates {}, half-written {}, integrity ok \
         {}/{killed}, resumed syncs complete {}/{} (seed {seed}, {:.0?}) | 200 kills: 0 lost, 0 \
         duplicates, integrity ok after each | {}",
        writes(&t.kills),
        by(&t.kills, Op::Sync),
        writes(&t.acknowledged),
        t.lost,
        t.duplicates,
        t.half,
        t.integrity_ok,
        t.resumed,
        t.rounds,
        started.elapsed(),
        if met && killed >= 200 { "yes" } else { "no" },
    );
    assert!(met, "{:#?}", t.problems);
}

/// The check itself finds what the kill test counts: an acknowledged note,
/// edit or photo that is not there, a note written twice, a photo that is
/// not the one added.
#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn the_check_counts_lost_doubled_and_half_written_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    new_handbook(dir);
    let add = note_add_args("x");
    let first = printed_id(&ok(&hagu_cmd(dir, &add).output().unwrap()));
    let photo = camera_photo();
    let out = ok(&hagu_cmd(
        dir,
        &[
            "record",
            "photo",
            "add",
            "1",
            &first.to_string(),
            photo.to_str().unwrap(),
        ],
    )
    .output()
    .unwrap());
    let photo_id = printed_id(&out);
    let clean = hagukumi_core::photo::sanitize(&std::fs::read(&photo).unwrap())
        .unwrap()
        .bytes;

    let mut model = Model::default();
    model.notes.insert(first, vec!["x".into()]);
    model.acknowledged_texts.insert(first, vec!["x".into()]);
    model.photos.insert(first, Some(photo_id));
    let f = check(dir, &model, &clean, 1);
    assert!(f.integrity_ok, "{:?}", f.problems);
    assert_eq!(
        (f.lost, f.duplicates, f.half),
        (0, 0, 0),
        "{:?}",
        f.problems
    );

    // The same note once more, a note the model acknowledged that is not
    // there, an acknowledged edit in neither the text nor the history, a
    // photo id that is not there, and other bytes than added.
    ok(&hagu_cmd(dir, &add).output().unwrap());
    model.notes.insert(first, vec!["x".into(), "z".into()]);
    model
        .acknowledged_texts
        .insert(first, vec!["x".into(), "z".into()]);
    model.notes.insert(first + 100, vec!["y".into()]);
    let other = first + 1;
    model.photos.insert(other, Some(photo_id + 100));
    let f = check(dir, &model, &clean[1..], 1);
    assert!(f.integrity_ok, "{:?}", f.problems);
    assert_eq!(f.lost, 3, "{:?}", f.problems);
    assert_eq!(f.duplicates, 1, "{:?}", f.problems);
    assert_eq!(f.half, 1, "{:?}", f.problems);
}
