//! Index and size rules of the simple string functions (lstrlib.c): `string.sub`, `byte`, `rep`
//! and `char`, with Lua 5.3.6's clamping and error messages.

use super::{posrelat, LibError};
use std::convert::Infallible;
use std::ops::Range;

/// Errors of this module carry no VM error.
pub type StrError = LibError<Infallible>;

/// Largest string these functions build (`MAXSIZE`: `INT_MAX` on 64-bit hosts).
const MAXSIZE: u64 = i32::MAX as u64;

/// `string.sub(s, i, j)` on a string of `len` bytes: the byte range to return (Lua's default
/// for `j` is -1). Out-of-range positions are clamped; an empty range means "".
pub fn sub_range(len: usize, i: i64, j: i64) -> Range<usize> {
    let start = posrelat(i, len).max(1);
    let end = posrelat(j, len).min(len as i64);
    if start > end {
        return 0..0;
    }
    (start - 1) as usize..end as usize
}

/// `string.byte(s, i, j)` on a string of `len` bytes: the byte range whose codes are returned
/// (Lua's defaults: `i` = 1, `j` = `i`).
pub fn byte_range(len: usize, i: i64, j: Option<i64>) -> Result<Range<usize>, StrError> {
    let posi = posrelat(i, len);
    let pose = posrelat(j.unwrap_or(posi), len).min(len as i64);
    let posi = posi.max(1);
    if posi > pose {
        return Ok(0..0);
    }
    if pose - posi >= i64::from(i32::MAX) {
        return Err(LibError::Error("string slice too long".into()));
    }
    Ok((posi - 1) as usize..pose as usize)
}

/// `string.rep(s, n, sep)`: appends `n` copies of `s` separated by `sep`.
pub fn rep(s: &[u8], n: i64, sep: &[u8], out: &mut Vec<u8>) -> Result<(), StrError> {
    if n <= 0 {
        return Ok(());
    }
    let unit = (s.len() + sep.len()) as u64;
    if unit > MAXSIZE / n as u64 {
        return Err(LibError::Error("resulting string too large".into()));
    }
    if unit == 0 {
        return Ok(());
    }
    out.reserve(s.len() * n as usize + sep.len() * (n as usize - 1));
    for k in 0..n {
        if k > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(s);
    }
    Ok(())
}

/// `string.char` for argument `arg`: the byte for code `v` ("value out of range" otherwise).
pub fn char_byte(v: i64, arg: usize) -> Result<u8, StrError> {
    u8::try_from(v).map_err(|_| LibError::bad_arg(arg, "value out of range"))
}

#[cfg(test)]
mod tests {
    //! Expected values checked with lua5.3.

    use super::*;

    #[test]
    fn sub_matches_lua() {
        let sub = |i, j| {
            let r = sub_range(3, i, j);
            String::from_utf8(b"abc"[r].to_vec()).unwrap()
        };
        assert_eq!(sub(0, -1), "abc");
        assert_eq!(sub(-2, -1), "bc");
        assert_eq!(sub(2, -2), "b");
        assert_eq!(sub(i64::MIN, i64::MAX), "abc");
        assert_eq!(sub(4, -1), "");
        assert_eq!(sub(-100, -100), "");
        assert_eq!(sub(3, 2), "");
    }

    #[test]
    fn byte_matches_lua() {
        assert_eq!(byte_range(3, 0, Some(10)), Ok(0..3));
        assert_eq!(byte_range(3, -1, None), Ok(2..3));
        assert_eq!(byte_range(3, 3, Some(2)), Ok(0..0));
        assert_eq!(byte_range(3, i64::MIN, Some(i64::MAX)), Ok(0..3));
        assert_eq!(byte_range(0, 1, None), Ok(0..0));
    }

    #[test]
    fn rep_matches_lua() {
        let rep_s = |s: &[u8], n, sep: &[u8]| {
            let mut out = Vec::new();
            rep(s, n, sep, &mut out)
                .map(|()| String::from_utf8(out).unwrap())
                .map_err(|e| e.message("rep"))
        };
        assert_eq!(rep_s(b"ab", 3, b","), Ok("ab,ab,ab".into()));
        assert_eq!(rep_s(b"ab", 0, b","), Ok(String::new()));
        assert_eq!(rep_s(b"ab", -1, b""), Ok(String::new()));
        assert_eq!(rep_s(b"x", 1, b"yyyyyyyyyy"), Ok("x".into()));
        assert_eq!(
            rep_s(b"x", 1 << 31, b""),
            Err("resulting string too large".into())
        );
        assert_eq!(rep_s(b"", 1 << 40, b""), Ok(String::new()));
        assert_eq!(rep_s(b"", i64::MAX, b""), Ok(String::new()));
        assert_eq!(
            rep_s(b"x", i64::MAX, b""),
            Err("resulting string too large".into())
        );
    }

    #[test]
    fn char_matches_lua() {
        assert_eq!(char_byte(65, 1), Ok(b'A'));
        assert_eq!(
            char_byte(256, 1).unwrap_err().message("char"),
            "bad argument #1 to 'char' (value out of range)"
        );
        assert_eq!(
            char_byte(-1, 2).unwrap_err().message("char"),
            "bad argument #2 to 'char' (value out of range)"
        );
    }
}
