//! The `near '...'` part of PUC Lua's syntax and lexical error messages.

use crate::{Span, Token};

/// What a message is "near", as PUC Lua prints it after the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Near {
    /// The end of the input: printed unquoted, `near <eof>`.
    Eof,
    /// No `near` part at all: PUC's messages omit it for a NUL byte token (whose token code, 0,
    /// reads as "no token"), e.g. `unexpected symbol`.
    Omitted,
    /// Token text (raw bytes, quoted when printed: `near '"abc'`). PUC prints it with `%s`, so
    /// the text stops at its first NUL byte; [`Near::text`] applies that cut.
    Text(Box<[u8]>),
}

impl Near {
    /// Builds a `Near::Text`, cutting the text at its first NUL byte as PUC's `%s` does.
    pub fn text(bytes: &[u8]) -> Near {
        let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
        Near::Text(bytes[..end].into())
    }

    /// Appends ` near <eof>`, ` near '<text>'` or nothing to `out`.
    pub fn append_to(&self, out: &mut Vec<u8>) {
        match self {
            Near::Omitted => {}
            Near::Eof => out.extend_from_slice(b" near <eof>"),
            Near::Text(t) => {
                out.extend_from_slice(b" near '");
                out.extend_from_slice(t);
                out.push(b'\'');
            }
        }
    }

    /// What PUC Lua prints for `token` in `near ...` (`txtToken`): `<eof>`; the fixed text of
    /// keywords and symbols; the source text of names and numerals; for strings, the delimiters
    /// around the *decoded* content (`"a\65"` is near `'"aA"'`, a long string keeps its
    /// brackets but loses a first line break); for a stray byte, the byte if printable, else
    /// `<\N>` with its decimal value, and no `near` part at all for a NUL byte.
    pub fn for_token(src: &[u8], span: Span, token: &Token) -> Near {
        let text = src
            .get(span.start as usize..span.end as usize)
            .unwrap_or_default();
        match token {
            Token::Eof => Near::Eof,
            Token::Name(_) | Token::Int(_) | Token::Float(_) => Near::text(text),
            Token::Str(content) => {
                let open = match text.first() {
                    Some(b'[') => text.iter().skip(1).take_while(|&&b| b == b'=').count() + 2,
                    _ => 1,
                };
                let close = open.min(text.len());
                let mut t = Vec::with_capacity(content.len() + 2 * open);
                t.extend_from_slice(&text[..close]);
                t.extend_from_slice(content);
                t.extend_from_slice(&text[text.len() - close..]);
                Near::text(&t)
            }
            Token::Char(0) => Near::Omitted,
            Token::Char(c) if (0x20..0x7F).contains(c) => Near::text(&[*c]),
            Token::Char(c) => Near::text(format!("<\\{c}>").as_bytes()),
            fixed => Near::text(fixed.fixed_text().unwrap_or_default().as_bytes()),
        }
    }
}
