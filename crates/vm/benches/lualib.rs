//! Micro-benchmarks of the standard library algorithms: pattern matching and string.format.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use std::borrow::Cow;
use wippy_vm::lualib::format::{format, FormatArgs, Literal};
use wippy_vm::lualib::pattern::{find, gsub_str, match_first, GMatch};

/// A paragraph of text repeated to about 4 KB.
fn text() -> Vec<u8> {
    b"The quick brown fox jumps over the lazy dog; key_1 = 42, key_2 = 3.25 (see [ref] 7). "
        .repeat(48)
}

fn patterns(c: &mut Criterion) {
    let s = text();
    c.bench_function("find plain (miss, 4KB)", |b| {
        b.iter(|| find(black_box(&s), black_box(b"zebra"), 1, true))
    });
    c.bench_function("find pattern %d+ (first)", |b| {
        b.iter(|| find(black_box(&s), black_box(b"%d+"), 1, false))
    });
    c.bench_function("match (%w+)%s*=%s*(%w+)", |b| {
        b.iter(|| match_first(black_box(&s), black_box(b"(%w+)%s*=%s*(%w+)"), 1))
    });
    c.bench_function("gmatch %a+ (4KB, all words)", |b| {
        b.iter(|| {
            let mut g = GMatch::new();
            let mut n = 0;
            while let Some(m) = g.next(black_box(&s), b"%a+").unwrap() {
                n += m.end - m.start;
            }
            n
        })
    });
    c.bench_function("gsub %s+ -> ' ' (4KB)", |b| {
        b.iter(|| gsub_str(black_box(&s), b"%s+", b" ", None))
    });
    c.bench_function("gsub (%w+) -> <%1> (4KB)", |b| {
        b.iter(|| gsub_str(black_box(&s), b"(%w+)", b"<%1>", None))
    });
}

/// Format arguments that are all of one kind.
enum Arg {
    Int(i64),
    Float(f64),
    Str(&'static [u8]),
}

struct Args<'a>(&'a [Arg]);

impl FormatArgs for Args<'_> {
    type Error = ();
    fn count(&self) -> usize {
        self.0.len() + 1
    }
    fn integer(&mut self, arg: usize) -> Result<i64, ()> {
        match self.0[arg - 2] {
            Arg::Int(i) => Ok(i),
            _ => Err(()),
        }
    }
    fn number(&mut self, arg: usize) -> Result<f64, ()> {
        match self.0[arg - 2] {
            Arg::Float(x) => Ok(x),
            Arg::Int(i) => Ok(i as f64),
            Arg::Str(_) => Err(()),
        }
    }
    fn tostring(&mut self, arg: usize) -> Result<Cow<'_, [u8]>, ()> {
        match self.0[arg - 2] {
            Arg::Str(s) => Ok(Cow::Borrowed(s)),
            _ => Err(()),
        }
    }
    fn literal(&mut self, _arg: usize) -> Result<Literal<'_>, ()> {
        Err(())
    }
}

fn formats(c: &mut Criterion) {
    let mut out = Vec::with_capacity(256);
    let mut bench = |name: &str, fmt: &'static [u8], args: &[Arg]| {
        c.bench_function(name, |b| {
            b.iter(|| {
                out.clear();
                format(black_box(fmt), &mut Args(args), &mut out).unwrap();
                out.len()
            })
        });
    };
    bench("format %d", b"%d", &[Arg::Int(1_234_567)]);
    bench("format %5.2f", b"%5.2f", &[Arg::Float(1234.5678)]);
    bench("format %g", b"%g", &[Arg::Float(0.1)]);
    bench("format %.14g", b"%.14g", &[Arg::Float(1.0 / 3.0)]);
    bench("format %s", b"%s", &[Arg::Str(b"hello world")]);
    bench(
        "format mixed line",
        b"%-10s|%5d|%8.3f|%x",
        &[
            Arg::Str(b"name"),
            Arg::Int(42),
            Arg::Float(2.5),
            Arg::Int(255),
        ],
    );
}

criterion_group!(benches, patterns, formats);
criterion_main!(benches);
