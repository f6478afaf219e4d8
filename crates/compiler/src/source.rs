//! Source positions: byte offsets to Lua line numbers, and "the next token after this offset"
//! (re-lexed with wippy-lexer), which lets the compiler mimic what PUC Lua's one-pass parser was
//! looking at when it emitted an instruction (its line) or detected an error (`near '<token>'`).

use wippy_lexer::{Lexer, LineIndex, Near, Span, Token};

/// Line table and token lookups over one chunk's source text.
pub(crate) struct SourceMap<'a> {
    src: &'a [u8],
    lines: LineIndex,
}

impl<'a> SourceMap<'a> {
    /// Indexes `src`. A chunk that parsed and starts with `#` was loaded as a file, so the file
    /// rules apply (they change nothing for other chunks).
    pub(crate) fn new(src: &'a [u8]) -> SourceMap<'a> {
        SourceMap {
            src,
            lines: LineIndex::new_file(src),
        }
    }

    /// The 1-based line containing byte `offset`.
    pub(crate) fn line_of(&self, offset: u32) -> u32 {
        self.lines.line(offset)
    }

    /// The line where a token ending at `end` ends (PUC's `lastline` after consuming it).
    pub(crate) fn end_line(&self, end: u32) -> u32 {
        self.line_of(end.saturating_sub(1))
    }

    /// The next token starting at or after `from` (which must not be inside a token), with its
    /// span; `Eof` at the end of the source or if the rest does not lex.
    pub(crate) fn next_token(&self, from: u32) -> (Token, Span) {
        let len = self.src.len() as u32;
        let eof = (Token::Eof, Span::new(len, len));
        let Some(rest) = self.src.get(from as usize..) else {
            return eof;
        };
        match Lexer::new(rest).next_token() {
            Ok((token, span)) => (token, Span::new(span.start + from, span.end + from)),
            Err(_) => eof,
        }
    }

    /// The line PUC reports for an error detected while the token after `from` is the current
    /// one (the line where that token ends), and PUC's ` near ...` suffix for it.
    pub(crate) fn near(&self, from: u32) -> (u32, String) {
        let (token, span) = self.next_token(from);
        let line = self.end_line(span.end.max(span.start + 1));
        let mut out = Vec::new();
        Near::for_token(self.src, span, &token).append_to(&mut out);
        (line, String::from_utf8_lossy(&out).into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_follow_lua_newline_rules() {
        let m = SourceMap::new(b"a\nb\r\nc\n\rd\re");
        assert_eq!(m.line_of(0), 1);
        assert_eq!(m.line_of(2), 2);
        assert_eq!(m.line_of(5), 3);
        assert_eq!(m.line_of(8), 4);
        assert_eq!(m.line_of(10), 5);
        assert_eq!(m.end_line(2), 1);
    }

    #[test]
    fn finds_tokens_after_comments() {
        let src = b"x -- c\n --[==[ long\n ]==] + 'a\\65' ";
        let m = SourceMap::new(src);
        let (t, s) = m.next_token(1);
        assert_eq!(t, Token::Plus);
        assert_eq!(m.line_of(s.start), 3);
        assert_eq!(m.near(1), (3, " near '+'".to_string()));
        assert_eq!(m.near(s.end), (3, " near ''aA''".to_string()));
        assert_eq!(m.near(src.len() as u32), (3, " near <eof>".to_string()));
    }
}
