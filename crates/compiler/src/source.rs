//! Source positions: byte offsets to Lua line numbers, and a raw scan for "the next token after
//! this offset", which lets the compiler mimic what PUC Lua's one-pass parser was looking at when
//! it emitted an instruction (its line) or detected an error (the `near '<token>'` part).

/// Line table and raw token scanner over one chunk's source text.
pub(crate) struct SourceMap<'a> {
    src: &'a [u8],
    /// Offset of the first byte of each line (line 1 starts at 0).
    line_starts: Vec<u32>,
}

impl<'a> SourceMap<'a> {
    /// Indexes `src`. Newlines follow Lua: `\n`, `\r`, `\n\r` and `\r\n` each end one line.
    pub(crate) fn new(src: &'a [u8]) -> SourceMap<'a> {
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < src.len() {
            let c = src[i];
            if c == b'\n' || c == b'\r' {
                i += 1;
                if i < src.len() && (src[i] == b'\n' || src[i] == b'\r') && src[i] != c {
                    i += 1;
                }
                line_starts.push(i as u32);
            } else {
                i += 1;
            }
        }
        SourceMap { src, line_starts }
    }

    /// The 1-based line containing byte `offset` (offsets past the end belong to the last line).
    pub(crate) fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The line of the last byte before `end` (the line where a token ending at `end` ends).
    pub(crate) fn end_line(&self, end: u32) -> u32 {
        self.line_of(end.saturating_sub(1))
    }

    /// The next token starting at or after `from`, as `(start, end)`; `(len, len)` at the end.
    pub(crate) fn next_token(&self, from: u32) -> (u32, u32) {
        let start = self.skip_blanks(from as usize);
        let end = self.token_end(start);
        (start as u32, end as u32)
    }

    /// The source bytes of `[start, end)` (clamped to the source).
    pub(crate) fn text(&self, start: u32, end: u32) -> &'a [u8] {
        let end = (end as usize).min(self.src.len());
        self.src.get(start as usize..end).unwrap_or(&[])
    }

    /// How PUC Lua shows the token at `(start, end)` in `near ...`: quoted text, or `<eof>`.
    pub(crate) fn token_text(&self, start: u32, end: u32) -> String {
        if start as usize >= self.src.len() {
            return "<eof>".to_string();
        }
        let text = &self.src[start as usize..(end as usize).min(self.src.len())];
        format!("'{}'", String::from_utf8_lossy(text))
    }

    fn at(&self, i: usize) -> u8 {
        self.src.get(i).copied().unwrap_or(0)
    }

    /// Skips whitespace and comments.
    fn skip_blanks(&self, mut i: usize) -> usize {
        loop {
            while i < self.src.len()
                && matches!(self.src[i], b' ' | b'\t' | b'\r' | b'\n' | 0x0b | 0x0c)
            {
                i += 1;
            }
            if self.at(i) == b'-' && self.at(i + 1) == b'-' {
                i += 2;
                if let Some(end) = self.long_bracket_end(i) {
                    i = end;
                } else {
                    while i < self.src.len() && self.src[i] != b'\n' && self.src[i] != b'\r' {
                        i += 1;
                    }
                }
            } else {
                return i;
            }
        }
    }

    /// If a long bracket `[==[` opens at `i`, the offset just past its matching close.
    fn long_bracket_end(&self, i: usize) -> Option<usize> {
        if self.at(i) != b'[' {
            return None;
        }
        let mut j = i + 1;
        while self.at(j) == b'=' {
            j += 1;
        }
        if self.at(j) != b'[' {
            return None;
        }
        let level = j - i - 1;
        let mut k = j + 1;
        while k < self.src.len() {
            if self.src[k] == b']' {
                let mut m = k + 1;
                while self.at(m) == b'=' {
                    m += 1;
                }
                if m - k - 1 == level && self.at(m) == b']' {
                    return Some(m + 1);
                }
                k = m;
            } else {
                k += 1;
            }
        }
        Some(self.src.len())
    }

    fn token_end(&self, i: usize) -> usize {
        let len = self.src.len();
        if i >= len {
            return len;
        }
        let c = self.src[i];
        let next = self.at(i + 1);
        if c.is_ascii_alphabetic() || c == b'_' {
            let mut j = i + 1;
            while j < len && (self.src[j].is_ascii_alphanumeric() || self.src[j] == b'_') {
                j += 1;
            }
            return j;
        }
        if c.is_ascii_digit() || (c == b'.' && next.is_ascii_digit()) {
            return self.numeral_end(i);
        }
        if c == b'"' || c == b'\'' {
            let mut j = i + 1;
            while j < len && self.src[j] != c && self.src[j] != b'\n' && self.src[j] != b'\r' {
                j += if self.src[j] == b'\\' { 2 } else { 1 };
            }
            return (j + 1).min(len);
        }
        if let Some(end) = self.long_bracket_end(i) {
            return end;
        }
        let three = [c, next, self.at(i + 2)];
        if &three == b"..." {
            return i + 3;
        }
        const TWO: [&[u8; 2]; 10] = [
            b"..", b"::", b"<<", b"<=", b">>", b">=", b"==", b"~=", b"//", b"->",
        ];
        if TWO.iter().any(|t| t[0] == c && t[1] == next) {
            return i + 2;
        }
        i + 1
    }

    /// `read_numeral`: digits, dots and exponents with optional signs.
    fn numeral_end(&self, i: usize) -> usize {
        let mut expo = (b'e', b'E');
        let mut j = i;
        if self.at(j) == b'0' && matches!(self.at(j + 1), b'x' | b'X') {
            expo = (b'p', b'P');
            j += 2;
        }
        loop {
            let c = self.at(j);
            if c == expo.0 || c == expo.1 {
                j += 1;
                if matches!(self.at(j), b'+' | b'-') {
                    j += 1;
                }
            } else if c.is_ascii_hexdigit() || c == b'.' {
                j += 1;
            } else {
                return j;
            }
        }
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
    fn scans_tokens_after_comments() {
        let src = b"x -- c\n --[==[ long\n ]==] + 0x1p-2 'a\\'b' [[s]] ... <= ";
        let m = SourceMap::new(src);
        let (s, e) = m.next_token(1);
        assert_eq!(&src[s as usize..e as usize], b"+");
        assert_eq!(m.line_of(s), 3);
        let (s, e) = m.next_token(e);
        assert_eq!(&src[s as usize..e as usize], b"0x1p-2");
        let (s, e) = m.next_token(e);
        assert_eq!(&src[s as usize..e as usize], b"'a\\'b'");
        let (s, e) = m.next_token(e);
        assert_eq!(&src[s as usize..e as usize], b"[[s]]");
        let (s, e) = m.next_token(e);
        assert_eq!(m.token_text(s, e), "'...'");
        let (s, e) = m.next_token(e);
        assert_eq!(m.token_text(s, e), "'<='");
        let (s, e) = m.next_token(e);
        assert_eq!(m.token_text(s, e), "<eof>");
    }
}
