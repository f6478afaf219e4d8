//! Lexer throughput on a large generated Lua file (about 60k lines of ordinary code).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use wippy_lexer::{Lexer, LineIndex, Token};

/// One function's worth of typical Lua: locals, calls, tables, strings, numbers, comments.
fn chunk(i: usize) -> String {
    format!(
        r#"-- helper number {i}: computes things
function helper_{i}(a, b, ...)
  local t = {{ name = "item_{i}", value = {i}, ratio = {i}.5e-3, mask = 0x{i:x}, tags = {{ 'x', 'y\n' }} }}
  if a == nil or type(b) ~= "number" then
    return nil, string.format("bad argument #%d to 'helper_{i}' (%s)", 1, tostring(a))
  end
  for k = 1, #t.tags do
    t.value = t.value + (a * b) // 3 % 7 - k ^ 2 .. ""
  end
  --[[ a long comment
       spanning lines ]]
  local s = [[
long string {i}
]] .. "escapes: \t\"\\\65\x41\u{{20AC}}"
  while t.value > 100 and not (b <= 0) do t.value = t.value >> 1 end
  return t, s, select('#', ...)
end
"#
    )
}

/// A source of at least `lines` lines.
fn source(lines: usize) -> String {
    let mut src = String::new();
    let mut i = 0;
    while src.lines().count() < lines {
        for _ in 0..1000 {
            src.push_str(&chunk(i));
            i += 1;
        }
    }
    src
}

fn bench(c: &mut Criterion) {
    let src = source(60_000);
    let bytes = src.as_bytes();
    let lines = LineIndex::new(bytes).line_count();
    let tokens = Lexer::new(bytes).count();
    eprintln!(
        "lex bench input: {} bytes, {lines} lines, {tokens} tokens",
        bytes.len()
    );

    let mut group = c.benchmark_group("lex");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("tokens", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for t in Lexer::new(bytes) {
                if matches!(t, Ok((_, Token::Name(_), _))) {
                    n += 1;
                }
            }
            n
        })
    });
    group.bench_function("line_index", |b| {
        b.iter(|| LineIndex::new(bytes).line_count())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
