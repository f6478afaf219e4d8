//! Long brackets (`[[...]]`, `[==[...]==]`): long strings and long comments.

use crate::cursor::{is_newline, newline_len, Cursor};
use crate::error::LexError;
use crate::Near;
use crate::Span;

/// Measures `[` `=`* at `pos` (`skip_sep` in `llex.c`): `Ok(level)` if a second `[` follows,
/// else `Err(len)`, the length of the `[` `=`* prefix.
pub(crate) fn opening(src: &[u8], pos: usize) -> Result<usize, usize> {
    let level = src[pos + 1..].iter().take_while(|&&b| b == b'=').count();
    match src.get(pos + 1 + level) {
        Some(b'[') => Ok(level),
        _ => Err(level + 1),
    }
}

/// Reads the rest of a long string whose opening (at `token_start`, with `level` `=` signs) the
/// cursor has just passed, leaving the cursor after the closing bracket. A first line break
/// right after the opening is skipped and every line break reads as `\n`.
pub(crate) fn read_string(
    cur: &mut Cursor<'_>,
    token_start: usize,
    level: usize,
) -> Result<Box<[u8]>, LexError> {
    let body = scan(cur, token_start, level, "string")?;
    let content = &cur.src[body.start..body.end];
    Ok(if body.plain_newlines {
        content.into()
    } else {
        normalize_newlines(content)
    })
}

/// Skips the rest of a long comment, like [`read_string`].
pub(crate) fn skip_comment(
    cur: &mut Cursor<'_>,
    token_start: usize,
    level: usize,
) -> Result<(), LexError> {
    scan(cur, token_start, level, "comment").map(drop)
}

/// Where a long bracket's content lies.
struct Body {
    start: usize,
    end: usize,
    /// True if every line break in the content is a lone `\n` (no normalizing needed).
    plain_newlines: bool,
}

/// Finds the closing bracket of `level`, counting lines; `what` ("string" or "comment") words
/// the error at the end of input.
fn scan(
    cur: &mut Cursor<'_>,
    token_start: usize,
    level: usize,
    what: &str,
) -> Result<Body, LexError> {
    let start_line = cur.line;
    if cur.current().is_some_and(is_newline) {
        cur.skip_newline();
    }
    let start = cur.pos;
    let mut plain_newlines = true;
    loop {
        let rest = &cur.src[cur.pos..];
        let Some(n) = memchr::memchr3(b']', b'\n', b'\r', rest) else {
            cur.pos = cur.src.len();
            let msg = format!("unfinished long {what} (starting at line {start_line})");
            let span = Span::new(token_start as u32, cur.pos as u32);
            return Err(LexError::new(&msg, &Near::Eof, cur.line, span));
        };
        cur.pos += n;
        if rest[n] == b']' {
            if closing_level(cur.src, cur.pos) == Some(level) {
                let end = cur.pos;
                cur.pos += level + 2;
                return Ok(Body {
                    start,
                    end,
                    plain_newlines,
                });
            }
            cur.pos += 1;
        } else {
            let at = cur.pos;
            cur.skip_newline();
            plain_newlines &= &cur.src[at..cur.pos] == b"\n";
        }
    }
}

/// The level of a closing bracket `]` `=`* `]` at `pos`, if one is there.
fn closing_level(src: &[u8], pos: usize) -> Option<usize> {
    let level = src[pos + 1..].iter().take_while(|&&b| b == b'=').count();
    (src.get(pos + 1 + level) == Some(&b']')).then_some(level)
}

/// Copies `text`, turning every line break (`\n`, `\r`, `\r\n`, `\n\r`) into `\n`.
fn normalize_newlines(text: &[u8]) -> Box<[u8]> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if is_newline(text[i]) {
            out.push(b'\n');
            i += newline_len(text, i);
        } else {
            out.push(text[i]);
            i += 1;
        }
    }
    out.into()
}
