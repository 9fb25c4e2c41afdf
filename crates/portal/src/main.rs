//! `hagukumi-portal`: runs the reference portal (SAMPLE data, development key).

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use base64::Engine;
use clap::Parser;
use hagukumi_portal::{Config, Fault};

/// Hagukumi reference portal: a Mynaportal-style PMH data API serving SAMPLE data.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// Address to listen on (loopback by default).
    #[arg(long, default_value = "127.0.0.1:8787")]
    addr: SocketAddr,
    /// Inject this fault into every data request (see crates/portal/README.md).
    #[arg(long)]
    fault: Option<String>,
    /// Access token lifetime in seconds (at most 30 days).
    #[arg(long, default_value_t = 3600, value_parser = clap::value_parser!(u64).range(1..=2_592_000))]
    token_ttl: u64,
    /// Delay of the `slow` fault in milliseconds (at most 10 minutes).
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u64).range(0..=600_000))]
    slow_ms: u64,
    /// Add the synthetic family `sample-bulk` with exactly N vaccination records
    /// (20 per child), for benchmarks and crash tests.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    bulk: Option<u64>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let fault = match args.fault.as_deref().map(|f| (f, Fault::parse(f))) {
        None => None,
        Some((_, Some(f))) => Some(f),
        Some((f, None)) => {
            let known: Vec<&str> = Fault::ALL.iter().map(|f| f.as_str()).collect();
            eprintln!("unknown fault `{f}`; known: {}", known.join(", "));
            return ExitCode::from(2);
        }
    };
    let config = Config {
        access_ttl: Duration::from_secs(args.token_ttl),
        fault,
        slow_delay: Duration::from_millis(args.slow_ms),
        bulk: args.bulk.and_then(|n| usize::try_from(n).ok()),
        ..Config::default()
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.addr).await?;
        eprintln!(
            "hagukumi-portal on http://{} — SAMPLE DATA ONLY, development key {} (Ed25519, public {})",
            listener.local_addr()?,
            hagukumi_portal::KEY_ID,
            base64::engine::general_purpose::STANDARD.encode(hagukumi_portal::dev_public_key()),
        );
        if let Some(n) = config.bulk {
            eprintln!(
                "family `{}`: {n} SAMPLE vaccination records",
                hagukumi_portal::BULK_FAMILY_ID
            );
        }
        if let Some(f) = config.fault {
            eprintln!("injecting fault `{}` into every data request", f.as_str());
        }
        hagukumi_portal::serve(listener, config).await
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hagukumi-portal: {e}");
            ExitCode::FAILURE
        }
    }
}
