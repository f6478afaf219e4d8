//! The `utf8` library of Lua 5.3 (lutf8lib.c): decoding up to U+10FFFF (surrogates and overlong
//! forms as 5.3 treats them), `utf8.char`, `len`, `codepoint`, `offset` and the `codes` iterator,
//! with Lua 5.3.6's argument checks and messages.

use super::{posrelat, LibError};
use std::convert::Infallible;

/// Largest code point the 5.3 library accepts.
pub const MAXUNICODE: u32 = 0x10FFFF;
/// `utf8.charpattern`.
pub const CHARPATTERN: &[u8] = b"[\x00-\x7F\xC2-\xF4][\x80-\xBF]*";

/// Errors of this library carry no VM error.
pub type Utf8Error = LibError<Infallible>;

fn bad(arg: usize, msg: &'static str) -> Utf8Error {
    LibError::bad_arg(arg, msg)
}

fn invalid_code() -> Utf8Error {
    LibError::Error("invalid UTF-8 code".into())
}

/// Byte `i` of `s`, or 0 past the end (C's terminating NUL).
fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

fn is_cont(s: &[u8], i: usize) -> bool {
    at(s, i) & 0xC0 == 0x80
}

/// Decodes the sequence starting at byte `i` (`utf8_decode`): the code point and the index after
/// it, or `None` for an invalid sequence (bad continuation, overlong, above U+10FFFF).
pub fn decode(s: &[u8], i: usize) -> Option<(u32, usize)> {
    const LIMITS: [u32; 4] = [0xFF, 0x7F, 0x7FF, 0xFFFF];
    let mut c = u32::from(at(s, i));
    if c < 0x80 {
        return Some((c, i + 1));
    }
    let mut res: u32 = 0;
    let mut count = 0;
    while c & 0x40 != 0 {
        count += 1;
        let cc = at(s, i + count);
        if cc & 0xC0 != 0x80 {
            return None;
        }
        res = (res << 6) | u32::from(cc & 0x3F);
        c <<= 1;
    }
    if count > 3 {
        return None;
    }
    res |= (c & 0x7F) << (count * 5);
    if res > MAXUNICODE || res <= LIMITS[count] {
        return None;
    }
    Some((res, i + count + 1))
}

/// Appends the UTF-8 encoding of `x` (`luaO_utf8esc`; any value up to 0x7FFFFFFF).
pub fn encode(mut x: u32, out: &mut Vec<u8>) {
    if x < 0x80 {
        out.push(x as u8);
        return;
    }
    let mut buf = [0u8; 8];
    let mut n = 0;
    let mut mfb = 0x3f;
    loop {
        buf[7 - n] = 0x80 | (x & 0x3f) as u8;
        n += 1;
        x >>= 6;
        mfb >>= 1;
        if x <= mfb {
            break;
        }
    }
    buf[7 - n] = ((!mfb << 1) | x) as u8;
    out.extend_from_slice(&buf[7 - n..]);
}

/// `utf8.char` for one argument: checks the range ("value out of range") and appends it.
pub fn push_char(code: i64, arg: usize, out: &mut Vec<u8>) -> Result<(), Utf8Error> {
    match u32::try_from(code) {
        Ok(c) if c <= MAXUNICODE => {
            encode(c, out);
            Ok(())
        }
        _ => Err(bad(arg, "value out of range")),
    }
}

/// The result of `utf8.len`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Len {
    /// Number of characters.
    Count(i64),
    /// The first invalid byte's 1-based position (Lua returns `nil, pos`).
    Invalid(i64),
}

/// `utf8.len(s, i, j)` (Lua defaults: `i` = 1, `j` = -1).
pub fn len(s: &[u8], i: i64, j: i64) -> Result<Len, Utf8Error> {
    let l = s.len() as i64;
    let posi = posrelat(i, s.len());
    let posj = posrelat(j, s.len()) - 1;
    if !(1 <= posi && posi - 1 <= l) {
        return Err(bad(2, "initial position out of string"));
    }
    if posj >= l {
        return Err(bad(3, "final position out of string"));
    }
    let mut pos = posi - 1;
    let mut n = 0;
    while pos <= posj {
        match decode(s, pos as usize) {
            Some((_, next)) => pos = next as i64,
            None => return Ok(Len::Invalid(pos + 1)),
        }
        n += 1;
    }
    Ok(Len::Count(n))
}

/// `utf8.codepoint(s, i, j)`: the code points of the characters starting in `[i, j]`
/// (Lua defaults: `i` = 1, `j` = `i`).
pub fn codepoint(s: &[u8], i: i64, j: Option<i64>) -> Result<Vec<u32>, Utf8Error> {
    let posi = posrelat(i, s.len());
    let pose = posrelat(j.unwrap_or(posi), s.len());
    if posi < 1 {
        return Err(bad(2, "out of range"));
    }
    if pose > s.len() as i64 {
        return Err(bad(3, "out of range"));
    }
    let mut codes = Vec::new();
    let mut pos = (posi - 1) as usize;
    while (pos as i64) < pose {
        let (code, next) = decode(s, pos).ok_or_else(invalid_code)?;
        codes.push(code);
        pos = next;
    }
    Ok(codes)
}

/// `utf8.offset(s, n, i)`: the 1-based byte position where the `n`-th character (counting from
/// position `i`) starts, or `None` (Lua default for `i`: 1 when `n >= 0`, else `#s + 1`).
pub fn offset(s: &[u8], n: i64, i: Option<i64>) -> Result<Option<i64>, Utf8Error> {
    let len = s.len() as i64;
    let default = if n >= 0 { 1 } else { len + 1 };
    let posi = posrelat(i.unwrap_or(default), s.len());
    if !(1 <= posi && posi - 1 <= len) {
        return Err(bad(3, "position out of range"));
    }
    let mut posi = (posi - 1) as usize;
    let mut n = n;
    if n == 0 {
        while posi > 0 && is_cont(s, posi) {
            posi -= 1;
        }
    } else {
        if is_cont(s, posi) {
            return Err(LibError::Error(
                "initial position is a continuation byte".into(),
            ));
        }
        if n < 0 {
            while n < 0 && posi > 0 {
                posi -= 1;
                while posi > 0 && is_cont(s, posi) {
                    posi -= 1;
                }
                n += 1;
            }
        } else {
            n -= 1;
            while n > 0 && posi < s.len() {
                posi += 1;
                while is_cont(s, posi) {
                    posi += 1;
                }
                n -= 1;
            }
        }
    }
    Ok((n == 0).then_some(posi as i64 + 1))
}

/// One step of the `utf8.codes` iterator: given the control value (the previous 1-based position,
/// 0 at the start), the next position and code point, or `None` at the end.
pub fn codes_next(s: &[u8], control: i64) -> Result<Option<(i64, u32)>, Utf8Error> {
    let len = s.len() as i64;
    let mut n = control.saturating_sub(1);
    if n < 0 {
        n = 0;
    } else if n < len {
        n += 1;
        while is_cont(s, n as usize) {
            n += 1;
        }
    }
    if n >= len {
        return Ok(None);
    }
    match decode(s, n as usize) {
        Some((code, next)) if !is_cont(s, next) => Ok(Some((n + 1, code))),
        _ => Err(invalid_code()),
    }
}

#[cfg(test)]
mod tests;
