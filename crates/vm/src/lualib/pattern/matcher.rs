//! The backtracking matcher itself (`match` and its helpers in lstrlib.c), plus the scan
//! shortcuts that skip start positions where no match can begin.

use super::{
    Match, PatternError, RawCapture, CAP_POSITION, CAP_UNFINISHED, L_ESC, MAXCCALLS, MAX_CAPTURES,
};
use smallvec::SmallVec;

/// The matcher state for one subject and one pattern (MatchState in lstrlib.c).
pub(super) struct MatchState<'a> {
    src: &'a [u8],
    pat: &'a [u8],
    depth: u32,
    /// The captures recorded so far (their count is PUC's `level`).
    caps: SmallVec<[RawCapture; 4]>,
}

/// Bits of the C-locale character classes, one per class letter.
const fn class_bit(cl: u8) -> u16 {
    match cl.to_ascii_lowercase() {
        b'a' => 1,
        b'c' => 1 << 1,
        b'd' => 1 << 2,
        b'g' => 1 << 3,
        b'l' => 1 << 4,
        b'p' => 1 << 5,
        b's' => 1 << 6,
        b'u' => 1 << 7,
        b'w' => 1 << 8,
        b'x' => 1 << 9,
        b'z' => 1 << 10,
        _ => 0,
    }
}

/// The classes byte `c` belongs to (`isalpha`, `iscntrl`, ... in the C locale).
const fn ctype(c: u8) -> u16 {
    let member = [
        c.is_ascii_alphabetic(),
        c.is_ascii_control(),
        c.is_ascii_digit(),
        c.is_ascii_graphic(),
        c.is_ascii_lowercase(),
        c.is_ascii_punctuation(),
        matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'),
        c.is_ascii_uppercase(),
        c.is_ascii_alphanumeric(),
        c.is_ascii_hexdigit(),
        c == 0,
    ];
    let mut bits = 0;
    let mut i = 0;
    while i < member.len() {
        if member[i] {
            bits |= 1 << i;
        }
        i += 1;
    }
    bits
}

/// [`ctype`] and [`class_bit`] for every byte.
static CTYPE: [[u16; 256]; 2] = {
    let mut t = [[0; 256]; 2];
    let mut i = 0;
    while i < 256 {
        t[0][i] = ctype(i as u8);
        t[1][i] = class_bit(i as u8);
        i += 1;
    }
    t
};

/// Whether byte `c` belongs to class letter `cl` (`%a`, `%D`, ...; any other letter matches itself).
pub(super) fn match_class(c: u8, cl: u8) -> bool {
    let bit = CTYPE[1][usize::from(cl)];
    if bit == 0 {
        return cl == c;
    }
    (CTYPE[0][usize::from(c)] & bit != 0) != cl.is_ascii_uppercase()
}

impl<'a> MatchState<'a> {
    pub(super) fn new(src: &'a [u8], pat: &'a [u8]) -> Self {
        MatchState {
            src,
            pat,
            depth: MAXCCALLS,
            caps: SmallVec::new(),
        }
    }

    /// Runs one match attempt at `s`, starting from a clean state (reprepstate).
    pub(super) fn try_at(&mut self, s: usize) -> Result<Option<usize>, PatternError> {
        self.caps.clear();
        self.depth = MAXCCALLS;
        self.do_match(s, 0)
    }

    pub(super) fn to_match(&self, start: usize, end: usize) -> Match {
        Match {
            start,
            end,
            captures: self.caps.clone(),
        }
    }

    /// Pattern byte at `i`, or 0 past the end (C's terminating NUL).
    fn p_at(&self, i: usize) -> u8 {
        self.pat.get(i).copied().unwrap_or(0)
    }

    /// Subject byte at `i`, or 0 past the end (C's terminating NUL).
    fn s_at(&self, i: usize) -> u8 {
        self.src.get(i).copied().unwrap_or(0)
    }

    fn class_end(&self, p: usize) -> Result<usize, PatternError> {
        let len = self.pat.len();
        let c = self.pat[p];
        let mut p = p + 1;
        match c {
            L_ESC => {
                if p >= len {
                    Err(PatternError::EndsWithEscape)
                } else {
                    Ok(p + 1)
                }
            }
            b'[' => {
                if self.p_at(p) == b'^' {
                    p += 1;
                }
                loop {
                    if p >= len {
                        return Err(PatternError::MissingBracket);
                    }
                    let c = self.pat[p];
                    p += 1;
                    if c == L_ESC && p < len {
                        p += 1;
                    }
                    if self.p_at(p) == b']' {
                        return Ok(p + 1);
                    }
                }
            }
            _ => Ok(p),
        }
    }

    /// Whether `c` is in the set `[...]` starting at `p` (the `[`) and closed at `ec` (the `]`).
    fn match_bracket_class(&self, c: u8, p: usize, ec: usize) -> bool {
        let mut p = p;
        let mut sig = true;
        if self.p_at(p + 1) == b'^' {
            sig = false;
            p += 1;
        }
        loop {
            p += 1;
            if p >= ec {
                return !sig;
            }
            let pc = self.pat[p];
            if pc == L_ESC {
                p += 1;
                if match_class(c, self.p_at(p)) {
                    return sig;
                }
            } else if self.p_at(p + 1) == b'-' && p + 2 < ec {
                p += 2;
                if pc <= c && c <= self.pat[p] {
                    return sig;
                }
            } else if pc == c {
                return sig;
            }
        }
    }

    fn single_match(&self, s: usize, p: usize, ep: usize) -> bool {
        let Some(&c) = self.src.get(s) else {
            return false;
        };
        match self.pat[p] {
            b'.' => true,
            L_ESC => match_class(c, self.p_at(p + 1)),
            b'[' => self.match_bracket_class(c, p, ep - 1),
            pc => pc == c,
        }
    }

    fn match_balance(&self, s: usize, p: usize) -> Result<Option<usize>, PatternError> {
        if p + 1 >= self.pat.len() {
            return Err(PatternError::MissingBalanceArgs);
        }
        if s >= self.src.len() || self.src[s] != self.pat[p] {
            return Ok(None);
        }
        let (b, e) = (self.pat[p], self.pat[p + 1]);
        let mut cont = 1u32;
        for (i, &c) in self.src.iter().enumerate().skip(s + 1) {
            if c == e {
                cont -= 1;
                if cont == 0 {
                    return Ok(Some(i + 1));
                }
            } else if c == b {
                cont += 1;
            }
        }
        Ok(None)
    }

    fn max_expand(&mut self, s: usize, p: usize, ep: usize) -> Result<Option<usize>, PatternError> {
        let mut i = 0;
        while self.single_match(s + i, p, ep) {
            i += 1;
        }
        loop {
            if let Some(r) = self.do_match(s + i, ep + 1)? {
                return Ok(Some(r));
            }
            if i == 0 {
                return Ok(None);
            }
            i -= 1;
        }
    }

    fn min_expand(
        &mut self,
        mut s: usize,
        p: usize,
        ep: usize,
    ) -> Result<Option<usize>, PatternError> {
        loop {
            if let Some(r) = self.do_match(s, ep + 1)? {
                return Ok(Some(r));
            }
            if self.single_match(s, p, ep) {
                s += 1;
            } else {
                return Ok(None);
            }
        }
    }

    fn start_capture(
        &mut self,
        s: usize,
        p: usize,
        len: usize,
    ) -> Result<Option<usize>, PatternError> {
        if self.caps.len() >= MAX_CAPTURES {
            return Err(PatternError::TooManyCaptures);
        }
        self.caps.push(RawCapture { init: s, len });
        let r = self.do_match(s, p)?;
        if r.is_none() {
            self.caps.pop();
        }
        Ok(r)
    }

    fn end_capture(&mut self, s: usize, p: usize) -> Result<Option<usize>, PatternError> {
        let l = (0..self.caps.len())
            .rev()
            .find(|&l| self.caps[l].len == CAP_UNFINISHED)
            .ok_or(PatternError::InvalidPatternCapture)?;
        self.caps[l].len = s - self.caps[l].init;
        let r = self.do_match(s, p)?;
        if r.is_none() {
            self.caps[l].len = CAP_UNFINISHED;
        }
        Ok(r)
    }

    /// Back-reference `%d` (`d` is the ASCII digit) at `s`.
    fn match_capture(&self, s: usize, d: u8) -> Result<Option<usize>, PatternError> {
        let l = i32::from(d) - i32::from(b'1');
        let cap = usize::try_from(l)
            .ok()
            .and_then(|l| self.caps.get(l).copied())
            .filter(|c| c.len != CAP_UNFINISHED)
            .ok_or(PatternError::InvalidCaptureIndex(l + 1))?;
        // A position capture's marker length never fits, as in C.
        let len = cap.len;
        if self.src.len() - s < len {
            return Ok(None);
        }
        let ok = self.src[cap.init..cap.init + len] == self.src[s..s + len];
        Ok(ok.then_some(s + len))
    }

    /// How a scan may skip start positions (see [`Prefilter`]).
    pub(super) fn prefilter(&self) -> Prefilter {
        // Leading captures only push and pop capture records, so look at the item after them
        // (unless there are so many that the first attempt must fail with "too many captures").
        let mut p = 0;
        let mut opened = 0;
        while self.p_at(p) == b'(' && p < self.pat.len() {
            p += if self.p_at(p + 1) == b')' { 2 } else { 1 };
            opened += 1;
        }
        if opened > MAX_CAPTURES || p >= self.pat.len() {
            return Prefilter::Any;
        }
        let c = self.pat[p];
        match c {
            b')' | b'.' => return Prefilter::Any,
            b'$' if p + 1 == self.pat.len() => return Prefilter::Any,
            L_ESC if matches!(self.p_at(p + 1), b'b' | b'f' | b'0'..=b'9') => {
                return Prefilter::Any
            }
            _ => {}
        }
        let Ok(ep) = self.class_end(p) else {
            return Prefilter::Any;
        };
        match (self.p_at(ep), c) {
            (b'*' | b'?' | b'-', _) => Prefilter::Any,
            (_, L_ESC | b'[') => Prefilter::Class(p, ep),
            _ => Prefilter::Byte(c),
        }
    }

    /// The first start position at or after `s` that `pf` does not rule out (the subject's
    /// length if none).
    pub(super) fn next_candidate(&self, pf: Prefilter, s: usize) -> usize {
        match pf {
            Prefilter::Any => s,
            Prefilter::Byte(b) => memchr(b, &self.src[s..]).map_or(self.src.len(), |i| s + i),
            Prefilter::Class(p, ep) => {
                let mut s = s;
                while s < self.src.len() && !self.single_match(s, p, ep) {
                    s += 1;
                }
                s
            }
        }
    }

    fn do_match(&mut self, s: usize, p: usize) -> Result<Option<usize>, PatternError> {
        if self.depth == 0 {
            return Err(PatternError::TooComplex);
        }
        self.depth -= 1;
        let r = self.match_body(s, p);
        self.depth += 1;
        r
    }

    fn match_body(&mut self, mut s: usize, mut p: usize) -> Result<Option<usize>, PatternError> {
        loop {
            if p == self.pat.len() {
                return Ok(Some(s));
            }
            match self.pat[p] {
                b'(' => {
                    return if self.p_at(p + 1) == b')' {
                        self.start_capture(s, p + 2, CAP_POSITION)
                    } else {
                        self.start_capture(s, p + 1, CAP_UNFINISHED)
                    };
                }
                b')' => return self.end_capture(s, p + 1),
                b'$' if p + 1 == self.pat.len() => {
                    return Ok((s == self.src.len()).then_some(s));
                }
                L_ESC => match self.p_at(p + 1) {
                    b'b' => match self.match_balance(s, p + 2)? {
                        Some(ns) => {
                            s = ns;
                            p += 4;
                            continue;
                        }
                        None => return Ok(None),
                    },
                    b'f' => {
                        p += 2;
                        if self.p_at(p) != b'[' {
                            return Err(PatternError::MissingFrontierBracket);
                        }
                        let ep = self.class_end(p)?;
                        let prev = if s == 0 { 0 } else { self.src[s - 1] };
                        if !self.match_bracket_class(prev, p, ep - 1)
                            && self.match_bracket_class(self.s_at(s), p, ep - 1)
                        {
                            p = ep;
                            continue;
                        }
                        return Ok(None);
                    }
                    d @ b'0'..=b'9' => match self.match_capture(s, d)? {
                        Some(ns) => {
                            s = ns;
                            p += 2;
                            continue;
                        }
                        None => return Ok(None),
                    },
                    _ => {}
                },
                _ => {}
            }
            // A single-character class with an optional repetition suffix.
            let ep = self.class_end(p)?;
            let suffix = self.p_at(ep);
            if !self.single_match(s, p, ep) {
                if matches!(suffix, b'*' | b'?' | b'-') {
                    p = ep + 1;
                    continue;
                }
                return Ok(None);
            }
            match suffix {
                b'?' => {
                    if let Some(r) = self.do_match(s + 1, ep + 1)? {
                        return Ok(Some(r));
                    }
                    p = ep + 1;
                }
                b'+' => return self.max_expand(s + 1, p, ep),
                b'*' => return self.max_expand(s, p, ep),
                b'-' => return self.min_expand(s, p, ep),
                _ => {
                    s += 1;
                    p = ep;
                }
            }
        }
    }
}

/// Start positions a scan may skip. When the pattern starts (after any opening captures) with a
/// single-character item that must match at least once (no `*`, `?` or `-`), the matcher fails
/// without side effects wherever that item does not match; scans skip those positions without
/// running it.
#[derive(Debug, Clone, Copy)]
pub(super) enum Prefilter {
    /// No shortcut: try every position.
    Any,
    /// The pattern starts with this literal byte.
    Byte(u8),
    /// The pattern starts with a class or set item at these pattern indices (start, end).
    Class(usize, usize),
}

/// Offset of the first `b` in `hay`, scanning a word at a time.
pub(super) fn memchr(b: u8, hay: &[u8]) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let splat = LO * u64::from(b);
    let mut chunks = hay.chunks_exact(8);
    let mut off = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word) ^ splat;
        // The lowest set bit marks the first zero byte of `v` (borrows only run upwards).
        let zero = v.wrapping_sub(LO) & !v & HI;
        if zero != 0 {
            return Some(off + zero.trailing_zeros() as usize / 8);
        }
        off += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&c| c == b)
        .map(|i| off + i)
}
