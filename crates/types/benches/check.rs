//! Checker throughput on a generated 50k-line typed program, with and without parsing.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use wippy_types::{NoModules, Session};

mod gen;

fn bench(c: &mut Criterion) {
    let source = gen::typed_program(50_000);
    let lines = source.lines().count() as u64;
    let chunk =
        wippy_parser::parse(source.as_bytes(), "bench.lua").expect("generated program parses");
    let mut group = c.benchmark_group("check_50k_lines");
    group.throughput(Throughput::Elements(lines));
    group.sample_size(10);
    group.bench_function("check_only", |b| {
        b.iter(|| {
            let diags = Session::new().check(&chunk, "bench.lua", &mut NoModules);
            assert!(diags.is_empty());
        })
    });
    group.bench_function("parse_and_check", |b| {
        b.iter(|| {
            let diags = Session::new().check_source(source.as_bytes(), "bench.lua", &mut NoModules);
            assert!(diags.is_empty());
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
