//! The lexer: logos finds each token's extent, hand-written scanners finish the tokens that
//! need PUC Lua's exact rules (numerals, strings, long brackets, comments).

use logos::Logos;

use crate::cursor::{newline_len, Cursor};
use crate::error::LexError;
use crate::long_bracket;
use crate::numeral::{self, Number};
use crate::raw::Raw;
use crate::short_string;
use crate::Near;
use crate::{Span, Token};

/// The length of what `luaL_loadfile` skips before lexing a file: a UTF-8 byte order mark, then
/// a first line starting with `#` up to (not including) its `\n`.
pub(crate) fn file_prefix_len(src: &[u8]) -> usize {
    let bom = if src.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    if src.get(bom) != Some(&b'#') {
        return bom;
    }
    src[bom..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(src.len(), |n| bom + n)
}

/// A Lua 5.3 lexer over a byte source.
///
/// Use [`Lexer::next_token`] for one token at a time (ending with [`Token::Eof`]), or iterate
/// for LALRPOP's external-lexer triples `(start, token, end)` with byte offsets; the iterator
/// stops at the end of input or after the first error.
pub struct Lexer<'s> {
    raw: logos::Lexer<'s, Raw>,
    token_line: u32,
    finished: bool,
    oversized: bool,
}

impl<'s> Lexer<'s> {
    /// A lexer for a chunk as `load` sees it: no line is skipped.
    pub fn new(src: &'s [u8]) -> Lexer<'s> {
        Lexer::starting_at(src, 0)
    }

    /// A lexer for a file as `luaL_loadfile` sees it: a UTF-8 byte order mark and a first line
    /// starting with `#` (up to its `\n`) are skipped. Spans stay offsets into all of `src`.
    pub fn new_file(src: &'s [u8]) -> Lexer<'s> {
        Lexer::starting_at(src, file_prefix_len(src))
    }

    fn starting_at(src: &'s [u8], skip: usize) -> Lexer<'s> {
        // Spans are u32 offsets: a larger source lexes as empty and then reports an error.
        let oversized = u32::try_from(src.len()).is_err();
        let mut raw = Raw::lexer_with_extras(if oversized { &src[..0] } else { src }, 1);
        raw.bump(if oversized { 0 } else { skip });
        Lexer {
            raw,
            token_line: 1,
            finished: false,
            oversized,
        }
    }

    /// The whole source.
    pub fn source(&self) -> &'s [u8] {
        self.raw.source()
    }

    /// The line the lexer has reached: the line where the last token ended (PUC's
    /// `linenumber`, the line its parser reports errors on).
    pub fn line(&self) -> u32 {
        self.raw.extras
    }

    /// The line where the last token started.
    pub fn token_line(&self) -> u32 {
        self.token_line
    }

    /// The next token and its span; [`Token::Eof`] (with an empty span at the end) at the end.
    pub fn next_token(&mut self) -> Result<(Token, Span), LexError> {
        loop {
            self.skip_space();
            let Some(raw) = self.raw.next() else {
                if self.oversized {
                    let end = Span::new(u32::MAX, u32::MAX);
                    return Err(LexError::new("chunk too large", &Near::Eof, 1, end));
                }
                let end = self.source().len() as u32;
                self.token_line = self.line();
                return Ok((Token::Eof, Span::new(end, end)));
            };
            self.token_line = self.line();
            let start = self.raw.span().start;
            let token = match raw {
                Ok(Raw::Fixed(token)) => token,
                Ok(Raw::Name) => {
                    let name = self.raw.slice();
                    debug_assert!(name.is_ascii());
                    // SAFETY: the name rule `[a-zA-Z_][a-zA-Z0-9_]*` only matches ASCII bytes,
                    // which are valid UTF-8 (this skips a validation that costs ~6% of lexing).
                    Token::Name(unsafe { std::str::from_utf8_unchecked(name) }.into())
                }
                Ok(Raw::Numeral) => {
                    let end = numeral::extent(self.source(), start);
                    self.raw.bump(end - self.raw.span().end);
                    self.numeral()?
                }
                Ok(Raw::ShortString) => {
                    Token::Str(self.scan(start, |cur| short_string::read(cur))?)
                }
                Ok(Raw::Bracket) => match long_bracket::opening(self.source(), start) {
                    Ok(level) => {
                        let content = self.scan(start + level + 2, |cur| {
                            long_bracket::read_string(cur, start, level)
                        })?;
                        Token::Str(content)
                    }
                    Err(1) => Token::LBracket,
                    Err(len) => {
                        self.raw.bump(len - 1);
                        return Err(self.error("invalid long string delimiter"));
                    }
                },
                Ok(Raw::Comment) => {
                    self.skip_comment()?;
                    continue;
                }
                Err(()) => Token::Char(self.source()[start]),
            };
            return Ok((token, self.span()));
        }
    }

    /// Skips white space and line breaks (counting them) before the next token. Done here
    /// rather than by logos, whose skip rules recurse once per skipped token and whose extra
    /// token per blank would cost a second dispatch.
    fn skip_space(&mut self) {
        let src = self.source();
        let from = self.raw.span().end;
        let mut pos = from;
        while let Some(&b) = src.get(pos) {
            match b {
                b' ' | b'\t' | 0x0B | 0x0C => pos += 1,
                b'\n' | b'\r' => {
                    pos += newline_len(src, pos);
                    self.raw.extras += 1;
                }
                _ => break,
            }
        }
        self.raw.bump(pos - from);
    }

    /// The span of the current token.
    fn span(&self) -> Span {
        let r = self.raw.span();
        Span::new(r.start as u32, r.end as u32)
    }

    /// An error near the current token's text (names, numerals, `[=` delimiters).
    fn error(&self, msg: &str) -> LexError {
        LexError::new(msg, &Near::text(self.raw.slice()), self.line(), self.span())
    }

    /// Converts the current numeral token.
    fn numeral(&self) -> Result<Token, LexError> {
        match numeral::convert(self.raw.slice()) {
            Some(Number::Int(i)) => Ok(Token::Int(i)),
            Some(Number::Float(f)) => Ok(Token::Float(f)),
            None => Err(self.error("malformed number")),
        }
    }

    /// Runs a hand-written scanner from offset `from`, then moves logos (position and line)
    /// past what it consumed.
    fn scan<T>(
        &mut self,
        from: usize,
        f: impl FnOnce(&mut Cursor<'s>) -> Result<T, LexError>,
    ) -> Result<T, LexError> {
        let mut cur = Cursor {
            src: self.source(),
            pos: from,
            line: self.line(),
        };
        let result = f(&mut cur);
        let end = self.raw.span().end;
        self.raw.extras = cur.line;
        if cur.pos > end {
            self.raw.bump(cur.pos - end);
        }
        result
    }

    /// Skips a comment whose `--` is the current token.
    fn skip_comment(&mut self) -> Result<(), LexError> {
        let start = self.raw.span().start;
        let after = self.raw.span().end;
        self.scan(after, |cur| {
            if cur.current() == Some(b'[') {
                if let Ok(level) = long_bracket::opening(cur.src, cur.pos) {
                    cur.pos += level + 2;
                    return long_bracket::skip_comment(cur, start, level);
                }
            }
            let rest = &cur.src[cur.pos..];
            cur.pos += memchr::memchr2(b'\n', b'\r', rest).unwrap_or(rest.len());
            Ok(())
        })
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<(usize, Token, usize), LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        match self.next_token() {
            Ok((Token::Eof, _)) => {
                self.finished = true;
                None
            }
            Ok((token, span)) => Some(Ok((span.start as usize, token, span.end as usize))),
            Err(e) => {
                self.finished = true;
                Some(Err(e))
            }
        }
    }
}
