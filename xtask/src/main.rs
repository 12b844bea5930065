//! Minimal dispatcher for the evaluation branch (the full xtask lives on main).
mod eval;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("eval") => eval::run(&args[1..]),
        _ => anyhow::bail!("usage: cargo xtask eval [--set seeds|polnear-dev|polnear-test|ggt|all] [--misses]"),
    }
}
