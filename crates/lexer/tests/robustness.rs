//! Deterministic "random input never panics" tests, with invariants checked on every token:
//! spans in bounds and in order, and the lexer's lines equal to the `LineIndex` ones.

use wippy_lexer::{Lexer, LineIndex, Token};

/// xorshift64*: a small deterministic generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Lexes `src` as a chunk and as a file, checking the invariants.
fn check(src: &[u8]) {
    check_with(src, Lexer::new(src), LineIndex::new(src));
    check_with(src, Lexer::new_file(src), LineIndex::new_file(src));
}

/// Runs `lx` over `src` to the end or the first error, checking the invariants.
fn check_with(src: &[u8], mut lx: Lexer<'_>, idx: LineIndex) {
    let mut prev_end = 0u32;
    loop {
        match lx.next_token() {
            Ok((Token::Eof, span)) => {
                assert_eq!(span.start as usize, src.len());
                assert_eq!(lx.line(), idx.line(span.start), "{src:?}");
                return;
            }
            Ok((_, span)) => {
                assert!(prev_end <= span.start && span.start < span.end, "{src:?}");
                assert!(span.end as usize <= src.len());
                assert_eq!(lx.token_line(), idx.line(span.start), "{src:?}");
                assert_eq!(lx.line(), idx.line(span.end), "{src:?}");
                prev_end = span.end;
            }
            Err(e) => {
                assert!(
                    e.span.start <= e.span.end && e.span.end as usize <= src.len(),
                    "{src:?}"
                );
                assert!(prev_end <= e.span.start, "{src:?}");
                assert_eq!(e.line, idx.line(e.span.end), "{src:?} {e}");
                assert!(!e.message.is_empty());
                return;
            }
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..20_000 {
        let len = rng.below(64);
        let src: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        check(&src);
    }
}

#[test]
fn random_lua_fragments_never_panic() {
    const PIECES: &[&[u8]] = &[
        b" ", b"\n", b"\r", b"\r\n", b"\n\r", b"\t", b"x", b"end", b"0", b"9", b"0x", b"0X", b".",
        b"e", b"E", b"p", b"+", b"-", b"--", b"[", b"]", b"=", b"[[", b"]]", b"[=[", b"]=]", b"\"",
        b"'", b"\\", b"\\z", b"\\x", b"\\u{", b"}", b"\\9", b"\\n", b"\xff", b"\0", b"<", b">",
        b">>", b"~", b":", b"#", b"@", b"?", b"!", b"$", b"a1", b"_",
    ];
    let mut rng = Rng(42);
    for _ in 0..50_000 {
        let mut src = Vec::new();
        for _ in 0..rng.below(16) {
            src.extend_from_slice(PIECES[rng.below(PIECES.len())]);
        }
        check(&src);
    }
}

#[test]
fn large_inputs_lex() {
    let deep = "[".repeat(100_000);
    check(deep.as_bytes());
    let long_level = format!("[{0}[x]{0}]", "=".repeat(100_000));
    assert_eq!(Lexer::new(long_level.as_bytes()).count(), 1);
    let bad_level = format!("[{}", "=".repeat(100_000));
    check(bad_level.as_bytes());
    for run in [" ", "\n", "\r\n", "a", "-- x\n", "\"\\z", "'\\\n", "[==[]]"] {
        check(run.repeat(50_000).as_bytes());
    }
    let digits = "1".repeat(100_000);
    check(digits.as_bytes());
    let mut hex = b"0x".to_vec();
    hex.extend_from_slice(&[b'f'; 100_000]);
    hex.extend_from_slice(b".8p-99999999999999999999999");
    check(&hex);
}
