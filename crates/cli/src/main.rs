//! `hagu`: see [`hagukumi_cli`] for everything it does.

fn main() -> std::process::ExitCode {
    let env = |name: &str| std::env::var(name).ok();
    let (stdout, stderr) = (std::io::stdout(), std::io::stderr());
    hagukumi_cli::run(
        std::env::args_os(),
        &env,
        &mut stdout.lock(),
        &mut stderr.lock(),
    )
    .into()
}
