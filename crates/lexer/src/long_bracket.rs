//! Long brackets (`[[...]]`, `[==[...]==]`): long strings and long comments.

use crate::cursor::{is_newline, newline_len, Cursor};
use crate::error::LexError;
use crate::Near;
use crate::Span;

/// What a long bracket holds; it decides the wording of the "unfinished" error.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    String,
    Comment,
}

/// Measures `[` `=`* at `pos` (`skip_sep` in `llex.c`): `Ok(level)` if a second `[` follows,
/// else `Err(len)`, the length of the `[` `=`* prefix.
pub(crate) fn opening(src: &[u8], pos: usize) -> Result<usize, usize> {
    let level = src[pos + 1..].iter().take_while(|&&b| b == b'=').count();
    match src.get(pos + 1 + level) {
        Some(b'[') => Ok(level),
        _ => Err(level + 1),
    }
}

/// Reads the rest of a long bracket whose opening (`token_start`, `level` `=` signs) the cursor
/// has just passed, leaving the cursor after the closing bracket. A first line break right
/// after the opening is skipped and every line break reads as `\n`. Returns the content for
/// strings, `None` for comments.
pub(crate) fn read(
    cur: &mut Cursor<'_>,
    token_start: usize,
    level: usize,
    kind: Kind,
) -> Result<Option<Box<[u8]>>, LexError> {
    let start_line = cur.line;
    if cur.current().is_some_and(is_newline) {
        cur.skip_newline();
    }
    let content_start = cur.pos;
    let mut needs_normalizing = false;
    loop {
        let rest = &cur.src[cur.pos..];
        let Some(n) = rest.iter().position(|&b| b == b']' || is_newline(b)) else {
            cur.pos = cur.src.len();
            let what = if kind == Kind::String {
                "string"
            } else {
                "comment"
            };
            let msg = format!("unfinished long {what} (starting at line {start_line})");
            let span = Span::new(token_start as u32, cur.pos as u32);
            return Err(LexError::new(&msg, &Near::Eof, cur.line, span));
        };
        cur.pos += n;
        if rest[n] == b']' {
            let close_start = cur.pos;
            match closing_level(cur.src, cur.pos) {
                Some(l) if l == level => {
                    cur.pos += level + 2;
                    if kind == Kind::Comment {
                        return Ok(None);
                    }
                    let content = &cur.src[content_start..close_start];
                    let bytes = if needs_normalizing {
                        normalize_newlines(content)
                    } else {
                        content.into()
                    };
                    return Ok(Some(bytes));
                }
                _ => cur.pos += 1,
            }
        } else {
            let at = cur.pos;
            cur.skip_newline();
            needs_normalizing |= &cur.src[at..cur.pos] != b"\n";
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
