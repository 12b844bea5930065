//! `cargo xtask <command>`: the project's build tool (the cargo-xtask pattern;
//! the alias lives in `.cargo/config.toml`).
//!
//! Each command is a module with `pub fn run(args: &[String]) -> anyhow::Result<()>`
//! and one row in [`COMMANDS`]; adding a command touches nothing else.

mod bench;
mod bench_hostile;
mod build;
mod eval;
mod export;
mod page;
mod process;
mod setup;
mod test;
mod wasm;
mod workspace;

use std::process::ExitCode;

/// A command's entry point: its arguments after the command name.
type Run = fn(&[String]) -> anyhow::Result<()>;

/// Every command: name, arguments and one line of help, entry point.
const COMMANDS: &[(&str, &str, &str, Run)] = &[
    ("bench", "", "time grouping of 150,000 quotations (prints figures; asserts nothing)", bench::run),
    ("build", "[--corpus DIR]", "build dist/index.html (one self-contained page) and dist/quotes.json", build::run),
    ("export", "DIR", "print the index of a folder of articles as JSON (the quotes.json schema)", export::run),
    ("eval", "[--set NAME] [--misses]", "score quote finding and attribution on the seeds gold and the benchmarks; --set variants: end-to-end grouping on tests/corpus/variants; --set attribution / attribution2 … attribution9: the held-out articles in tests/corpus/attribution*", eval::run),
    ("test", "", "run every test: engine, app, build and the browser tests in headless Chromium", test::run),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((name, rest)) = args.split_first() else {
        eprintln!("{}", usage());
        return ExitCode::from(2);
    };
    if matches!(name.as_str(), "help" | "-h" | "--help") {
        println!("{}", usage());
        return ExitCode::SUCCESS;
    }
    let Some(&(_, _, _, run)) = COMMANDS.iter().find(|(command, ..)| command == name) else {
        eprintln!("unknown command {name:?}\n\n{}", usage());
        return ExitCode::from(2);
    };
    match run(rest) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The help text, listing every command.
fn usage() -> String {
    let synopses: Vec<String> = COMMANDS.iter().map(|(name, args, ..)| format!("{name} {args}")).collect();
    let width = synopses.iter().map(String::len).max().unwrap_or(0);
    let mut text = String::from("usage: cargo xtask <command> [args]\n\ncommands:\n");
    for (synopsis, (.., help, _)) in synopses.iter().zip(COMMANDS) {
        text.push_str(&format!("  {synopsis:<width$}  {help}\n"));
    }
    text
}
