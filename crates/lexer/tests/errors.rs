//! Lexical error messages and lines, compared with PUC Lua 5.3.
//!
//! The expected messages were produced by `luac5.3 -p` on each source (the prefix
//! `luac5.3: file:` removed), not written by hand.

use wippy_lexer::{LexError, Lexer, Span};

/// The first lexical error in `src`.
fn first_error(src: &[u8]) -> LexError {
    match Lexer::new(src).find_map(Result::err) {
        Some(e) => e,
        None => panic!("no error in {:?}", String::from_utf8_lossy(src)),
    }
}

#[rustfmt::skip]
const PUC_CASES: &[(&[u8], u32, &[u8])] = &[
    (b"x = \"abc", 1, b"unfinished string near <eof>"),
    (b"x = \"abc\n", 1, b"unfinished string near '\"abc'"),
    (b"x = 'abc\r", 1, b"unfinished string near ''abc'"),
    (b"x = \"abc\\", 1, b"unfinished string near <eof>"),
    (b"x = \"a\\tb\\q\"", 1, b"invalid escape sequence near '\"a\tb\\q'"),
    (b"x = \"\\256\"", 1, b"decimal escape too large near '\"\\256\"'"),
    (b"x = \"\\2560\"", 1, b"decimal escape too large near '\"\\2560'"),
    (b"x = \"\\9999\"", 1, b"decimal escape too large near '\"\\9999'"),
    (b"x = \"\\300", 1, b"decimal escape too large near '\"\\300'"),
    (b"x = \"\\u{110000}\"", 1, b"UTF-8 value too large near '\"\\u{110000'"),
    (b"x = \"\\u{7FFFFFFF}\"", 1, b"UTF-8 value too large near '\"\\u{7FFFFF'"),
    (b"x = \"\\u12\"", 1, b"missing '{' near '\"\\u1'"),
    (b"x = \"\\u", 1, b"missing '{' near '\"\\u'"),
    (b"x = \"\\u{zz\"", 1, b"hexadecimal digit expected near '\"\\u{z'"),
    (b"x = \"\\u{}\"", 1, b"hexadecimal digit expected near '\"\\u{}'"),
    (b"x = \"\\u{12\"", 1, b"missing '}' near '\"\\u{12\"'"),
    (b"x = \"\\u{", 1, b"hexadecimal digit expected near '\"\\u{'"),
    (b"x = \"\\xg\"", 1, b"hexadecimal digit expected near '\"\\xg'"),
    (b"x = \"\\x5g\"", 1, b"hexadecimal digit expected near '\"\\x5g'"),
    (b"x = \"\\x\"", 1, b"hexadecimal digit expected near '\"\\x\"'"),
    (b"x = \"\\x", 1, b"hexadecimal digit expected near '\"\\x'"),
    (b"x = \"a\\0\\q\"", 1, b"invalid escape sequence near '\"a'"),
    (b"x = \"\\z   \n   \\q\"", 2, b"invalid escape sequence near '\"\\q'"),
    (b"x = \"\\65\\66\\z\n\n\\xZ\"", 3, b"hexadecimal digit expected near '\"AB\\xZ'"),
    (b"x = \"a\\\r\nb\\q\"", 2, b"invalid escape sequence near '\"a\nb\\q'"),
    (b"x = [[abc", 1, b"unfinished long string (starting at line 1) near <eof>"),
    (b"x = [==[abc\n", 2, b"unfinished long string (starting at line 1) near <eof>"),
    (b"--[[abc\nd", 2, b"unfinished long comment (starting at line 1) near <eof>"),
    (b"--[==[\n\n", 3, b"unfinished long comment (starting at line 1) near <eof>"),
    (b"x = [=abc", 1, b"invalid long string delimiter near '[='"),
    (b"x = [==", 1, b"invalid long string delimiter near '[=='"),
    (b"x = [=", 1, b"invalid long string delimiter near '[='"),
    (b"x = 3..2", 1, b"malformed number near '3..2'"),
    (b"x = 0x", 1, b"malformed number near '0x'"),
    (b"x = 1e", 1, b"malformed number near '1e'"),
    (b"x = 3e+", 1, b"malformed number near '3e+'"),
    (b"x = 0x1p", 1, b"malformed number near '0x1p'"),
    (b"x = 0x.p1", 1, b"malformed number near '0x.p1'"),
    (b"x = 3.4.5", 1, b"malformed number near '3.4.5'"),
    (b"x = 3f", 1, b"malformed number near '3f'"),
    (b"x = 1e5e", 1, b"malformed number near '1e5e'"),
    (b"x = 0xP+p+C", 1, b"malformed number near '0xP+'"),
    (b"x = 0xpP-", 1, b"malformed number near '0xp'"),
    (b"x = 1e+e-5", 1, b"malformed number near '1e+e'"),
    (b"x = 1ee+1", 1, b"malformed number near '1ee'"),
    (b"x = 0x1p1.5", 1, b"malformed number near '0x1p1.5'"),
    (b"x = 08.5.", 1, b"malformed number near '08.5.'"),
    (b"x = .5.", 1, b"malformed number near '.5.'"),
    (b"x = 1\n\n2..", 3, b"malformed number near '2..'"),
    (b"x = \"\xff\\q\"", 1, b"invalid escape sequence near '\"\xff\\q'"),
    (b"x = [[a]] .. \"b\\c\"", 1, b"invalid escape sequence near '\"b\\c'"),
    (b"\n\n  0x1P+", 3, b"malformed number near '0x1P+'"),
    (b"x = \"\\\n\\\r\n\\\n\\q\"", 4, b"invalid escape sequence near '\"\n\n\n\\q'"),
];

#[test]
fn messages_and_lines_match_puc() {
    for &(src, line, message) in PUC_CASES {
        let e = first_error(src);
        let shown = String::from_utf8_lossy(src);
        assert_eq!(
            String::from_utf8_lossy(&e.message),
            String::from_utf8_lossy(message),
            "message for {shown:?}"
        );
        assert_eq!(e.line, line, "line for {shown:?}");
    }
}

#[test]
fn error_spans_cover_the_bad_token() {
    let e = first_error(b"x = 3..2 + 1");
    assert_eq!(e.span, Span::new(4, 8));
    let e = first_error(br"x = 'ab\q' .. y");
    assert_eq!(e.span.start, 4);
    let e = first_error(b"a --[[ x");
    assert_eq!(e.span, Span::new(2, 8));
}

#[test]
fn full_message_has_chunk_and_line() {
    let e = first_error(b"\n\nx = 'abc");
    assert_eq!(
        e.full_message(b"t.lua"),
        b"t.lua:3: unfinished string near <eof>"
    );
    assert_eq!(e.to_string(), "3: unfinished string near <eof>");
}
