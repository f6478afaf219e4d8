//! The lexer: logos finds each token's extent, hand-written scanners finish the tokens that
//! need PUC Lua's exact rules (numerals, strings, long brackets, comments).

use logos::Logos;

use crate::cursor::{is_newline, newline_len, Cursor};
use crate::error::LexError;
use crate::long_bracket::{self, Kind};
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

/// The number of line breaks in `text` (`\r\n` and `\n\r` count once).
fn count_line_breaks(text: &[u8]) -> u32 {
    let mut lines = 0;
    let mut i = 0;
    while i < text.len() {
        if is_newline(text[i]) {
            lines += 1;
            i += newline_len(text, i);
        } else {
            i += 1;
        }
    }
    lines
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
        let mut raw = Raw::lexer_with_extras(src, 1);
        raw.bump(skip);
        Lexer {
            raw,
            token_line: 1,
            finished: false,
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
        if self.source().len() > u32::MAX as usize {
            let end = Span::new(u32::MAX, u32::MAX);
            return Err(LexError::new("chunk too large", &Near::Eof, 1, end));
        }
        loop {
            let Some(raw) = self.raw.next() else {
                let end = self.source().len() as u32;
                self.token_line = self.line();
                return Ok((Token::Eof, Span::new(end, end)));
            };
            self.token_line = self.line();
            let start = self.raw.span().start;
            let token = match raw {
                Ok(Raw::Fixed(token)) => token,
                Ok(Raw::Name) => Token::Name(String::from_utf8_lossy(self.raw.slice()).into()),
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
                            long_bracket::read(cur, start, level, Kind::String)
                        })?;
                        Token::Str(content.unwrap_or_default())
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
                Ok(Raw::Space) => {
                    self.raw.extras += count_line_breaks(self.raw.slice());
                    continue;
                }
                Err(()) => Token::Char(self.source()[start]),
            };
            return Ok((token, self.span()));
        }
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
                    return long_bracket::read(cur, start, level, Kind::Comment).map(drop);
                }
            }
            let rest = &cur.src[cur.pos..];
            cur.pos += rest
                .iter()
                .position(|&b| b == b'\n' || b == b'\r')
                .unwrap_or(rest.len());
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
