//! `cargo xtask <command>`: the project's automation, in Rust, std only.
//!
//! - `setup [--bundle]`: installs what is missing (idempotent, quick when done)
//! - `ui`: builds the Yew UI into ui/dist with trunk (offline)
//! - `run [-- APP ARGS]`: setup, UI, then the app with the demo family, with
//!   the reference portal (SAMPLE data) on 127.0.0.1:8787 while it runs
//! - `test`: setup, format check, tidy, UI, clippy (native and wasm), the
//!   pure crates checked for the phones' targets installed here, the app, then
//!   every test including the end-to-end ones, under Xvfb in a D-Bus session
//!   with an unlocked gnome-keyring; the reference portal against its OpenAPI
//!   document (schemathesis)
//! - `tidy`: the structural rules of ARCHITECTURE.md ("Tidy rules"): the
//!   crate dependency table against `cargo metadata`, no SQL outside the
//!   store, no clock reads outside the shell and the CLI, line budgets;
//!   import circles between modules are listed
//! - `bundle`: setup --bundle, then `cargo tauri build` (desktop packages)
//! - `bench`: performance ratios against a baseline run in the same process,
//!   the reliability row: 200 SIGKILLs of `hagu` writes and syncs, and the
//!   start bench's rows
//! - `start-bench`: bundles the app (as `bundle`), builds the bare Tauri app
//!   (`bench/bare-tauri`) alike, then prints `bench`'s .deb size row and its
//!   cold start and idle memory rows: both apps started in turn through
//!   tauri-driver under Xvfb (`tests/examples/start.rs`)
//! - `ui-size`: builds the UI and prints `bench`'s UI size row alone
//! - `kills`: runs the kill test and prints `bench`'s reliability row alone
//! - `fuzz [--short] [TARGET]`: cargo-fuzz (nightly) on the parsers of outside data,
//!   1,000,000 inputs per target (20,000 with `--short`)
//! - `openapi`: the test command's schemathesis step alone

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod bench;
mod robust;
mod tidy;

/// Debian packages the build, the app and the tests need.
const APT_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libssl-dev",
    "libwebkit2gtk-4.1-dev",
    "librsvg2-dev",
    "libayatana-appindicator3-dev",
    "libxdo-dev",
    "webkit2gtk-driver",
    "xvfb",
    "xauth",
    "dbus",
    "dbus-x11",
    "gnome-keyring",
    // A real notification server for the reminder test (started by it).
    "notification-daemon",
    "binaryen",
    "fonts-noto-cjk",
    // Devanagari and Thai (the Nepali and Thai handbooks) for the window
    // the tests drive and its screenshots; phones and desktops have them.
    "fonts-noto-core",
    "file",
    // schemathesis's venv (the portal's OpenAPI check).
    "python3-venv",
];

const TRUNK_VERSION: &str = "0.21.14";
const TAURI_DRIVER_VERSION: &str = "2.1.0";
const TAURI_CLI_REQ: &str = "^2";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup(args.iter().any(|a| a == "--bundle")),
        Some("ui") => ui(),
        Some("run") => run(&args[1..]),
        Some("test") => test(),
        Some("tidy") => tidy::tidy(&root()),
        Some("bundle") => bundle(),
        Some("bench") => bench::bench(),
        Some("ui-size") => bench::ui_size_row().map(|row| println!("| {row} |")),
        Some("kills") => {
            bench::kill_rows().map(|rows| rows.iter().for_each(|r| println!("| {r} |")))
        }
        Some("start-bench") => {
            bench::start_rows().map(|rows| rows.iter().for_each(|r| println!("| {r} |")))
        }
        Some("fuzz") => robust::fuzz(
            args.iter().any(|a| a == "--short"),
            args[1..]
                .iter()
                .find(|a| !a.starts_with("--"))
                .map(String::as_str),
        ),
        Some("openapi") => robust::setup_schemathesis().and_then(|()| robust::schemathesis()),
        _ => {
            eprintln!(
                "usage: cargo xtask <setup [--bundle] | ui | run [-- APP ARGS] | test | tidy | bundle | bench | ui-size | kills | start-bench | fuzz [--short] [TARGET] | openapi>"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_owned()
}

/// The cargo target directory (`CARGO_TARGET_DIR`, else `target/`).
fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|t| if t.is_absolute() { t } else { root().join(t) })
        .unwrap_or_else(|| root().join("target"))
}

fn step(what: &str) {
    eprintln!("\n==> {what}");
}

/// Runs a command in the workspace root; fails with its exit status.
fn sh(program: &str, args: &[&str]) -> Result {
    sh_in(&root(), program, args)
}

fn sh_in(dir: &Path, program: &str, args: &[&str]) -> Result {
    eprintln!("$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .status()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn is_root() -> bool {
    output("id", &["-u"]).is_some_and(|s| s.trim() == "0")
}

// ---------------------------------------------------------------- setup

fn setup(bundle: bool) -> Result {
    step("setup: system packages");
    apt_packages()?;
    step("setup: Rust target and tools");
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets.lines().any(|t| t.trim() == WASM_TARGET) {
        sh("rustup", &["target", "add", WASM_TARGET])?;
    }
    let wasm_bindgen = wasm_bindgen_version()?;
    let installed = output("cargo", &["install", "--list"]).unwrap_or_default();
    let has = |krate: &str, version: &str| {
        installed
            .lines()
            .any(|l| l.starts_with(&format!("{krate} v{version}")))
    };
    if !has("trunk", TRUNK_VERSION) {
        // trunk 0.22 needs a newer rustc than this project's toolchain.
        sh(
            "cargo",
            &["install", "--locked", &format!("trunk@{TRUNK_VERSION}")],
        )?;
    }
    if !has("wasm-bindgen-cli", &wasm_bindgen) {
        // Exactly the library's version (trunk refuses others). Its lock file
        // names a yanked dependency, hence no --locked.
        sh(
            "cargo",
            &["install", "wasm-bindgen-cli", "--version", &wasm_bindgen],
        )?;
    }
    if !has("tauri-driver", TAURI_DRIVER_VERSION) {
        sh(
            "cargo",
            &[
                "install",
                "--locked",
                &format!("tauri-driver@{TAURI_DRIVER_VERSION}"),
            ],
        )?;
    }
    if bundle && !installed.lines().any(|l| l.starts_with("tauri-cli v2.")) {
        sh(
            "cargo",
            &[
                "install",
                "--locked",
                "tauri-cli",
                "--version",
                TAURI_CLI_REQ,
            ],
        )?;
    }
    check_trunk_toml(&wasm_bindgen)?;
    step("setup: schemathesis (for the portal's OpenAPI check)");
    robust::setup_schemathesis()?;
    eprintln!("setup: everything is in place");
    Ok(())
}

fn apt_packages() -> Result {
    let missing: Vec<&str> = APT_PACKAGES
        .iter()
        .copied()
        .filter(|p| {
            !output("dpkg-query", &["-W", "-f=${Status}", p])
                .is_some_and(|s| s.contains("install ok installed"))
        })
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if output("dpkg-query", &["--version"]).is_none() {
        return Err(format!(
            "not a Debian/Ubuntu system: install the equivalents of {}",
            missing.join(" ")
        ));
    }
    let command = format!(
        "apt-get update && apt-get install -y --no-install-recommends {}",
        missing.join(" ")
    );
    if !is_root() {
        return Err(format!(
            "missing system packages; run this, then try again:\n\n    sudo sh -c '{command}'\n"
        ));
    }
    eprintln!("$ {command}");
    let status = Command::new("sh")
        .args(["-c", &command])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status()
        .map_err(|e| e.to_string())?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("apt-get failed ({status})"))
    }
}

/// The wasm-bindgen version in Cargo.lock (the CLI must match it exactly).
fn wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

fn check_trunk_toml(wasm_bindgen: &str) -> Result {
    let trunk = std::fs::read_to_string(root().join("ui/Trunk.toml")).map_err(|e| e.to_string())?;
    if trunk.contains(&format!("wasm_bindgen = \"{wasm_bindgen}\"")) {
        Ok(())
    } else {
        Err(format!(
            "ui/Trunk.toml must pin wasm_bindgen = \"{wasm_bindgen}\" (the Cargo.lock version)"
        ))
    }
}

// ---------------------------------------------------------------- build

fn ui() -> Result {
    step("build the UI (trunk, offline)");
    sh_in(
        &root().join("ui"),
        "trunk",
        &["build", "--release", "--offline"],
    )
}

/// Where `run` serves the reference portal (the demo asks the app for it).
const DEMO_PORTAL_ADDR: &str = "127.0.0.1:8787";

fn run(args: &[String]) -> Result {
    setup(false)?;
    ui()?;
    step("build the reference portal");
    // On its own: built together with the app, cargo would unify their
    // dependencies' features and rebuild the app's for `cargo run`.
    sh(
        "cargo",
        &["build", "-p", "hagukumi-portal", "--bin", "hagukumi-portal"],
    )?;
    // Stopped when dropped, whichever way `run` ends.
    let _portal = start_demo_portal();
    step("start Hagukumi with the demo family");
    let mut cargo_args = vec![
        "run",
        "-p",
        "hagukumi-app",
        "--bin",
        "hagukumi",
        "--",
        "--demo",
        // The demo asks for the reference portal's profile (its
        // development key); the app uses no other without a configuration.
        "--reference-portal",
    ];
    cargo_args.extend(args.iter().filter(|a| *a != "--").map(String::as_str));
    eprintln!("$ cargo {}", cargo_args.join(" "));
    let status = Command::new("cargo")
        .args(&cargo_args)
        .current_dir(root())
        .env("HAGUKUMI_PORTAL_URL", format!("http://{DEMO_PORTAL_ADDR}"))
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the app ended with {status}"))
    }
}

/// The reference portal started for `run`; stopped when dropped.
struct DemoPortal(std::process::Child);

impl Drop for DemoPortal {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the reference portal (SAMPLE data) on [`DEMO_PORTAL_ADDR`] in the
/// background. When the port is taken (a portal already running?), or the
/// portal cannot start, says so and lets the app run without it.
fn start_demo_portal() -> Option<DemoPortal> {
    step(&format!(
        "start the reference portal (SAMPLE data) on {DEMO_PORTAL_ADDR}"
    ));
    if std::net::TcpListener::bind(DEMO_PORTAL_ADDR).is_err() {
        eprintln!(
            "{DEMO_PORTAL_ADDR} is taken (perhaps a portal is already running there); \
             not starting another one, the app will talk to whatever listens there"
        );
        return None;
    }
    let bin = target_dir()
        .join("debug")
        .join(format!("hagukumi-portal{}", std::env::consts::EXE_SUFFIX));
    let child = Command::new(&bin)
        .args(["--addr", DEMO_PORTAL_ADDR])
        .current_dir(root())
        .stdin(std::process::Stdio::null())
        .spawn();
    match child {
        Ok(child) => {
            // Ready within a few seconds, or the app says "offline" plainly.
            let start = std::time::Instant::now();
            while std::net::TcpStream::connect(DEMO_PORTAL_ADDR).is_err()
                && start.elapsed() < std::time::Duration::from_secs(5)
            {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            eprintln!(
                "portal ready: in the app, open 公的データ and connect; approve a sample family \
                 (sample-a, sample-b or sample-c) on the portal's consent page"
            );
            Some(DemoPortal(child))
        }
        Err(e) => {
            eprintln!(
                "cannot start {}: {e}; the app runs without a portal",
                bin.display()
            );
            None
        }
    }
}

fn bundle() -> Result {
    setup(true)?;
    step("bundle the desktop app");
    sh_in(
        &root().join("src-tauri"),
        "cargo",
        &["tauri", "build", "--bundles", "deb"],
    )
}

// ---------------------------------------------------------------- test

fn test() -> Result {
    setup(false)?;
    step("format");
    sh("cargo", &["fmt", "--all", "--check"])?;
    step("tidy (ARCHITECTURE.md's rules)");
    tidy::tidy(&root())?;
    ui()?;
    step("clippy (native, all targets)");
    sh(
        "cargo",
        &["clippy", "--all-targets", "--", "-D", "warnings"],
    )?;
    step("clippy (wasm: UI, core, i18n)");
    sh(
        "cargo",
        &[
            "clippy",
            "--target",
            WASM_TARGET,
            "-p",
            "hagukumi-ui",
            "-p",
            "hagukumi-core",
            "-p",
            "hagukumi-i18n",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    phones()?;
    step("languages: the locale check and each language's coverage");
    sh(
        "cargo",
        &[
            "test",
            "-p",
            "hagukumi-i18n",
            "--lib",
            "every_locale_passes_the_check",
            "--",
            "--nocapture",
        ],
    )?;
    robust::schemathesis()?;
    step("build the app for the end-to-end tests");
    sh(
        "cargo",
        &["build", "-p", "hagukumi-app", "--bin", "hagukumi"],
    )?;
    step("tests (unit, store, keychain, CLI, end-to-end) under Xvfb + D-Bus + gnome-keyring");
    let home = tempdir("hagukumi-test-home")?;
    eprintln!("$ xvfb-run -a dbus-run-session -- sh -c '…cargo test -- --include-ignored'");
    let status = in_keyring(
        "cargo test --no-fail-fast -- --include-ignored",
        &home,
        true,
    )
    .current_dir(root())
    .status()
    .map_err(|e| format!("cannot run xvfb-run: {e}"))?;
    let _ = std::fs::remove_dir_all(&home);
    if !status.success() {
        return Err(format!("tests failed ({status})"));
    }
    eprintln!(
        "\nall checks passed; screenshots in {}",
        root().join("target/e2e-screenshots").display()
    );
    Ok(())
}

/// The phones' targets the pure crates are checked for.
const PHONE_TARGETS: [&str; 2] = ["aarch64-linux-android", "aarch64-apple-ios"];

/// `core`, `i18n` and `report` checked (`cargo check`) for Android and iOS,
/// each target where rustup has it here: no SDK is needed for pure crates,
/// but adding a target downloads its standard library, which the test
/// command leaves to the developer (`rustup target add …`). A target not
/// installed is said, not hidden.
fn phones() -> Result {
    step("phones: core, i18n and report checked for Android and iOS");
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    for target in PHONE_TARGETS {
        if installed.lines().any(|t| t.trim() == target) {
            sh(
                "cargo",
                &[
                    "check",
                    "--target",
                    target,
                    "-p",
                    "hagukumi-core",
                    "-p",
                    "hagukumi-i18n",
                    "-p",
                    "hagukumi-report",
                ],
            )?;
        } else {
            eprintln!("{target}: not installed here, not checked (`rustup target add {target}`)");
        }
    }
    Ok(())
}

/// `command` (a `cargo …` line) in a D-Bus session with a throwaway login
/// keyring, unlocked for this session only, under Xvfb when `display`. The
/// keyring daemon keeps its files under the home directory: `home` is a
/// fresh one, so tests never touch the developer's own keyring.
fn in_keyring(command: &str, home: &Path, display: bool) -> Command {
    let inner = format!(
        "printf '%s' \"$HAGUKUMI_TEST_KEYRING_PASSWORD\" \
         | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
         && exec {command}"
    );
    let mut cmd = if display {
        let mut xvfb = Command::new("xvfb-run");
        xvfb.args(["-a", "-s", "-screen 0 1920x1080x24", "dbus-run-session"]);
        xvfb
    } else {
        Command::new("dbus-run-session")
    };
    cmd.args(["--", "sh", "-c", &inner])
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("HAGUKUMI_TEST_KEYRING_PASSWORD", "hagukumi-test-keyring")
        .env_remove("HAGUKUMI_PASSPHRASE")
        .env_remove("HAGUKUMI_DATA_DIR");
    cmd
}

fn tempdir(prefix: &str) -> Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("{prefix}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}
