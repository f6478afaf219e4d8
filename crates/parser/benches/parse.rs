//! Lexing + parsing throughput on a large generated file (>= 50k lines): the plain-Lua corpus
//! files repeated inside `do ... end` blocks, and the same with the typed corpus file added.
//! The generated sources are written to the temp directory (`wippy-parse-bench*.lua`) so
//! `luac5.3 -p` can be timed on the same input (see docs/performance.md).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

const TARGET_LINES: usize = 50_000;

fn corpus(typed: bool) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut names = vec!["oop.lua", "algorithms.lua", "tricky.lua", "json.lua"];
    if typed {
        names.push("typed/service.lua");
    }
    names
        .iter()
        .map(|n| std::fs::read_to_string(dir.join(n)).expect("corpus file"))
        .collect()
}

/// Repeats the corpus files, each inside `do ... end`, until the source has enough lines.
fn generate(typed: bool) -> String {
    let files = corpus(typed);
    let mut out = String::new();
    let mut lines = 0;
    while lines < TARGET_LINES {
        for f in &files {
            out.push_str("do\n");
            out.push_str(f);
            out.push_str("\nend\n");
            lines += f.lines().count() + 2;
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    for (typed, name) in [(false, "plain"), (true, "typed")] {
        let src = generate(typed);
        let file = std::env::temp_dir().join(format!("wippy-parse-bench-{name}.lua"));
        std::fs::write(&file, &src).expect("write bench file");
        let lines = src.lines().count();
        eprintln!(
            "{name}: {lines} lines, {} bytes, written to {}",
            src.len(),
            file.display()
        );
        assert!(wippy_parser::parse(src.as_bytes(), "=bench").is_ok());
        let mut g = c.benchmark_group("parse");
        g.sample_size(20);
        g.throughput(Throughput::Bytes(src.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| wippy_parser::parse(src.as_bytes(), "=bench"))
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
