//! Measures checker throughput on the benchmark's generated program in CPU time (robust on a
//! loaded machine): `cargo run --release -p wippy-types --example throughput [lines] [runs] [check]`
//! (`check`: skip the parser measurements).

use std::time::Instant;
use wippy_types::{NoModules, Session};

#[path = "../benches/gen/mod.rs"]
mod gen;

/// CPU time of this thread so far, in seconds (Linux `/proc/thread-self/schedstat`).
fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .next()
                .and_then(|n| n.parse::<f64>().ok())
        })
        .map_or(0.0, |ns| ns / 1e9)
}

fn measure(label: &str, lines: usize, runs: usize, mut f: impl FnMut()) {
    f();
    let (cpu0, wall0) = (cpu_seconds(), Instant::now());
    for _ in 0..runs {
        f();
    }
    let cpu = (cpu_seconds() - cpu0) / runs as f64;
    let wall = wall0.elapsed().as_secs_f64() / runs as f64;
    println!(
        "{label}: {:.1} ms CPU ({:.0} lines/s), {:.1} ms wall ({:.0} lines/s)",
        cpu * 1e3,
        lines as f64 / cpu,
        wall * 1e3,
        lines as f64 / wall
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let want: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(50_000);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let only_check = args.next().is_some_and(|a| a == "check");
    let source = gen::typed_program(want);
    let lines = source.lines().count();
    let chunk =
        wippy_parser::parse(source.as_bytes(), "gen.lua").expect("generated program parses");
    println!("{lines} lines, {runs} runs");
    let mut session = Session::new();
    session.check(&chunk, "gen.lua", &mut NoModules);
    println!(
        "interned after one check: {} types, {} names",
        session.arena().len(),
        session.arena().names.len()
    );
    measure("session setup (builtins)", lines, runs, || {
        drop(Session::new())
    });
    measure("check only", lines, runs, || {
        let diags = Session::new().check(&chunk, "gen.lua", &mut NoModules);
        assert!(diags.is_empty());
    });
    if only_check {
        return;
    }
    measure("parse only", lines, runs, || {
        wippy_parser::parse(source.as_bytes(), "gen.lua").expect("parses");
    });
    measure("parse and check", lines, runs, || {
        let diags = Session::new().check_source(source.as_bytes(), "gen.lua", &mut NoModules);
        assert!(diags.is_empty());
    });
}
