//! Bad input never panics: random bytes and mutated valid programs (deterministic seeds); a
//! mutated program that parses survives the print -> parse round trip; and on mutated plain-Lua
//! programs the verdict and message agree with `luac5.3 -p` when it is
//! installed.

mod common;

use std::path::Path;
use std::process::Command;

/// xorshift64*: a small deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SNIPPETS: &[&str] = &[
    "(", ")", "{", "}", "[", "]", "=", ",", ";", ":", "::", ".", "..", "...", "end", "do", "then",
    "function", "local", "return", "if", "for", "in", "until", "repeat", "goto", "x", "1", "'s'",
    "[[", "--", "\n", " ", "+", "-", "^", "#", "not", "and", "<", ">>", "~", "type", "as", "?",
    "!", "@", "->", "<T>", ": number", "\"", "\\", "0x", "1e", "\0", "\u{ff}",
];

/// Every corpus file, typed ones included.
fn corpus() -> Vec<Vec<u8>> {
    fn walk(dir: &Path, out: &mut Vec<Vec<u8>>) {
        for e in std::fs::read_dir(dir).expect("corpus dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "lua") {
                out.push(std::fs::read(&p).expect("read"));
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"),
        &mut out,
    );
    out.sort();
    out
}

fn mutate(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut v = src.to_vec();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(v.len() + 1);
        match rng.below(3) {
            0 => {
                let end = (at + 1 + rng.below(8)).min(v.len());
                v.drain(at.min(end)..end);
            }
            1 => {
                let s = SNIPPETS[rng.below(SNIPPETS.len())].as_bytes();
                v.splice(at..at, s.iter().copied());
            }
            _ => {
                let from = rng.below(v.len() + 1);
                let end = (from + rng.below(16)).min(v.len());
                let chunk = v[from..end].to_vec();
                v.splice(at..at, chunk);
            }
        }
    }
    v
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let _ = wippy_parser::parse(&bytes, "=fuzz");
        let text: Vec<u8> = (0..len)
            .flat_map(|_| SNIPPETS[rng.below(SNIPPETS.len())].bytes().chain([b' ']))
            .collect();
        if let Err(e) = wippy_parser::parse(&text, "=fuzz") {
            assert!(!e.message.is_empty());
        }
    }
}

#[test]
fn mutated_programs_never_panic() {
    let mut rng = Rng(42);
    let corpus = corpus();
    for _ in 0..2000 {
        let src = &corpus[rng.below(corpus.len())];
        let m = mutate(&mut rng, src);
        match wippy_parser::parse(&m, "=fuzz") {
            Ok(_) => common::round_trip(&m, "=fuzz"),
            Err(e) => assert!(e.line >= 1 && !e.message.is_empty()),
        }
    }
}

fn luac(path: &Path) -> Option<String> {
    let out = Command::new("luac5.3").arg("-p").arg(path).output().ok()?;
    let msg = String::from_utf8_lossy(&out.stderr).trim().to_string();
    let prefix = format!("luac5.3: {}:", path.display());
    Some(
        msg.strip_prefix(&prefix)
            .map_or(msg.clone(), |m| format!("f:{m}")),
    )
}

/// Whether a program may contain type syntax (where wippy-lua and PUC legitimately differ):
/// type punctuation, `as`/`export`, `type Name`, a `::` that is not a label, a `:` not
/// followed by a method call or inside a parameter list, `function name <`.
fn may_have_type_syntax(src: &[u8]) -> bool {
    use wippy_lexer::Token as T;
    let toks: Vec<T> = wippy_lexer::Lexer::new(src)
        .map_while(Result::ok)
        .map(|t| t.1)
        .collect();
    let at = |i: usize| toks.get(i).cloned().unwrap_or(T::Eof);
    let name = |t: &T, s: &str| matches!(t, T::Name(n) if &**n == s);
    let mut in_params = false;
    let mut after_function = false;
    (0..toks.len()).any(|i| match &toks[i] {
        T::Function => {
            after_function = true;
            false
        }
        T::LParen if after_function => {
            after_function = false;
            in_params = true;
            false
        }
        T::RParen => {
            in_params = false;
            false
        }
        T::Less if after_function => true,
        T::Colon if in_params => true,
        T::Question | T::Bang | T::At | T::Arrow => true,
        t if name(t, "as") || name(t, "export") => true,
        t if name(t, "type") => matches!(at(i + 1), T::Name(_)),
        T::DoubleColon => {
            let label_open = matches!(at(i + 1), T::Name(_)) && at(i + 2) == T::DoubleColon;
            let label_close =
                i >= 2 && matches!(at(i - 1), T::Name(_)) && at(i - 2) == T::DoubleColon;
            !(label_open || label_close)
        }
        T::Colon => !matches!(at(i + 2), T::LParen | T::LBrace | T::Str(_)),
        _ => false,
    })
}

/// Mutated plain-Lua programs: same verdict and same message as PUC. Programs that may contain
/// type syntax are skipped (they are valid wippy-lua or fail differently by design).
#[test]
fn mutated_programs_match_luac() {
    let dir = std::env::temp_dir().join(format!("wippy-parser-mut-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("m.lua");
    let mut rng = Rng(12345);
    let corpus: Vec<Vec<u8>> = corpus()
        .into_iter()
        .filter(|c| !may_have_type_syntax(c))
        .collect();
    let mut mismatches = Vec::new();
    let mut compared = 0;
    while compared < 500 {
        let src = &corpus[rng.below(corpus.len())];
        let m = mutate(&mut rng, src);
        if may_have_type_syntax(&m) {
            continue;
        }
        compared += 1;
        std::fs::write(&path, &m).expect("write");
        let Some(puc) = luac(&path) else { return };
        let ours = match wippy_parser::parse(&m, "=f") {
            Ok(_) => String::new(),
            Err(e) => e.full_message(),
        };
        if ours != puc && !ours.is_empty() {
            mismatches.push(format!(
                "{}\n  ours: {ours}\n  puc:  {puc}",
                String::from_utf8_lossy(&m)
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        mismatches.is_empty(),
        "{} mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n\n")
    );
}
