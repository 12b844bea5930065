//! Set-up a fresh machine needs: the npm packages of `tests/` (playwright-core
//! and binaryen) and Debian's Chromium.

use crate::{process, workspace};
use anyhow::{bail, Result};
use std::path::Path;
use std::process::Command;

/// Where the browser tests expect Chromium (Debian's package `chromium`).
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// The npm packages the tests and the build use, as installed by `npm ci`.
const NPM_PACKAGES: &[&str] = &["playwright-core", "binaryen"];

/// Installs the packages of `tests/package-lock.json` unless they are all present.
pub fn npm_packages() -> Result<()> {
    let tests = workspace::browser_tests();
    let modules = tests.join("node_modules");
    if NPM_PACKAGES.iter().all(|name| modules.join(name).join("package.json").is_file()) {
        return Ok(());
    }
    if !process::exists("npm") {
        bail!("npm is not installed: install Node.js and npm (Debian: apt-get install nodejs npm)");
    }
    process::run(Command::new("npm").current_dir(&tests).args(["ci", "--no-audit", "--no-fund"]))
}

/// Installs Debian's Chromium when it is missing and this runs as root; otherwise says what to do.
pub fn chromium() -> Result<()> {
    if Path::new(CHROMIUM).is_file() {
        return Ok(());
    }
    if !running_as_root() {
        bail!("{CHROMIUM} is missing: install Debian's Chromium with `sudo apt-get install -y chromium`, then run again");
    }
    let install = || {
        process::run(Command::new("apt-get").args(["install", "-y", "chromium"]).env("DEBIAN_FRONTEND", "noninteractive"))
    };
    if install().is_err() {
        // A fresh machine may not have package lists yet.
        process::run(Command::new("apt-get").arg("update"))?;
        install()?;
    }
    if !Path::new(CHROMIUM).is_file() {
        bail!("apt-get installed chromium but {CHROMIUM} is still missing");
    }
    Ok(())
}

/// Whether this process runs as root (uid 0).
fn running_as_root() -> bool {
    process::output(Command::new("id").arg("-u")).is_ok_and(|uid| uid.trim() == "0")
}
