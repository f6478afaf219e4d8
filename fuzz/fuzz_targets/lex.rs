//! Lexes arbitrary bytes (as a chunk and as a file): must never panic, and every span must lie
//! inside the source, in order, with the lexer's lines equal to the `LineIndex` ones.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wippy_lexer::{Lexer, LineIndex, Token};

fn check(data: &[u8], mut lexer: Lexer<'_>, index: &LineIndex) {
    let mut prev_end = 0;
    loop {
        match lexer.next_token() {
            Ok((Token::Eof, span)) => {
                assert_eq!(span.start as usize, data.len());
                return;
            }
            Ok((_, span)) => {
                assert!(prev_end <= span.start && span.start < span.end);
                assert!(span.end as usize <= data.len());
                assert_eq!(lexer.token_line(), index.line(span.start));
                prev_end = span.end;
            }
            Err(e) => {
                assert!(e.span.end as usize <= data.len());
                assert_eq!(e.line, index.line(e.span.end));
                return;
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    check(data, Lexer::new(data), &LineIndex::new(data));
    check(data, Lexer::new_file(data), &LineIndex::new_file(data));
});
