//! Short string literals (`"..."` and `'...'`): scanning, escape decoding and PUC's errors.

use crate::cursor::{is_newline, is_space, Cursor};
use crate::error::LexError;
use crate::Near;
use crate::Span;

/// The largest code point `\u{...}` accepts in Lua 5.3.
const MAX_UTF8_ESCAPE: u32 = 0x10FFFF;

/// Reads a short string whose opening quote is at `cur.pos`, leaving the cursor after the
/// closing quote. Returns the decoded bytes.
pub(crate) fn read(cur: &mut Cursor<'_>) -> Result<Box<[u8]>, LexError> {
    let start = cur.pos;
    let quote = cur.src[start];
    cur.pos += 1;
    // Fast path: no escapes, the content is a plain slice.
    let body = &cur.src[cur.pos..];
    if let Some(n) = body
        .iter()
        .position(|&b| b == quote || b == b'\\' || is_newline(b))
    {
        if body[n] == quote {
            cur.pos += n + 1;
            return Ok(body[..n].into());
        }
    }
    let mut s = Decoder {
        start,
        quote,
        buf: Vec::new(),
    };
    s.run(cur)?;
    Ok(s.buf.into())
}

/// The slow path: decodes escapes into `buf`, which (behind the quote) is also the text PUC
/// reports the errors near.
struct Decoder {
    start: usize,
    quote: u8,
    buf: Vec<u8>,
}

impl Decoder {
    fn run(&mut self, cur: &mut Cursor<'_>) -> Result<(), LexError> {
        loop {
            let Some(c) = cur.current() else {
                return Err(self.error(cur, "unfinished string", Near::Eof));
            };
            match c {
                _ if c == self.quote => {
                    cur.pos += 1;
                    return Ok(());
                }
                b'\n' | b'\r' => {
                    let near = self.near(&[]);
                    return Err(self.error(cur, "unfinished string", near));
                }
                b'\\' => self.escape(cur)?,
                _ => {
                    // Copy the run of ordinary bytes at once.
                    let run = &cur.src[cur.pos..];
                    let n = run
                        .iter()
                        .position(|&b| b == self.quote || b == b'\\' || is_newline(b))
                        .unwrap_or(run.len());
                    self.buf.extend_from_slice(&run[..n]);
                    cur.pos += n;
                }
            }
        }
    }

    /// Decodes the escape sequence whose backslash is at `cur.pos`.
    fn escape(&mut self, cur: &mut Cursor<'_>) -> Result<(), LexError> {
        let backslash = cur.pos;
        cur.pos += 1;
        let Some(c) = cur.current() else {
            return Ok(()); // the main loop reports the unfinished string
        };
        let simple = match c {
            b'a' => Some(0x07),
            b'b' => Some(0x08),
            b'f' => Some(0x0C),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'v' => Some(0x0B),
            b'\\' | b'"' | b'\'' => Some(c),
            _ => None,
        };
        if let Some(byte) = simple {
            cur.pos += 1;
            self.buf.push(byte);
            return Ok(());
        }
        match c {
            b'\n' | b'\r' => {
                cur.skip_newline();
                self.buf.push(b'\n');
            }
            b'x' => {
                cur.pos += 1;
                let hi = self.hex_digit(cur, backslash)?;
                let lo = self.hex_digit(cur, backslash)?;
                self.buf.push((hi << 4 | lo) as u8);
            }
            b'u' => self.utf8_escape(cur, backslash)?,
            b'z' => {
                cur.pos += 1;
                while let Some(b) = cur.current().filter(|&b| is_space(b)) {
                    if is_newline(b) {
                        cur.skip_newline();
                    } else {
                        cur.pos += 1;
                    }
                }
            }
            b'0'..=b'9' => {
                let mut value = 0u32;
                let mut digits = 0;
                while let Some(d) = cur.current().filter(|d| digits < 3 && d.is_ascii_digit()) {
                    value = value * 10 + (d - b'0') as u32;
                    digits += 1;
                    cur.pos += 1;
                }
                if value > 255 {
                    return Err(self.escape_error(cur, backslash, "decimal escape too large"));
                }
                self.buf.push(value as u8);
            }
            _ => return Err(self.escape_error(cur, backslash, "invalid escape sequence")),
        }
        Ok(())
    }

    /// Reads one hex digit at `cur.pos` (`gethexa`).
    fn hex_digit(&self, cur: &mut Cursor<'_>, backslash: usize) -> Result<u32, LexError> {
        match cur.current().and_then(|d| (d as char).to_digit(16)) {
            Some(v) => {
                cur.pos += 1;
                Ok(v)
            }
            None => Err(self.escape_error(cur, backslash, "hexadecimal digit expected")),
        }
    }

    /// Decodes `\u{XXX}` (cursor on the `u`) into UTF-8 (`readutf8esc` and `luaO_utf8esc`).
    fn utf8_escape(&mut self, cur: &mut Cursor<'_>, backslash: usize) -> Result<(), LexError> {
        cur.pos += 1;
        if cur.current() != Some(b'{') {
            return Err(self.escape_error(cur, backslash, "missing '{'"));
        }
        cur.pos += 1;
        let mut value = self.hex_digit(cur, backslash)?;
        while let Some(v) = cur.current().and_then(|d| (d as char).to_digit(16)) {
            value = value << 4 | v;
            if value > MAX_UTF8_ESCAPE {
                return Err(self.escape_error(cur, backslash, "UTF-8 value too large"));
            }
            cur.pos += 1;
        }
        if cur.current() != Some(b'}') {
            return Err(self.escape_error(cur, backslash, "missing '}'"));
        }
        cur.pos += 1;
        push_utf8(&mut self.buf, value);
        Ok(())
    }

    /// An error inside an escape: PUC reports it near the string so far, the escape's raw text
    /// and the offending byte (`esccheck`).
    fn escape_error(&self, cur: &Cursor<'_>, backslash: usize, msg: &str) -> LexError {
        let upto = (cur.pos + 1).min(cur.src.len());
        let near = self.near(&cur.src[backslash..upto]);
        self.error(cur, msg, near)
    }

    /// `near` text: the opening quote, the decoded string so far, then `extra`.
    fn near(&self, extra: &[u8]) -> Near {
        let mut text = Vec::with_capacity(self.buf.len() + extra.len() + 1);
        text.push(self.quote);
        text.extend_from_slice(&self.buf);
        text.extend_from_slice(extra);
        Near::text(&text)
    }

    fn error(&self, cur: &Cursor<'_>, msg: &str, near: Near) -> LexError {
        let end = cur.pos.min(cur.src.len());
        LexError::new(
            msg,
            &near,
            cur.line,
            Span::new(self.start as u32, end as u32),
        )
    }
}

/// Appends `value` (at most 0x7FFFFFFF) as UTF-8, using the original up-to-6-byte scheme for
/// values past U+10FFFF and encoding surrogates like any other value (as `luaO_utf8esc` does).
pub(crate) fn push_utf8(out: &mut Vec<u8>, value: u32) {
    if value < 0x80 {
        out.push(value as u8);
        return;
    }
    let mut tail = [0u8; 6];
    let mut n = 0;
    let mut x = value;
    let mut first_max = 0x3Fu32; // largest value that fits in the first byte
    while x > first_max {
        tail[n] = 0x80 | (x & 0x3F) as u8;
        n += 1;
        x >>= 6;
        first_max >>= 1;
    }
    out.push(((!first_max << 1) | x) as u8);
    out.extend(tail[..n].iter().rev());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf8(v: u32) -> Vec<u8> {
        let mut out = Vec::new();
        push_utf8(&mut out, v);
        out
    }

    #[test]
    fn utf8_encoding() {
        for c in [
            'A',
            'é',
            '€',
            '😀',
            '\u{10FFFF}',
            '\u{7FF}',
            '\u{800}',
            '\u{FFFF}',
        ] {
            assert_eq!(utf8(c as u32), c.to_string().into_bytes(), "{c:?}");
        }
        assert_eq!(utf8(0xD800), [0xED, 0xA0, 0x80]);
        assert_eq!(utf8(0x7FFFFFFF), [0xFD, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF]);
    }
}
