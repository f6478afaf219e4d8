//! Differential test: random Lua 5.3 programs (valid or with compile errors) must compile to
//! exactly luac5.3's listing, or fail with exactly its error message. Programs with syntax
//! errors (the parser's business) are skipped. Skipped without luac5.3.

mod support;

use std::fmt::Write;
use std::process::Command;

use wippy_compiler::{compile, compile_with, dump_with, CompileOptions, DumpOptions};

/// A small deterministic generator (xorshift).
struct Gen {
    state: u64,
    depth: u32,
    labels: u32,
}

const NAMES: &[&str] = &["a", "b", "c", "x", "y", "self", "print", "t"];
const INTS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "255",
    "256",
    "131072",
    "9223372036854775807",
    "0x10",
];
const FLOATS: &[&str] = &["0.0", "1.5", "-2.5", "1e308", "3.0", ".5"];
const STRS: &[&str] = &["'s'", "\"x\"", "'a\\tb'", "[[long]]", "''"];
const BINOPS: &[&str] = &[
    "+", "-", "*", "/", "//", "%", "^", "..", "==", "~=", "<", "<=", ">", ">=", "and", "or", "&",
    "|", "~", "<<", ">>",
];
const UNOPS: &[&str] = &["-", "not ", "#", "~"];

impl Gen {
    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }

    fn name(&mut self) -> &'static str {
        self.pick(NAMES)
    }

    fn exprs(&mut self, n: usize) -> String {
        (0..n).map(|_| self.expr()).collect::<Vec<_>>().join(", ")
    }

    /// Up to `k - 1` expressions.
    fn exprs_below(&mut self, k: usize) -> String {
        let n = self.below(k);
        self.exprs(n)
    }

    /// 1 to `k` expressions.
    fn exprs_below1(&mut self, k: usize) -> String {
        let n = 1 + self.below(k);
        self.exprs(n)
    }

    fn prefix(&mut self) -> String {
        let base = if self.below(5) == 0 {
            format!("({})", self.expr())
        } else {
            self.name().to_string()
        };
        let mut e = base;
        for _ in 0..self.below(3) {
            e = match self.below(5) {
                0 => format!("{e}.{}", self.name()),
                1 => format!("{e}[{}]", self.expr()),
                2 => format!("{e}({})", self.exprs_below(3)),
                3 => format!("{e}:{}({})", self.name(), self.exprs_below(3)),
                _ => format!("{e} {{{}}}", self.exprs_below(2)),
            };
        }
        e
    }

    fn expr(&mut self) -> String {
        self.depth += 1;
        let leaf = self.depth > 4;
        let e = match if leaf { self.below(6) } else { self.below(14) } {
            0 => self.pick(INTS).to_string(),
            1 => self.pick(FLOATS).to_string(),
            2 => self.pick(STRS).to_string(),
            3 => self.pick(&["nil", "true", "false", "..."]).to_string(),
            4 | 5 => self.name().to_string(),
            6 | 7 => {
                let op = self.pick(BINOPS);
                format!("{} {op} {}", self.expr(), self.expr())
            }
            8 => format!("{}{}", self.pick(UNOPS), self.expr()),
            9 | 10 => self.prefix(),
            11 => {
                let mut s = String::from("{");
                for _ in 0..self.below(4) {
                    match self.below(3) {
                        0 => write!(s, "{}, ", self.expr()).ok(),
                        1 => write!(s, "{} = {}; ", self.name(), self.expr()).ok(),
                        _ => write!(s, "[{}] = {}, ", self.expr(), self.expr()).ok(),
                    };
                }
                s.push('}');
                s
            }
            12 => format!("function({}) {} end", self.params(), self.block()),
            _ => format!("({})", self.expr()),
        };
        self.depth -= 1;
        e
    }

    fn params(&mut self) -> String {
        match self.below(4) {
            0 => String::new(),
            1 => "...".into(),
            2 => "a, b".into(),
            _ => "x, ...".into(),
        }
    }

    fn block(&mut self) -> String {
        self.depth += 1;
        let mut s = String::new();
        if self.depth < 4 {
            for _ in 0..self.below(4) {
                s.push_str(&self.stat());
                s.push('\n');
            }
        }
        if self.below(4) == 0 {
            s.push_str(&format!("return {}\n", self.exprs_below(3)));
        }
        self.depth -= 1;
        s
    }

    fn label(&mut self) -> String {
        format!("l{}", self.below(self.labels as usize + 1))
    }

    fn stat(&mut self) -> String {
        match self.below(19) {
            0 | 1 => format!("local {} = {}", self.name(), self.exprs_below1(2)),
            2 => format!("local {}, {}", self.name(), self.name()),
            3 | 4 => format!(
                "{}, {} = {}",
                self.prefix_var(),
                self.prefix_var(),
                self.exprs_below1(3)
            ),
            5 => format!("{} = {}", self.prefix_var(), self.expr()),
            6 => format!("{}({})", self.prefix(), self.exprs_below(3)),
            7 => format!("do {} end", self.block()),
            8 => format!("while {} do {} end", self.expr(), self.block()),
            9 => format!("repeat {} until {}", self.block(), self.expr()),
            10 => format!(
                "if {} then {} elseif {} then {} else {} end",
                self.expr(),
                self.block(),
                self.expr(),
                self.block(),
                self.block()
            ),
            11 => format!(
                "for i = {}, {} do {} end",
                self.expr(),
                self.expr(),
                self.block()
            ),
            12 => format!(
                "for k, v in {} do {} end",
                self.exprs_below1(3),
                self.block()
            ),
            13 => format!("local function f({}) {} end", self.params(), self.block()),
            16 => format!(
                "function {}.{}:{}({}) {} end",
                self.name(),
                self.name(),
                self.name(),
                self.params(),
                self.block()
            ),
            17 => format!(
                "for i = {}, {}, {} do {} end",
                self.expr(),
                self.expr(),
                self.expr(),
                self.block()
            ),
            18 => format!("return {}({})", self.prefix(), self.exprs_below(3)),
            14 => {
                self.labels += 1;
                format!("::l{}::", self.labels)
            }
            _ => match self.below(3) {
                0 => "break".into(),
                1 => format!("goto {}", self.label()),
                _ => format!("if {} then goto {} end", self.expr(), self.label()),
            },
        }
    }

    fn prefix_var(&mut self) -> String {
        match self.below(3) {
            0 => self.name().to_string(),
            1 => format!("{}.{}", self.prefix(), self.name()),
            _ => format!("{}[{}]", self.prefix(), self.expr()),
        }
    }
}

fn luac(dir: &std::path::Path, src: &str) -> String {
    std::fs::write(dir.join("r.lua"), src).expect("write");
    let out = Command::new("luac5.3")
        .args(["-l", "-l", "-p", "r.lua"])
        .current_dir(dir)
        .output()
        .expect("luac5.3");
    if out.status.success() {
        String::from_utf8_lossy(&out.stdout).into_owned()
    } else {
        String::from_utf8_lossy(&out.stderr).into_owned()
    }
}

#[test]
fn random_programs_match_luac() {
    if Command::new("luac5.3").arg("-v").output().is_err() {
        eprintln!("luac5.3 not on PATH: skipped");
        return;
    }
    let dir = std::env::temp_dir().join(format!("wippy-compiler-random-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let count: u64 = std::env::var("RANDOM_PROGRAMS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let mut failures = Vec::new();
    let (mut skipped, mut errors) = (0, 0);
    for seed in 1..=count {
        let mut g = Gen {
            state: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1,
            depth: 0,
            labels: 0,
        };
        let src = g.block();
        let Ok(chunk) = support::parse(src.as_bytes()) else {
            skipped += 1;
            continue;
        };
        let opts = CompileOptions {
            puc_compatible: true,
        };
        let ours = match compile_with(&chunk, src.as_bytes(), "@r.lua", opts) {
            Ok(p) => dump_with(&p, DumpOptions { full: true }),
            Err(e) => {
                errors += 1;
                format!("luac5.3: {}\n", e.full_message())
            }
        };
        // The default mode must compile (or fail) the same program too.
        let _ = compile(&chunk, src.as_bytes(), "@r.lua");
        let expected = luac(&dir, &src);
        if support::normalise(&ours) != support::normalise(&expected) {
            let (o, e) = (support::normalise(&ours), support::normalise(&expected));
            let i = o
                .lines()
                .zip(e.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            failures.push(format!(
                "seed {seed}:\n{src}\n  ours:     {:?}\n  expected: {:?}",
                o.lines().nth(i),
                e.lines().nth(i)
            ));
        }
    }
    std::fs::remove_dir_all(&dir).ok();
    eprintln!("{count} programs: {skipped} syntax errors (skipped), {errors} compile errors");
    assert!(
        skipped * 2 < count,
        "generator produces mostly unparsable programs"
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
