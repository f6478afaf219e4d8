//! Lua 5.3 patterns (lstrlib.c): the matcher behind `string.find`, `match`, `gmatch` and `gsub`.
//!
//! The matcher is a faithful port of PUC-Rio's backtracking matcher, so results, error messages and
//! running time match Lua 5.3.6. Its recursion is bounded by [`MAXCCALLS`] ("pattern too complex"),
//! exactly like PUC's, so a pathological pattern never overflows the Rust stack.
//!
//! Positions in this API are 0-based byte offsets into the subject; [`Capture::Position`] holds the
//! 1-based position Lua returns for a `()` capture.

use super::posrelat;
use smallvec::SmallVec;
use std::fmt;
use std::ops::Range;

const L_ESC: u8 = b'%';
const SPECIALS: &[u8] = b"^$*+?.([%-";
/// Maximum nesting of the recursive matcher (MAXCCALLS in lstrlib.c).
pub const MAXCCALLS: u32 = 200;
/// Maximum number of captures in one pattern (LUA_MAXCAPTURES).
pub const MAX_CAPTURES: usize = 32;

/// An error raised while matching; `Display` gives PUC-Rio's exact message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatternError {
    /// The matcher nested deeper than [`MAXCCALLS`].
    TooComplex,
    /// The pattern ends with a lone `%`.
    EndsWithEscape,
    /// A `[` set is not closed.
    MissingBracket,
    /// `%b` is not followed by two characters.
    MissingBalanceArgs,
    /// `%f` is not followed by `[`.
    MissingFrontierBracket,
    /// A back-reference or replacement names a capture that does not exist (the number shown).
    InvalidCaptureIndex(i32),
    /// A `)` closes no open capture.
    InvalidPatternCapture,
    /// A capture was still open when its value was requested.
    UnfinishedCapture,
    /// More than [`MAX_CAPTURES`] captures.
    TooManyCaptures,
    /// A `%` in a `gsub` replacement string is followed by neither a digit nor `%`.
    InvalidReplacement,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PatternError::TooComplex => f.write_str("pattern too complex"),
            PatternError::EndsWithEscape => f.write_str("malformed pattern (ends with '%')"),
            PatternError::MissingBracket => f.write_str("malformed pattern (missing ']')"),
            PatternError::MissingBalanceArgs => {
                f.write_str("malformed pattern (missing arguments to '%b')")
            }
            PatternError::MissingFrontierBracket => {
                f.write_str("missing '[' after '%f' in pattern")
            }
            PatternError::InvalidCaptureIndex(i) => write!(f, "invalid capture index %{i}"),
            PatternError::InvalidPatternCapture => f.write_str("invalid pattern capture"),
            PatternError::UnfinishedCapture => f.write_str("unfinished capture"),
            PatternError::TooManyCaptures => f.write_str("too many captures"),
            PatternError::InvalidReplacement => {
                f.write_str("invalid use of '%' in replacement string")
            }
        }
    }
}

impl std::error::Error for PatternError {}

/// One capture value, as Lua would push it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Capture {
    /// A substring of the subject (byte range).
    Bytes(Range<usize>),
    /// A position capture `()`: the 1-based position in the subject.
    Position(usize),
}

/// Capture length marking a capture that is still open (CAP_UNFINISHED).
const CAP_UNFINISHED: usize = usize::MAX;
/// Capture length marking a position capture (CAP_POSITION).
const CAP_POSITION: usize = usize::MAX - 1;

/// A capture as the matcher records it: start and length (or one of the markers above).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct RawCapture {
    init: usize,
    len: usize,
}

/// A successful match: the whole-match byte range and the captures recorded by the pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Start of the whole match (0-based byte offset).
    pub start: usize,
    /// End of the whole match (exclusive byte offset).
    pub end: usize,
    captures: SmallVec<[RawCapture; 4]>,
}

/// Capture values of one match (inline for up to four).
pub type Captures = SmallVec<[Capture; 4]>;

impl Match {
    /// Number of captures the pattern recorded (0 when it has none).
    pub fn capture_count(&self) -> usize {
        self.captures.len()
    }

    /// Capture `i` (0-based) as `push_onecapture` yields it: index 0 of a capture-less pattern is
    /// the whole match; other missing indices and still-open captures are errors.
    pub fn capture(&self, i: usize) -> Result<Capture, PatternError> {
        match self.captures.get(i) {
            None if i == 0 => Ok(Capture::Bytes(self.start..self.end)),
            None => Err(PatternError::InvalidCaptureIndex(i as i32 + 1)),
            Some(c) => match c.len {
                CAP_UNFINISHED => Err(PatternError::UnfinishedCapture),
                CAP_POSITION => Ok(Capture::Position(c.init + 1)),
                l => Ok(Capture::Bytes(c.init..c.init + l)),
            },
        }
    }

    /// The explicit captures only, as `string.find` returns them after the two positions.
    pub fn captures(&self) -> Result<Captures, PatternError> {
        (0..self.captures.len()).map(|i| self.capture(i)).collect()
    }

    /// The values `string.match`, `gmatch` and a `gsub` function receive: the captures, or the
    /// whole match when the pattern has none.
    pub fn values(&self) -> Result<Captures, PatternError> {
        (0..self.captures.len().max(1))
            .map(|i| self.capture(i))
            .collect()
    }
}

/// The matcher state for one subject and one pattern (MatchState in lstrlib.c).
struct MatchState<'a> {
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
fn match_class(c: u8, cl: u8) -> bool {
    let bit = CTYPE[1][usize::from(cl)];
    if bit == 0 {
        return cl == c;
    }
    (CTYPE[0][usize::from(c)] & bit != 0) != cl.is_ascii_uppercase()
}

impl<'a> MatchState<'a> {
    fn new(src: &'a [u8], pat: &'a [u8]) -> Self {
        MatchState {
            src,
            pat,
            depth: MAXCCALLS,
            caps: SmallVec::new(),
        }
    }

    /// Runs one match attempt at `s`, starting from a clean state (reprepstate).
    fn try_at(&mut self, s: usize) -> Result<Option<usize>, PatternError> {
        self.caps.clear();
        self.depth = MAXCCALLS;
        self.do_match(s, 0)
    }

    fn to_match(&self, start: usize, end: usize) -> Match {
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
    fn prefilter(&self) -> Prefilter {
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
    fn next_candidate(&self, pf: Prefilter, s: usize) -> usize {
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
enum Prefilter {
    /// No shortcut: try every position.
    Any,
    /// The pattern starts with this literal byte.
    Byte(u8),
    /// The pattern starts with a class or set item at these pattern indices (start, end).
    Class(usize, usize),
}

/// Offset of the first `b` in `hay`, scanning a word at a time.
fn memchr(b: u8, hay: &[u8]) -> Option<usize> {
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

/// Converts a Lua start index (1-based, negative from the end) to a 0-based offset, or `None`
/// when it lies past the end of the subject (`str_find_aux`'s rule).
fn start_offset(init: i64, len: usize) -> Option<usize> {
    let len_i = len as i64;
    let pos = posrelat(init, len);
    if pos < 1 {
        Some(0)
    } else if pos > len_i + 1 {
        None
    } else {
        Some(pos as usize - 1)
    }
}

/// Whether the pattern contains none of the magic characters (then `find` searches plainly).
fn no_specials(pat: &[u8]) -> bool {
    !pat.iter().any(|c| SPECIALS.contains(c))
}

/// Offset of the first occurrence of `needle` in `hay` (`lmemfind`).
fn mem_find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    if needle.len() > hay.len() {
        return None;
    }
    let last_start = hay.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        i += memchr(first, &hay[i..=last_start])?;
        if &hay[i + 1..i + needle.len()] == rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn split_anchor(pat: &[u8]) -> (bool, &[u8]) {
    match pat.split_first() {
        Some((b'^', rest)) => (true, rest),
        _ => (false, pat),
    }
}

fn find_aux(
    src: &[u8],
    pat: &[u8],
    init: i64,
    plain_search: bool,
) -> Result<Option<Match>, PatternError> {
    let Some(start) = start_offset(init, src.len()) else {
        return Ok(None);
    };
    if plain_search {
        return Ok(mem_find(&src[start..], pat).map(|off| Match {
            start: start + off,
            end: start + off + pat.len(),
            captures: SmallVec::new(),
        }));
    }
    let (anchor, pat) = split_anchor(pat);
    let mut ms = MatchState::new(src, pat);
    let pf = if anchor {
        Prefilter::Any
    } else {
        ms.prefilter()
    };
    let mut s = start;
    loop {
        s = ms.next_candidate(pf, s);
        if let Some(e) = ms.try_at(s)? {
            return Ok(Some(ms.to_match(s, e)));
        }
        s += 1;
        if anchor || s > src.len() {
            return Ok(None);
        }
    }
}

/// `string.find(src, pat, init, plain)`: the first match at or after `init` (a Lua index).
/// The pattern is searched plainly when `plain` is set or it has no magic characters.
pub fn find(src: &[u8], pat: &[u8], init: i64, plain: bool) -> Result<Option<Match>, PatternError> {
    find_aux(src, pat, init, plain || no_specials(pat))
}

/// `string.match(src, pat, init)`: the first pattern match at or after `init` (a Lua index);
/// the caller returns [`Match::values`].
pub fn match_first(src: &[u8], pat: &[u8], init: i64) -> Result<Option<Match>, PatternError> {
    find_aux(src, pat, init, false)
}

/// The state of a `string.gmatch` iterator. In Lua 5.3 a leading `^` is not an anchor here: it
/// matches a literal `^`. An empty match right where the previous match ended is skipped.
#[derive(Debug, Clone, Default)]
pub struct GMatch {
    pos: usize,
    last: Option<usize>,
    prefilter: Option<Prefilter>,
}

impl GMatch {
    /// A fresh iterator state starting at the beginning of the subject.
    pub fn new() -> Self {
        Self::default()
    }

    /// The next match; the same `src` and `pat` must be passed on every call.
    pub fn next(&mut self, src: &[u8], pat: &[u8]) -> Result<Option<Match>, PatternError> {
        let mut ms = MatchState::new(src, pat);
        let pf = *self.prefilter.get_or_insert_with(|| ms.prefilter());
        let mut s = self.pos;
        while s <= src.len() {
            s = ms.next_candidate(pf, s);
            if let Some(e) = ms.try_at(s)? {
                if self.last != Some(e) {
                    self.pos = e;
                    self.last = Some(e);
                    return Ok(Some(ms.to_match(s, e)));
                }
            }
            s += 1;
        }
        self.pos = s;
        Ok(None)
    }
}

/// The state of a `string.gsub` loop. The caller alternates [`Gsub::next`] (which copies unmatched
/// subject bytes to the output) with appending the replacement of each match it returns.
#[derive(Debug, Clone)]
pub struct Gsub {
    pos: usize,
    last: Option<usize>,
    count: i64,
    max: i64,
    anchor: bool,
    stopped: bool,
    flushed: bool,
    prefilter: Option<Prefilter>,
}

impl Gsub {
    /// Starts a substitution over a subject of `src_len` bytes with at most `max_n` replacements
    /// (Lua's default is `src_len + 1`).
    pub fn new(src_len: usize, pat: &[u8], max_n: Option<i64>) -> Self {
        Gsub {
            pos: 0,
            last: None,
            count: 0,
            max: max_n.unwrap_or(src_len as i64 + 1),
            anchor: split_anchor(pat).0,
            stopped: false,
            flushed: false,
            prefilter: None,
        }
    }

    /// Number of matches returned so far (gsub's second result).
    pub fn count(&self) -> i64 {
        self.count
    }

    /// Finds the next match, copying skipped bytes to `out`. When there is none left, copies the
    /// rest of the subject and returns `None`. The same `src` and `pat` must be passed every time.
    pub fn next(
        &mut self,
        src: &[u8],
        pat: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<Option<Match>, PatternError> {
        let pat = &pat[self.anchor as usize..];
        let mut ms = MatchState::new(src, pat);
        let anchor = self.anchor;
        let pf = *self.prefilter.get_or_insert_with(|| {
            if anchor {
                Prefilter::Any
            } else {
                ms.prefilter()
            }
        });
        while !self.stopped && self.count < self.max {
            let next = ms.next_candidate(pf, self.pos);
            out.extend_from_slice(&src[self.pos..next]);
            self.pos = next;
            match ms.try_at(self.pos)? {
                Some(e) if self.last != Some(e) => {
                    self.count += 1;
                    let m = ms.to_match(self.pos, e);
                    self.pos = e;
                    self.last = Some(e);
                    self.stopped = self.anchor;
                    return Ok(Some(m));
                }
                _ if self.pos < src.len() => {
                    out.push(src[self.pos]);
                    self.pos += 1;
                }
                _ => break,
            }
            self.stopped = self.anchor;
        }
        self.stopped = true;
        if !self.flushed {
            self.flushed = true;
            out.extend_from_slice(&src[self.pos..]);
        }
        Ok(None)
    }
}

/// Appends the expansion of a `gsub` replacement string for match `m` (`add_s`): `%0` is the
/// whole match, `%1`-`%9` captures (positions as decimal integers), `%%` a percent sign.
pub fn expand_replacement(
    m: &Match,
    src: &[u8],
    repl: &[u8],
    out: &mut Vec<u8>,
) -> Result<(), PatternError> {
    let mut i = 0;
    while i < repl.len() {
        let c = repl[i];
        i += 1;
        if c != L_ESC {
            out.push(c);
            continue;
        }
        let d = repl.get(i).copied().unwrap_or(0);
        i += 1;
        match d {
            b'0' => out.extend_from_slice(&src[m.start..m.end]),
            b'1'..=b'9' => match m.capture(usize::from(d - b'1'))? {
                Capture::Bytes(r) => out.extend_from_slice(&src[r]),
                Capture::Position(n) => out.extend_from_slice(n.to_string().as_bytes()),
            },
            L_ESC => out.push(L_ESC),
            _ => return Err(PatternError::InvalidReplacement),
        }
    }
    Ok(())
}

/// `string.gsub` with a string replacement: the new string and the number of substitutions.
pub fn gsub_str(
    src: &[u8],
    pat: &[u8],
    repl: &[u8],
    max_n: Option<i64>,
) -> Result<(Vec<u8>, i64), PatternError> {
    let mut out = Vec::with_capacity(src.len());
    let mut g = Gsub::new(src.len(), pat, max_n);
    while let Some(m) = g.next(src, pat, &mut out)? {
        expand_replacement(&m, src, repl, &mut out)?;
    }
    Ok((out, g.count()))
}

#[cfg(test)]
mod tests;
