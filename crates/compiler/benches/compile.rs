//! Compile throughput: a generated program of typical statements, parsed once, compiled per
//! iteration.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// About `n` lines of assorted Lua.
fn program(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n / 10 {
        s.push_str(&format!(
            "function f{i}(a, b, ...)\n\
             \x20 local t = {{x = a, y = b, {i}, 'k{i}'}}\n\
             \x20 for j = 1, #t do t[j] = t[j] .. j end\n\
             \x20 if a and b > {i} then return a + b * 2 elseif not a then return nil end\n\
             \x20 while b < 10 do b = b + 1 end\n\
             \x20 local s = string.format('%d', a or 0) .. tostring(b)\n\
             \x20 print(s, t.x, t.y, ...)\n\
             \x20 return function() return a, t end\n\
             end\n\
             f{i}(1, 2, 3)\n"
        ));
    }
    s
}

fn bench(c: &mut Criterion) {
    let src = program(10_000);
    let lines = src.lines().count() as u64;
    let chunk = wippy_parser::parse(src.as_bytes(), "=bench").expect("parse");
    let mut g = c.benchmark_group("compile");
    g.throughput(Throughput::Elements(lines));
    g.bench_function("10k_lines", |b| {
        b.iter(|| wippy_compiler::compile(&chunk, src.as_bytes(), "=bench").expect("compile"))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
