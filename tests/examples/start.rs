//! The start bench (issue 16): cold start and idle memory of the release
//! app against a bare Tauri 2 app (`bench/bare-tauri`, one static page with
//! one button), both started through tauri-driver in the same display.
//!
//! `cargo xtask start-bench` builds both (the app as `cargo xtask bundle`
//! packages it) and runs this under Xvfb in a D-Bus session with an
//! unlocked throwaway gnome-keyring, with `HAGUKUMI_APP_BIN` and
//! `HAGUKUMI_BARE_BIN` naming the two binaries. `HAGUKUMI_START_RUNS`
//! starts of each (10 unless set) alternate, bare first; before them each
//! app is started once untimed, the app with `--demo` so that every timed
//! start opens an existing handbook with the demo family.
//!
//! - Cold start: from asking tauri-driver for a session (which starts the
//!   process) to the first element a person can act on being in the page:
//!   home's first child card, the bare page's button.
//! - Idle memory: [`IDLE`] after that, RSS and PSS (`/proc/PID/smaps_rollup`)
//!   summed over the app's process and its descendants (WebKit's web and
//!   network processes).
//!
//! - Where the start goes: when the page began (its `performance.timeOrigin`)
//!   after the session was asked for, and in the page the UI's own marks
//!   (`hagukumi-wasm`: the wasm runs; `hagukumi-data`: home's data and words
//!   are in; `hagukumi-home`: home is drawn) and the first element found.
//!
//! Prints each start, then `bench-row: figure | measured | goal | met`
//! rows (medians, and the ratio app / bare) for the bench table.

use hagukumi_e2e::{Driver, Session};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long each app idles on its first screen before its memory is read.
const IDLE: Duration = Duration::from_secs(2);
/// The goals (issue 16): cold start and idle memory against the bare app.
const START_GOAL: f64 = 1.2;
const MEMORY_GOAL: f64 = 1.3;
/// Longest wait for a first screen or for an app to end.
const WAIT: Duration = Duration::from_secs(60);

/// One of the two apps.
struct App {
    name: &'static str,
    binary: PathBuf,
    /// The first element a person can act on.
    ready: &'static str,
}

/// One timed start.
#[derive(Debug, Clone, Copy)]
struct Start {
    seconds: f64,
    rss_kib: u64,
    pss_kib: u64,
    /// How many processes the memory is summed over.
    processes: usize,
    /// Seconds from asking for the session to the page's time origin.
    page_began: f64,
    /// Seconds from the page's time origin to [`MARKS`] (NaN: not marked).
    marks: [f64; 3],
}

/// The UI's marks of its start, in order (`ui/src/main.rs`).
const MARKS: [&str; 3] = ["hagukumi-wasm", "hagukumi-data", "hagukumi-home"];

fn binary(var: &str) -> PathBuf {
    let path = PathBuf::from(
        std::env::var_os(var)
            .unwrap_or_else(|| panic!("{var} is not set: run `cargo xtask start-bench`")),
    );
    assert!(path.exists(), "{} is missing", path.display());
    std::fs::canonicalize(path).expect("a canonical path")
}

fn main() {
    let runs: usize = std::env::var("HAGUKUMI_START_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    let bare = App {
        name: "bare Tauri",
        binary: binary("HAGUKUMI_BARE_BIN"),
        ready: "#bare-button",
    };
    let app = App {
        name: "Hagukumi",
        binary: binary("HAGUKUMI_APP_BIN"),
        ready: ".child-card",
    };
    let dir = tempfile::tempdir().expect("a temporary data folder");
    let driver = Driver::keychain(dir.path());

    // Untimed: the demo handbook made (and its key stored), both apps'
    // files read once.
    start(&driver, &app, &["--demo"]);
    start(&driver, &bare, &[]);

    let (mut bares, mut apps) = (Vec::new(), Vec::new());
    for run in 1..=runs {
        for (which, into) in [(&bare, &mut bares), (&app, &mut apps)] {
            let s = start(&driver, which, &[]);
            println!(
                "start {run}/{runs} {}: {:.3} s (page began at {:.3} s; marks {:?} s after), \
                 RSS {:.1} MiB, PSS {:.1} MiB ({} processes)",
                which.name,
                s.seconds,
                s.page_began,
                s.marks,
                mib(s.rss_kib),
                mib(s.pss_kib),
                s.processes
            );
            into.push(s);
        }
    }

    let median_of = |starts: &[Start], f: fn(&Start) -> f64| median(starts.iter().map(f).collect());
    let time = (
        median_of(&apps, |s| s.seconds),
        median_of(&bares, |s| s.seconds),
    );
    let rss = (
        median_of(&apps, |s| s.rss_kib as f64),
        median_of(&bares, |s| s.rss_kib as f64),
    );
    let pss = (
        median_of(&apps, |s| s.pss_kib as f64),
        median_of(&bares, |s| s.pss_kib as f64),
    );
    let how = format!("release builds under Xvfb, median of {runs} alternating starts each");
    let mark = |i: usize| median(apps.iter().map(|s| s.marks[i]).collect());
    let in_page = |starts: &[Start]| median_of(starts, |s| s.seconds - s.page_began);
    println!(
        "bench-row: Cold start, where it goes (seconds; {how}) | the page begins {:.2} s after \
         the session is asked for (bare {:.2} s); in the page the UI's wasm runs at +{:.2} s, \
         home's data and words are in at +{:.2} s, home is drawn at +{:.2} s, its first card is \
         found at +{:.2} s (bare: its button at +{:.2} s) | — (where the time goes) | —",
        median_of(&apps, |s| s.page_began),
        median_of(&bares, |s| s.page_began),
        mark(0),
        mark(1),
        mark(2),
        in_page(&apps),
        in_page(&bares),
    );
    row(
        &format!(
            "Cold start to the first screen a parent can act on (tauri-driver session to \
             home's first child card, bare app: its button; {how})"
        ),
        time,
        |s| format!("{s:.2} s"),
        START_GOAL,
    );
    row(
        &format!(
            "Idle RSS, {} s on that screen (app + WebKit processes; {how})",
            IDLE.as_secs()
        ),
        rss,
        |k| format!("{:.0} MiB", k / 1024.0),
        MEMORY_GOAL,
    );
    row(
        &format!("Idle PSS, as RSS (shared pages split between processes; the RSS goal; {how})",),
        pss,
        |k| format!("{:.0} MiB", k / 1024.0),
        MEMORY_GOAL,
    );
}

/// Prints a table row: the app's and the bare app's medians, their ratio,
/// and whether it is within `goal` times the bare app.
fn row(figure: &str, (app, bare): (f64, f64), show: impl Fn(f64) -> String, goal: f64) {
    let ratio = app / bare;
    println!(
        "bench-row: {figure} | {} vs {} bare ({ratio:.3}×) | ≤ {goal}× a bare Tauri 2 app | {}",
        show(app),
        show(bare),
        if ratio <= goal { "yes" } else { "no" }
    );
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    assert!(n > 0, "no starts");
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

/// Starts `app` with `args`, times it to its first actionable element,
/// reads its memory after [`IDLE`], closes it and waits until it is gone.
fn start(driver: &Driver, app: &App, args: &[&str]) -> Start {
    let began = Instant::now();
    let began_at = epoch_seconds();
    let session = driver.session_of(&app.binary, args);
    wait_for(&session, app.ready, began);
    let seconds = began.elapsed().as_secs_f64();
    std::thread::sleep(IDLE);
    // After the idle time: home's last mark may come after its card is found.
    let (page_began, marks) = page_timeline(&session, began_at);
    let pid = app_process(driver.pid(), &app.binary)
        .unwrap_or_else(|| panic!("no {} process under tauri-driver", app.name));
    let processes = tree(pid);
    let names: Vec<String> = processes.iter().map(|pid| name(*pid)).collect();
    eprintln!("{}: memory of {}", app.name, names.join(", "));
    let (rss_kib, pss_kib) = processes
        .iter()
        .map(|pid| memory(*pid))
        .fold((0, 0), |(r, p), (r2, p2)| (r + r2, p + p2));
    session.close();
    let closed = Instant::now();
    while app_process(driver.pid(), &app.binary).is_some() {
        assert!(closed.elapsed() < WAIT, "{} did not end", app.name);
        std::thread::sleep(Duration::from_millis(50));
    }
    Start {
        seconds,
        rss_kib,
        pss_kib,
        processes: processes.len(),
        page_began,
        marks,
    }
}

/// Seconds since the Unix epoch (the clock `performance.timeOrigin` reads).
fn epoch_seconds() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_secs_f64()
}

/// When the page began after `began_at` (epoch seconds), and [`MARKS`]
/// after that (NaN where the page has no such mark: the bare app).
fn page_timeline(session: &Session, began_at: f64) -> (f64, [f64; 3]) {
    let names = serde_json::to_string(&MARKS).expect("names as JSON");
    let timeline = session.execute(&format!(
        "return [performance.timeOrigin].concat({names}.map(n => {{ \
           const e = performance.getEntriesByName(n, 'mark')[0]; \
           return e ? e.startTime : null; }}));"
    ));
    let ms = |i: usize| timeline[i].as_f64().unwrap_or(f64::NAN) / 1000.0;
    (ms(0) - began_at, [ms(1), ms(2), ms(3)])
}

/// Polls (every 5 ms, finer than the tests' waits) until `css` matches.
fn wait_for(session: &Session, css: &str, began: Instant) {
    while session.find_all(css).is_empty() {
        assert!(began.elapsed() < WAIT, "{css} never appeared");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Every process's parent, from `/proc/PID/stat`.
fn parents() -> Vec<(u32, u32)> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            // "pid (comm) state ppid …": comm may hold spaces and parentheses.
            let after = &stat[stat.rfind(')')? + 1..];
            let ppid = after.split_whitespace().nth(1)?.parse().ok()?;
            Some((pid, ppid))
        })
        .collect()
}

/// `root` and all its descendants.
fn tree(root: u32) -> Vec<u32> {
    let parents = parents();
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(
            parents
                .iter()
                .filter(|(_, p)| *p == parent)
                .map(|(pid, _)| *pid),
        );
        i += 1;
    }
    found
}

/// The process under tauri-driver (`driver`) running `binary`.
fn app_process(driver: u32, binary: &Path) -> Option<u32> {
    tree(driver)
        .into_iter()
        .find(|pid| std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == binary))
}

/// A process's name (`/proc/PID/comm`).
fn name(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .map(|n| n.trim().to_owned())
        .unwrap_or_default()
}

/// A process's RSS and PSS in KiB (0 for one that has just ended).
fn memory(pid: u32) -> (u64, u64) {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    let field = |name: &str| {
        rollup
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    };
    (field("Rss:"), field("Pss:"))
}
