//! Lexical errors, worded and positioned exactly like PUC Lua 5.3's `llex.c`.

use std::borrow::Cow;
use std::fmt;

use crate::Near;
use crate::Span;

/// A lexical error.
///
/// `message` is PUC's text without the `chunk:line:` prefix, e.g.
/// `unfinished string near '"abc'` (bytes: the quoted token text may hold any byte).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    /// The line PUC reports: the line the lexer had reached when it found the error.
    pub line: u32,
    /// The source bytes of the offending token, from its first byte to where the error was found.
    pub span: Span,
    /// The message, `near ...` part included, without the `chunk:line:` prefix.
    pub message: Box<[u8]>,
}

impl LexError {
    /// Builds an error from a message body (e.g. `"malformed number"`) and what it is near.
    pub fn new(msg: &str, near: &Near, line: u32, span: Span) -> LexError {
        let mut message = msg.as_bytes().to_vec();
        near.append_to(&mut message);
        LexError {
            line,
            span,
            message: message.into(),
        }
    }

    /// The message as text; bytes that are not UTF-8 are replaced (use `message` for the exact
    /// bytes).
    pub fn message_lossy(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.message)
    }

    /// The full PUC-style message, `chunk:line: message`, where `chunk` is the chunk's display
    /// name (see [`chunk_id`]).
    pub fn full_message(&self, chunk: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(chunk.len() + self.message.len() + 12);
        out.extend_from_slice(chunk);
        out.extend_from_slice(format!(":{}: ", self.line).as_bytes());
        out.extend_from_slice(&self.message);
        out
    }
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.message_lossy())
    }
}

impl std::error::Error for LexError {}

/// The longest display name PUC Lua builds for a chunk, terminator excluded (`LUA_IDSIZE - 1`).
const ID_MAX: usize = 59;

/// The display name PUC Lua (`luaO_chunkid`) uses for a chunk's source name in messages:
/// `=name` gives `name`, `@file` gives `file` (keeping the end of long paths, `...` in front),
/// and any other source gives `[string "first line..."]`.
pub fn chunk_id(source: &[u8]) -> Vec<u8> {
    match source.first() {
        Some(b'=') => source[1..source.len().min(ID_MAX + 1)].to_vec(),
        Some(b'@') => {
            let name = &source[1..];
            if name.len() <= ID_MAX {
                name.to_vec()
            } else {
                let mut out = b"...".to_vec();
                out.extend_from_slice(&name[name.len() - (ID_MAX - 3)..]);
                out
            }
        }
        _ => {
            const PRE: &[u8] = b"[string \"";
            const POS: &[u8] = b"\"]";
            const DOTS: &[u8] = b"...";
            let line_end = source.iter().position(|&b| b == b'\n');
            let room = ID_MAX - PRE.len() - DOTS.len() - POS.len();
            let mut out = PRE.to_vec();
            if line_end.is_none() && source.len() < room {
                out.extend_from_slice(source);
            } else {
                let len = line_end.unwrap_or(source.len()).min(room);
                out.extend_from_slice(&source[..len]);
                out.extend_from_slice(DOTS);
            }
            out.extend_from_slice(POS);
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_ids_match_puc() {
        assert_eq!(chunk_id(b"=stdin"), b"stdin");
        assert_eq!(chunk_id(b"@t.lua"), b"t.lua");
        assert_eq!(chunk_id(b"x = 1"), b"[string \"x = 1\"]");
        assert_eq!(chunk_id(b"x = 1\ny = 2"), b"[string \"x = 1...\"]");
        let long = [b'a'; 80];
        let mut at = vec![b'@'];
        at.extend_from_slice(&long);
        assert_eq!(chunk_id(&at), [b"...".as_slice(), &long[..56]].concat());
        let id = chunk_id(&long);
        assert_eq!(
            id,
            [b"[string \"".as_slice(), &long[..45], b"...\"]"].concat()
        );
    }

    #[test]
    fn near_text_stops_at_nul() {
        let e = LexError::new("x", &Near::text(b"\"a\0b"), 3, Span::new(0, 4));
        assert_eq!(&*e.message, b"x near '\"a'");
        assert_eq!(e.full_message(b"t.lua"), b"t.lua:3: x near '\"a'");
        let e = LexError::new("unfinished string", &Near::Eof, 1, Span::new(0, 4));
        assert_eq!(e.message_lossy(), "unfinished string near <eof>");
    }
}
