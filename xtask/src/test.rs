//! `cargo xtask test`: every test, with the set-up a fresh machine needs.
//!
//! 1. `cargo test --workspace`: engine unit and integration tests, app and xtask unit tests
//!    (the quality floors on `../shared/bench` among them, which skip when it is absent);
//! 2. the quality figures of `cargo xtask eval`, printed (or a plain note that
//!    `../shared` is not here, so the benchmark floors were skipped);
//! 3. the build of `dist/index.html` from `seeds/`;
//! 4. the browser tests (`tests/e2e.mjs`) in headless Chromium against the page as `file://`;
//! 5. the same browser tests against a blank page, which must fail: standing proof
//!    that they can fail.

use crate::{build, process, setup, workspace};
use anyhow::{bail, ensure, Context, Result};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// How long the blank-page run waits for content that never comes.
const BLANK_PAGE_TIMEOUT_MS: &str = "4000";

/// Runs the command (it takes no arguments).
pub fn run(args: &[String]) -> Result<()> {
    ensure!(args.is_empty(), "usage: cargo xtask test");
    let mut timings = Vec::new();
    step(&mut timings, "set-up: npm packages and Chromium", || {
        setup::npm_packages()?;
        setup::chromium()
    })?;
    step(&mut timings, "cargo test --workspace", || {
        process::run(process::cargo().current_dir(workspace::root()).args(["test", "--workspace"]))
    })?;
    step(&mut timings, "quality figures (cargo xtask eval)", || crate::eval::run(&[]))?;
    let page = step(&mut timings, "build the page from seeds/", || build::build(&workspace::seeds()))?;
    step(&mut timings, "browser tests against dist/index.html", || browser_tests(&page, None))?;
    step(&mut timings, "browser tests against a blank page (must fail)", blank_page_must_fail)?;

    println!("\nall tests passed:");
    for (name, took) in &timings {
        println!("  {:>6.1}s  {name}", took.as_secs_f64());
    }
    Ok(())
}

/// Runs one step, timed, and records its duration.
fn step<T>(timings: &mut Vec<(&'static str, Duration)>, name: &'static str, work: impl FnOnce() -> Result<T>) -> Result<T> {
    let (value, took) = process::timed(name, work)?;
    timings.push((name, took));
    Ok(value)
}

/// Runs `tests/e2e.mjs` against `page`; fails when the tests fail.
fn browser_tests(page: &Path, timeout_ms: Option<&str>) -> Result<()> {
    process::run(&mut browser_test_command(page, timeout_ms))
}

/// The command that runs `tests/e2e.mjs` against `page`.
fn browser_test_command(page: &Path, timeout_ms: Option<&str>) -> Command {
    let mut node = Command::new("node");
    node.current_dir(workspace::browser_tests())
        .arg("e2e.mjs")
        .arg(page)
        .env("E2E_SCREENSHOTS", workspace::scratch().join("screenshots"));
    if let Some(ms) = timeout_ms {
        node.env("E2E_TIMEOUT_MS", ms);
    }
    node
}

/// Runs the browser tests against a page with no app; succeeds only if they
/// report failing checks (exit code 1), not if they pass or cannot run.
fn blank_page_must_fail() -> Result<()> {
    let scratch = workspace::scratch();
    std::fs::create_dir_all(&scratch).with_context(|| format!("creating {}", scratch.display()))?;
    let blank = scratch.join("blank.html");
    std::fs::write(&blank, "<!doctype html><html lang=\"en\"><title>blank</title><body></body></html>\n")
        .with_context(|| format!("writing {}", blank.display()))?;
    let status = browser_test_command(&blank, Some(BLANK_PAGE_TIMEOUT_MS))
        .status()
        .context("cannot start node for the blank-page run")?;
    match status.code() {
        Some(1) => {
            eprintln!("the browser tests failed on the blank page, as they must");
            Ok(())
        }
        Some(0) => bail!("the browser tests passed on a blank page ({}): they cannot fail", blank.display()),
        _ => bail!("the browser tests could not run against the blank page ({status})"),
    }
}
