//! Lua 5.3 patterns (lstrlib.c): the matcher behind `string.find`, `match`, `gmatch` and `gsub`.
//!
//! The matcher is a faithful port of PUC-Rio's backtracking matcher, so results, error messages and
//! running time match Lua 5.3.6. Its recursion is bounded by [`MAXCCALLS`] ("pattern too complex"),
//! exactly like PUC's, so a pathological pattern never overflows the Rust stack.
//!
//! Positions in this API are 0-based byte offsets into the subject; [`Capture::Position`] holds the
//! 1-based position Lua returns for a `()` capture.

mod matcher;

use super::posrelat;
use matcher::{memchr, MatchState, Prefilter};
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
