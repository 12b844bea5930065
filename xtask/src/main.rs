//! Build tool (cargo xtask). This branch adds only the `bench` command; the
//! full dispatcher (build, test, export, eval) lives on main.

mod bench;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("bench") => bench::run(&args[1..]),
        _ => anyhow::bail!("usage: cargo xtask bench [--count N] [--seed S] [--runs R]"),
    }
}
