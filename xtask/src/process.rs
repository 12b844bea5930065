//! Running other programs, with errors that say which program and why.

use anyhow::{bail, Context, Result};
use std::process::Command;
use std::time::{Duration, Instant};

/// Runs `command`, inheriting the terminal; fails unless it exits with success.
pub fn run(command: &mut Command) -> Result<()> {
    let shown = describe(command);
    let status = command.status().with_context(|| format!("cannot start `{shown}`"))?;
    if !status.success() {
        bail!("`{shown}` failed ({status})");
    }
    Ok(())
}

/// Runs `command` and returns its standard output; fails unless it exits with success.
pub fn output(command: &mut Command) -> Result<String> {
    let shown = describe(command);
    let out = command.output().with_context(|| format!("cannot start `{shown}`"))?;
    if !out.status.success() {
        bail!("`{shown}` failed ({}): {}", out.status, String::from_utf8_lossy(&out.stderr).trim());
    }
    String::from_utf8(out.stdout).with_context(|| format!("`{shown}` printed invalid UTF-8"))
}

/// Whether `program` can be started at all (it is installed and on PATH).
pub fn exists(program: &str) -> bool {
    Command::new(program).arg("--version").output().is_ok()
}

/// The cargo that runs this xtask (`$CARGO`), or `cargo` from PATH.
pub fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Runs `step`, printing its name first and its duration after.
pub fn timed<T>(name: &str, step: impl FnOnce() -> Result<T>) -> Result<(T, Duration)> {
    eprintln!("==> {name}");
    let start = Instant::now();
    let value = step().with_context(|| format!("step failed: {name}"))?;
    let took = start.elapsed();
    eprintln!("==> {name}: done in {:.1}s", took.as_secs_f64());
    Ok((value, took))
}

/// `program arg arg …`, for messages.
fn describe(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|part| part.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}
