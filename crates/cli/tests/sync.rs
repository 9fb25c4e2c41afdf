//! `hagu sync` as a user runs it: the built binary, a handbook keyed by the
//! real OS credential store (gnome-keyring in a D-Bus session), the real
//! reference portal on 127.0.0.1. Includes the crash test: the syncing
//! process is killed (SIGKILL) at random points, then resumed.

use hagukumi_core::records::ChildBook;
use hagukumi_portal::{Config, PortalHandle};
use hagukumi_store::{KeySource, Store};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

mod support;
use support::portal::{connect, reference_connect};
use support::{child_add, keychain_command, ok, vaccination_add, Rng};

/// The sync tests' snapshot of everything a sync may write.
#[path = "../../sync/tests/support/snapshot.rs"]
mod snapshot;
use snapshot::snapshot;

/// An answer to every question of the pre-visit questionnaire.
const ANSWERS: [&str; 5] = [
    "feels-well=yes",
    "ill-last-month=no",
    "vaccinated-last-month=no",
    "reaction-before=no",
    "seizures=no",
];

/// `hagu --data-dir <dir> <args>` in English, keyed by the OS credential store.
fn hagu_cmd(dir: &Path, args: &[&str]) -> Command {
    let mut c = keychain_command(dir, "en");
    c.args(args);
    c
}

fn hagu(dir: &Path, args: &[&str]) -> Output {
    hagu_cmd(dir, args).output().expect("run hagu")
}

/// The tests of this file one at a time: the crash test's timing should not
/// compete with another test's processes.
fn serial() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

fn start(config: Config) -> PortalHandle {
    hagukumi_portal::spawn_with_handle("127.0.0.1:0".parse().unwrap(), config).unwrap()
}

fn open(dir: &Path) -> Store {
    Store::open_existing(dir, &KeySource::OsCredentialStore).unwrap()
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn connect_sync_merge_questionnaire_and_disconnect_from_a_terminal() {
    let _serial = serial();
    let portal = start(Config::default());
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(&hagu(dir, &["init"]));
    ok(&hagu(dir, &child_add("サンプル 太郎", "2025-06-10")));
    ok(&hagu(dir, &vaccination_add("1", "hepb", "1", "2025-08-12")));

    // Not connected yet: a plain message and what to do.
    let o = hagu(dir, &["sync", "--reference-portal"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("hagu sync connect"));

    connect(dir, &portal, "sample-a");
    let out = ok(&hagu(dir, &["sync", "--reference-portal"]));
    // The child and hepb 1 match the parent's entries; the rest is new
    // (11 vaccinations, checkups, a certificate, benefits, notices).
    assert!(
        out.contains("22 new records, 2 matching your own, 0 to check"),
        "{out}"
    );
    let children = ok(&hagu(dir, &["child", "list", "--json"]));
    assert_eq!(
        children.matches("\"id\"").count(),
        1,
        "no second child: {children}"
    );
    let official = ok(&hagu(dir, &["sync", "official", "--child", "1"]));
    assert!(official.contains("matches your own record"), "{official}");

    // Again: nothing new, nothing written.
    let out = ok(&hagu(dir, &["sync", "--reference-portal", "--json"]));
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    // One request per category (nursery applications included).
    assert_eq!(report["unchanged_categories"], 7, "{out}");
    assert_eq!(report["requests"], 7, "{out}");

    // Official records are read-only.
    let list = ok(&hagu(dir, &["record", "list", "--child", "1", "--json"]));
    let records: Vec<serde_json::Value> = serde_json::from_str(&list).unwrap();
    let official_id = records
        .iter()
        .find(|r| r["official"] == true)
        .expect("an official record")["id"]
        .as_i64()
        .unwrap();
    let o = hagu(dir, &["record", "delete", &official_id.to_string()]);
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("read-only"));

    // A questionnaire: refused while incomplete, queued, then sent once.
    let today = hagukumi_core::chrono::Local::now().date_naive().to_string();
    let mut args = vec![
        "sync",
        "questionnaire",
        "--child",
        "1",
        "--vaccine",
        "mr",
        "--date",
        &today,
        "--temperature",
        "36.4",
    ];
    let o = hagu(dir, &args);
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("feels-well"));
    for a in ANSWERS {
        args.extend(["--answer", a]);
    }
    ok(&hagu(dir, &args));
    assert!(ok(&hagu(dir, &["sync", "status"])).contains("Waiting to send: 1"));
    let out = ok(&hagu(dir, &["sync", "--reference-portal"]));
    assert!(out.contains("1 sent"), "{out}");
    assert_eq!(portal.questionnaires("sample-a").len(), 1);

    let out = ok(&hagu(dir, &["sync", "disconnect", "--reference-portal"]));
    assert!(out.contains("withdrawn"), "{out}");
    let o = hagu(
        dir,
        &["sync", "--reference-portal", "--portal", &portal.base_url()],
    );
    assert_eq!(o.status.code(), Some(3));
    // The records stay.
    let list = ok(&hagu(dir, &["record", "list", "--child", "1", "--json"]));
    assert_eq!(
        list,
        ok(&hagu(dir, &["record", "list", "--child", "1", "--json"]))
    );
    assert!(list.contains("\"official\":true"));

    // The export carries the signed pages: imported with the reference
    // portal's key the official records are official again; without it,
    // nothing can be verified and they come in as the parent's own.
    let file = tmp.path().join("export.json");
    ok(&hagu(
        dir,
        &["export", "--json", "-o", file.to_str().unwrap()],
    ));
    let verified = tempfile::tempdir().unwrap();
    let out = ok(&hagu(
        verified.path(),
        &[
            "import",
            "--json",
            "--reference-portal",
            file.to_str().unwrap(),
        ],
    ));
    assert!(!out.contains("could not be verified"), "{out}");
    let again = ok(&hagu(
        verified.path(),
        &["record", "list", "--child", "1", "--json"],
    ));
    assert!(again.contains("\"official\":true"), "{again}");
    let unverified = tempfile::tempdir().unwrap();
    let out = ok(&hagu(
        unverified.path(),
        &["import", "--json", file.to_str().unwrap()],
    ));
    assert!(out.contains("could not be verified"), "{out}");
    let own = ok(&hagu(
        unverified.path(),
        &["record", "list", "--child", "1", "--json"],
    ));
    assert!(!own.contains("\"official\":true"), "{own}");
    let records: Vec<serde_json::Value> = serde_json::from_str(&own).unwrap();
    let id = records[0]["id"].as_i64().unwrap().to_string();
    ok(&hagu(unverified.path(), &["record", "delete", &id]));
}

/// `hagu` with a passphrase handbook (no credential store needed).
fn hagu_pass(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = hagu_cmd(dir, args);
    c.env("HAGUKUMI_PASSPHRASE", "cli-sync-test")
        .env_remove("HAGUKUMI_PORTAL_PROFILE")
        .env_remove("HAGUKUMI_REFERENCE_PORTAL");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run hagu")
}

#[test]
fn the_reference_portal_only_when_asked_for_and_plain_http_only_to_loopback() {
    let portal = start(Config::default());
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(&hagu_pass(dir, &["init"], &[]));
    let requests = portal.request_count();

    // Nothing configured, nothing asked for: no portal, said plainly, with the way on.
    let o = hagu_pass(
        dir,
        &[
            "sync",
            "connect",
            "--portal",
            &portal.base_url(),
            "--timeout",
            "1",
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(3));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("No portal is set up"), "{err}");
    assert!(err.contains("--reference-portal"), "{err}");
    assert!(!String::from_utf8_lossy(&o.stdout).contains("/oauth/authorize"));

    // Plain http to any other host is refused, asked for or configured.
    let o = hagu_pass(dir, &reference_connect("http://portal.example.jp"), &[]);
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("https"));
    let profile = tmp.path().join("portal.json");
    std::fs::write(
        &profile,
        r#"{"url": "http://portal.example.jp", "client_id": "hagukumi", "key_id": "k1",
            "public_key": "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc="}"#,
    )
    .unwrap();
    let o = hagu_pass(
        dir,
        &["sync", "connect"],
        &[("HAGUKUMI_PORTAL_PROFILE", profile.to_str().unwrap())],
    );
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("https"));
    std::fs::write(&profile, "{not json").unwrap();
    let o = hagu_pass(
        dir,
        &["sync", "connect"],
        &[("HAGUKUMI_PORTAL_PROFILE", profile.to_str().unwrap())],
    );
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("could not be read"));
    assert_eq!(portal.request_count(), requests, "no request was made");
    let status = ok(&hagu_pass(dir, &["sync", "status"], &[]));
    assert!(status.contains("Not connected"), "{status}");

    // Asked for: the reference portal's consent address (its client id).
    let o = hagu_pass(
        dir,
        &[
            &reference_connect(&portal.base_url())[..],
            &["--timeout", "1"],
        ]
        .concat(),
        &[],
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(&format!(
            "{}/oauth/authorize?response_type=code&client_id=hagukumi-app",
            portal.base_url()
        )),
        "{out}"
    );
    // No browser answered within the second: said so, nothing connected.
    assert_ne!(o.status.code(), Some(0));
    let status = ok(&hagu_pass(dir, &["sync", "status"], &[]));
    assert!(status.contains("Not connected"), "{status}");
}

/// Starts `hagu <args>` and kills it (SIGKILL) after a random moment below
/// `within`, ten times, running `check` after each kill.
fn kill_10_times(
    dir: &Path,
    args: &[&str],
    rng: &mut Rng,
    within: Duration,
    mut check: impl FnMut(),
) {
    for _ in 0..10 {
        let mut child = hagu_cmd(dir, args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(rng.below(within.as_millis() as u64)));
        let _ = child.kill();
        child.wait().unwrap();
        check();
    }
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn killed_at_random_points_the_sync_resumes_to_the_same_handbook() {
    let _serial = serial();
    const KILLS: usize = 50;
    let portal = start(Config {
        bulk: Some(2000),
        ..Config::default()
    });
    let family = hagukumi_portal::BULK_FAMILY_ID;
    let pull = ["sync", "--reference-portal", "--page-limit", "10"];

    // The reference: one clean sync, timed.
    let clean = tempfile::tempdir().unwrap();
    ok(&hagu(clean.path(), &["init"]));
    connect(clean.path(), &portal, family);
    let started = Instant::now();
    ok(&hagu(clean.path(), &pull));
    let one_shot = started.elapsed();
    let expected = snapshot(&open(clean.path()));
    assert_eq!(expected.matches("official: true").count(), 2000);

    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("crash test seed {seed}, one-shot sync {one_shot:?}");
    let mut rng = Rng(seed);
    let startup = (0..3)
        .map(|_| {
            let t = Instant::now();
            ok(&hagu(clean.path(), &["sync", "status"]));
            t.elapsed()
        })
        .min()
        .unwrap();
    let chunk = (one_shot.saturating_sub(startup).as_millis() as u64 / 30).max(5);
    let count = |dir: &Path| {
        let store = open(dir);
        let n: usize = store
            .children()
            .unwrap()
            .iter()
            .map(|c| store.list::<ChildBook>(c.id, None, true).unwrap().len())
            .sum();
        n
    };
    // Rounds on fresh handbooks until 50 kills: in each, `hagu sync` is
    // started and killed (SIGKILL) again and again until a run gets to
    // finish; then one more sync, and the handbook must equal the clean one.
    // The kill delay adapts: a kill that found no new page moves the next
    // ones later, one that found many moves them earlier, so the kills land
    // just past the process's start (opening the handbook, the credential
    // store) and in the middle of requests, page transactions and commits,
    // on fast and slow machines alike.
    let (mut killed, mut mid_pull, mut rounds) = (0, 0, 0);
    let mut handbooks = Vec::new();
    while killed < KILLS {
        rounds += 1;
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        ok(&hagu(dir, &["init"]));
        connect(dir, &portal, family);
        let (mut base, mut last) = (startup.mul_f64(0.5), 0);
        while killed < KILLS {
            let mut child = hagu_cmd(dir, &pull)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            std::thread::sleep(base + Duration::from_millis(rng.below(chunk * 2)));
            if child.try_wait().unwrap().is_some() {
                break; // this run finished: the round is over
            }
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            killed += 1;
            let got = count(dir);
            if got > 0 && got < 2000 {
                mid_pull += 1;
            }
            match got - last {
                0 if got < 2000 => base += Duration::from_millis(chunk),
                step if step > 100 => base = base.saturating_sub(Duration::from_millis(chunk / 2)),
                _ => {}
            }
            last = got;
            if killed % 10 == 0 {
                let o = hagu(dir, &["verify"]);
                assert_eq!(
                    o.status.code(),
                    Some(0),
                    "{}",
                    String::from_utf8_lossy(&o.stderr)
                );
            }
        }
        ok(&hagu(dir, &pull));
        ok(&hagu(dir, &["verify"]));
        assert_eq!(snapshot(&open(dir)), expected, "round {rounds}");
        handbooks.push(tmp);
    }
    eprintln!("{killed} kills in {rounds} rounds, {mid_pull} with the pull part-way");
    assert!(mid_pull >= 25, "too few kills landed mid-pull: {mid_pull}");
    let dir = handbooks.last().unwrap().path();

    // The outbox across kills: one questionnaire, sent exactly once.
    let store = open(dir);
    let child_id = store.children().unwrap()[0].id;
    drop(store);
    let today = hagukumi_core::chrono::Local::now().date_naive().to_string();
    let child_arg = child_id.to_string();
    let mut args = vec![
        "sync",
        "questionnaire",
        "--child",
        &child_arg,
        "--vaccine",
        "mr",
        "--date",
        &today,
        "--temperature",
        "36.8",
    ];
    for a in ANSWERS {
        args.extend(["--answer", a]);
    }
    ok(&hagu(dir, &args));
    let started = Instant::now();
    let mut probe = hagu_cmd(dir, &["sync", "status"]).output().unwrap();
    let status_cost = started.elapsed();
    assert!(probe.status.success());
    kill_10_times(dir, &pull, &mut rng, status_cost * 3, || {
        probe = hagu(dir, &["verify"]);
        assert!(probe.status.success());
    });
    ok(&hagu(dir, &pull));
    assert_eq!(portal.questionnaires(family).len(), 1);
    assert_eq!(open(dir).sync_status().unwrap().pending_writes, 0);
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn the_once_only_application_is_made_once_across_kills_of_hagu_sync() {
    let _serial = serial();
    let portal = start(Config::default());
    let family = "sample-a";
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(&hagu(dir, &["init"]));
    connect(dir, &portal, family);
    let pull = ["sync", "--reference-portal"];
    ok(&hagu(dir, &pull));
    // Pre-filled from the handbook: the synced child, the guardian given once.
    let out = ok(&hagu(
        dir,
        &["benefits", "apply", "--guardian", "サンプル 花子"],
    ));
    assert!(out.contains("サンプル 太郎"), "{out}");
    let queued: serde_json::Value =
        serde_json::from_str(&ok(&hagu(dir, &["benefits", "--json"]))).unwrap();
    assert_eq!(queued["submissions"][0]["state"], "pending");

    // `hagu sync` killed (SIGKILL) at random points, before and after the
    // portal's answer, then run to the end: one application, whatever the
    // kills hit.
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("benefits crash test seed {seed}");
    let mut rng = Rng(seed);
    let started = Instant::now();
    ok(&hagu(dir, &["sync", "status"]));
    let status_cost = started.elapsed();
    kill_10_times(dir, &pull, &mut rng, status_cost * 4, || {
        assert!(portal.benefit_applications(family).len() <= 1);
        ok(&hagu(dir, &["verify"]));
    });
    ok(&hagu(dir, &pull));
    assert_eq!(portal.benefit_applications(family).len(), 1);
    let view: serde_json::Value =
        serde_json::from_str(&ok(&hagu(dir, &["benefits", "--json"]))).unwrap();
    let mine: Vec<&serde_json::Value> = view["applications"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["key"].as_str().unwrap().starts_with("official:ba-"))
        .collect();
    assert_eq!(mine.len(), 2, "{view}");
    assert!(mine.iter().all(|a| a["state"] == "applied"), "{view}");
    assert!(view["submissions"].as_array().unwrap().is_empty(), "{view}");

    // The office moves it on; the next sync shows it.
    assert_eq!(portal.advance_benefits(family).unwrap(), 2);
    ok(&hagu(dir, &pull));
    let list = ok(&hagu(dir, &["benefits"]));
    assert_eq!(
        list.matches("Office status: Under review").count(),
        2,
        "{list}"
    );
}

#[test]
#[ignore = "needs a Secret Service in a D-Bus session (cargo xtask test provides one)"]
fn a_nursery_visit_and_the_application_go_once_across_kills_of_hagu_sync() {
    let _serial = serial();
    let portal = start(Config::default());
    let family = "sample-a";
    // The SAMPLE slots and the intake stay ahead of the clock.
    let year = hagukumi_portal::slots_year();
    let intake = format!("{year}-04-01");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(&hagu(dir, &["init"]));
    connect(dir, &portal, family);
    ok(&hagu(dir, &["municipality", "set", "131083"]));
    let pull = ["sync", "--reference-portal"];
    ok(&hagu(dir, &pull));
    let plain = |o: &Output| ok(o).replace(['\u{2068}', '\u{2069}'], "");
    let slots = plain(&hagu(dir, &["nursery", "slots", "--facility", "131083-1"]));
    assert!(
        slots.contains("Visit · サンプル豊洲ひかり保育園"),
        "{slots}"
    );
    assert!(slots.contains("SAMPLE"), "{slots}");
    let out = plain(&hagu(
        dir,
        &[
            "nursery",
            "book",
            "visit",
            "--facility",
            "131083-1",
            "--at",
            &format!("{year}-01-18T10:00"),
        ],
    ));
    assert!(out.contains("Booking #1 is waiting to be sent"), "{out}");
    let out = plain(&hagu(
        dir,
        &[
            "nursery",
            "apply",
            "--child",
            "1",
            "--prefer",
            "131083-1,131083-3",
            "--intake",
            &intake,
        ],
    ));
    assert!(out.contains("(2 facilities)"), "{out}");
    // A second application while one waits: refused, status 3.
    let again = hagu(
        dir,
        &[
            "nursery", "apply", "--child", "1", "--prefer", "131083-4", "--intake", &intake,
        ],
    );
    assert_eq!(again.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already waiting"));

    // `hagu sync` killed at random points, then run to the end: one
    // booking and one application, whatever the kills hit.
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("nursery crash test seed {seed}");
    let mut rng = Rng(seed);
    let started = Instant::now();
    ok(&hagu(dir, &["sync", "status"]));
    let status_cost = started.elapsed();
    kill_10_times(dir, &pull, &mut rng, status_cost * 4, || {
        assert!(portal.nursery_bookings(family).len() <= 1);
        assert!(portal.nursery_applications(family).len() <= 1);
        ok(&hagu(dir, &["verify"]));
    });
    ok(&hagu(dir, &pull));
    assert_eq!(portal.nursery_bookings(family).len(), 1);
    assert_eq!(portal.nursery_applications(family).len(), 1);
    let list = plain(&hagu(dir, &["nursery", "bookings"]));
    assert!(
        list.contains("#1 Visit · サンプル豊洲ひかり保育園"),
        "{list}"
    );
    assert!(list.contains("[Confirmed]"), "{list}");
    // In the timeline and the calendar (10:00 in Japan is 01:00 UTC).
    let schedule = plain(&hagu(dir, &["schedule"]));
    assert!(schedule.contains("Nursery bookings"), "{schedule}");
    assert!(
        schedule.contains(&format!("{year}-01-18  [Confirmed] Visit")),
        "{schedule}"
    );
    let ics = ok(&hagu(dir, &["schedule", "--ics"]));
    assert!(
        ics.contains(&format!("DTSTART:{year}0118T010000Z")),
        "{ics}"
    );

    // The office's decision comes with the next sync.
    let application = plain(&hagu(dir, &["nursery", "application"]));
    assert!(application.contains("Received"), "{application}");
    assert_eq!(portal.decide_nursery(family).unwrap(), 1);
    ok(&hagu(dir, &pull));
    let application = plain(&hagu(dir, &["nursery", "application"]));
    assert!(
        application.contains("Place offered: サンプル有明たんぽぽナーサリー (preference 2)"),
        "{application}"
    );
    assert!(
        application.contains("Preference 1 サンプル豊洲ひかり保育園: no opening"),
        "{application}"
    );

    // Cancelled: it leaves the timeline and the calendar.
    ok(&hagu(dir, &["nursery", "cancel", "1"]));
    ok(&hagu(dir, &pull));
    let list = plain(&hagu(dir, &["nursery", "bookings"]));
    assert!(list.contains("[Cancelled]"), "{list}");
    let ics = ok(&hagu(dir, &["schedule", "--ics"]));
    assert!(!ics.contains("nursery-booking-"), "{ics}");
    assert!(!plain(&hagu(dir, &["schedule"])).contains("Nursery bookings"));
    let again = hagu(dir, &["nursery", "cancel", "1"]);
    assert_eq!(again.status.code(), Some(3));
}
