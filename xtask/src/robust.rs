//! Reliability checks: the reference portal against its own OpenAPI
//! document (schemathesis, a step of `test`) and `fuzz [--short]` (cargo-fuzz
//! on the parsers of outside data).

use crate::{root, sh, sh_in, step, target_dir, Result};
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Pinned: its command line and checks changed between 3.x and 4.x.
const SCHEMATHESIS_VERSION: &str = "4.32.5";
/// Examples per API operation in the test command (about a minute on 2 cores).
const SCHEMATHESIS_EXAMPLES: &str = "40";
/// Fixed, so that the test command is reproducible; run it by hand without
/// `--seed` to explore (crates/portal/README.md).
const SCHEMATHESIS_SEED: &str = "20261205";

fn venv() -> PathBuf {
    target_dir().join("schemathesis-venv")
}

/// Installs schemathesis into a venv under the target directory (idempotent).
pub fn setup_schemathesis() -> Result {
    let bin = venv().join("bin");
    let installed = Command::new(bin.join("schemathesis"))
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    if installed.contains(SCHEMATHESIS_VERSION) {
        return Ok(());
    }
    let venv = venv();
    let venv = venv.to_string_lossy();
    sh("python3", &["-m", "venv", &venv])?;
    let pip = bin.join("pip");
    sh(
        &pip.to_string_lossy(),
        &[
            "install",
            "--quiet",
            &format!("schemathesis=={SCHEMATHESIS_VERSION}"),
        ],
    )
}

/// Stops the portal when dropped.
struct Portal(std::process::Child);

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the portal binary on a free loopback port, runs schemathesis
/// with every check against its `/openapi.yaml`, fails on any failure.
pub fn schemathesis() -> Result {
    step("portal against its OpenAPI document (schemathesis)");
    sh(
        "cargo",
        &["build", "-p", "hagukumi-portal", "--bin", "hagukumi-portal"],
    )?;
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| format!("no free port: {e}"))?;
    let bin = target_dir()
        .join("debug")
        .join(format!("hagukumi-portal{}", std::env::consts::EXE_SUFFIX));
    let child = Command::new(&bin)
        // `slow` is one of the faults schemathesis may name: no delay.
        .args(["--addr", &addr.to_string(), "--slow-ms", "0"])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
    let _portal = Portal(child);
    let start = std::time::Instant::now();
    while std::net::TcpStream::connect(addr).is_err() {
        if start.elapsed() > std::time::Duration::from_secs(10) {
            return Err(format!("the portal did not listen on {addr}"));
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let dir = root().join("crates/portal/schemathesis");
    let work = target_dir().join("schemathesis");
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let config = dir.join("schemathesis.toml");
    let url = format!("http://{addr}/openapi.yaml");
    let args = [
        "--config-file",
        &config.to_string_lossy(),
        "run",
        &url,
        "--checks",
        "all",
        "--max-examples",
        SCHEMATHESIS_EXAMPLES,
        "--seed",
        SCHEMATHESIS_SEED,
        // One worker: with several, hypothesis can fail on its own
        // ("AST constructor recursion depth mismatch", parsing in threads).
        "--workers",
        "1",
        "--generation-database",
        "none",
    ]
    .map(str::to_owned);
    eprintln!("$ schemathesis {}", args.join(" "));
    let status = Command::new(venv().join("bin/schemathesis"))
        .args(&args)
        .current_dir(&work)
        .env("SCHEMATHESIS_HOOKS", "hooks")
        .env("PYTHONPATH", &dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .status()
        .map_err(|e| format!("cannot run schemathesis: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("schemathesis found failures ({status})"))
    }
}

/// The fuzz targets of `fuzz/`, each with the seeds `fuzz` gives it.
const FUZZ_TARGETS: &[&str] = &["export_import", "portal_page", "loaders", "photo"];
/// Runs per target: the documented run, and the short one.
const FUZZ_RUNS: &str = "1000000";
const FUZZ_RUNS_SHORT: &str = "20000";

/// Seeds for the `loaders` target from `assets/`: a selector byte (which
/// loader, see fuzz/fuzz_targets/loaders.rs), then `name\ntext` files
/// separated by NUL.
fn loader_seeds(dir: &std::path::Path) -> Result {
    let read = |p: &str| {
        std::fs::read_to_string(root().join("assets").join(p)).map_err(|e| format!("{p}: {e}"))
    };
    let file = |name: &str, p: &str| read(p).map(|t| format!("{name}\n{t}"));
    let seeds: Vec<(u8, Vec<(&str, &str)>)> = vec![
        (
            0,
            vec![
                ("vaccines-jp.json", "schedules/vaccines-jp.json"),
                ("checkups-jp.json", "schedules/checkups-jp.json"),
            ],
        ),
        (2, vec![("koto-131083.json", "programs/koto-131083.json")]),
        (
            3,
            vec![
                ("koto-131083.json", "nurseries/koto-131083.json"),
                ("koto-131083.csv", "nurseries/koto-131083.csv"),
            ],
        ),
        (
            4,
            vec![("checklists-jp.json", "checkups/checklists-jp.json")],
        ),
        (
            5,
            vec![("koto-131083.json", "nursery-intake/koto-131083.json")],
        ),
        (
            6,
            vec![("koto-131083.json", "hoiku-index/koto-131083.json")],
        ),
    ];
    for (selector, files) in seeds {
        let texts = files
            .iter()
            .map(|(name, p)| file(name, p))
            .collect::<Result<Vec<_>>>()?;
        let mut bytes = vec![selector];
        bytes.extend_from_slice(texts.join("\0").as_bytes());
        let path = dir.join(format!("seed-{selector}"));
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// `cargo xtask fuzz [--short]`: builds the fuzz targets with the nightly
/// toolchain and runs each, one after the other, for a fixed number of
/// inputs, with libFuzzer's memory limits; a crash fails the command and
/// leaves its input in `fuzz/artifacts/<target>/`.
pub fn fuzz(short: bool, only: Option<&str>) -> Result {
    if let Some(name) = only.filter(|n| !FUZZ_TARGETS.contains(n)) {
        return Err(format!(
            "no fuzz target `{name}`: the targets are {}",
            FUZZ_TARGETS.join(", ")
        ));
    }
    step("fuzz: cargo-fuzz and the nightly toolchain");
    let toolchains = crate::output("rustup", &["toolchain", "list"]).unwrap_or_default();
    if !toolchains.lines().any(|t| t.starts_with("nightly")) {
        sh(
            "rustup",
            &["toolchain", "install", "nightly", "--profile", "minimal"],
        )?;
    }
    if crate::output("cargo", &["fuzz", "--version"]).is_none() {
        sh("cargo", &["install", "--locked", "cargo-fuzz"])?;
    }
    let fuzz_dir = root().join("fuzz");
    let target = target_dir().join("fuzz");
    let target = target.to_string_lossy();
    // -O: optimised; -a: with debug assertions (overflow checks).
    let build = [
        "+nightly",
        "fuzz",
        "build",
        "-O",
        "-a",
        "--target-dir",
        &target,
    ];
    sh_in(&fuzz_dir, "cargo", &build)?;
    let runs = if short { FUZZ_RUNS_SHORT } else { FUZZ_RUNS };
    for name in FUZZ_TARGETS
        .iter()
        .filter(|n| only.is_none_or(|o| o == **n))
    {
        step(&format!("fuzz {name}: {runs} inputs"));
        let corpus = target_dir().join("fuzz/corpus").join(name);
        std::fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
        if *name == "loaders" {
            loader_seeds(&corpus)?;
        }
        let seeds = fuzz_dir.join("seeds").join(name);
        let (corpus, seeds) = (corpus.to_string_lossy(), seeds.to_string_lossy());
        let runs = format!("-runs={runs}");
        let mut args = vec![
            "+nightly",
            "fuzz",
            "run",
            "-O",
            "-a",
            "--target-dir",
            &target,
            name,
            &corpus,
        ];
        if std::path::Path::new(&*seeds).is_dir() {
            args.push(&seeds);
        }
        args.extend([
            "--",
            &runs,
            "-rss_limit_mb=2048",
            "-malloc_limit_mb=512",
            "-print_final_stats=1",
        ]);
        if *name == "loaders" {
            // The asset seeds cut to 8 KiB: 4 times the inputs per second.
            args.push("-max_len=8192");
        }
        sh_in(&fuzz_dir, "cargo", &args)?;
    }
    Ok(())
}
