//! Lua 5.3 numbers and strings: `tostring` of numbers (`%.14g` plus Lua's `.0` rule), string to
//! number conversion (`lua_stringtonumber`: `l_str2int` and `l_str2d`), `tonumber(s, base)`, and
//! float to integer conversion (`luaV_tointeger`).

use super::printf::{format_float, format_int, Spec};

/// A Lua number: integer or float subtype.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    /// An integer (`math.type` "integer").
    Int(i64),
    /// A float (`math.type` "float").
    Float(f64),
}

/// Appends a float as `tostring` shows it: `%.14g`, plus `.0` when that looks like an integer
/// (`1.0`, `-0.0`, `1e+15`, `inf`, `-nan`).
pub fn write_float(out: &mut Vec<u8>, x: f64) {
    let start = out.len();
    write_float_plain(out, x);
    if out[start..]
        .iter()
        .all(|&c| c == b'-' || c.is_ascii_digit())
    {
        out.extend_from_slice(b".0");
    }
}

/// Appends a float as `io.write` and `file:write` print it: plain `%.14g` (LUAI_NUMFFORMAT),
/// without the `.0` that `tostring` adds (`1`, `-0`, `1e+15`).
pub fn write_float_plain(out: &mut Vec<u8>, x: f64) {
    format_float(out, &Spec::with_precision(14), b'g', x);
}

/// A float as `tostring` shows it (see [`write_float`]).
pub fn fmt_float(x: f64) -> String {
    let mut out = Vec::new();
    write_float(&mut out, x);
    String::from_utf8(out).unwrap_or_default()
}

/// Appends a number as `tostring` shows it (integers in decimal).
pub fn write_number(out: &mut Vec<u8>, n: Number) {
    match n {
        Number::Int(i) => format_int(out, &Spec::default(), b'd', i),
        Number::Float(x) => write_float(out, x),
    }
}

/// C's `isspace` in the C locale (Lua's `lisspace`).
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn trim_spaces(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|&c| !is_space(c)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|&c| !is_space(c))
        .map_or(start, |e| e + 1);
    &s[start..end]
}

/// Splits an optional `-`/`+` sign off; true means negative.
fn split_sign(s: &[u8]) -> (bool, &[u8]) {
    match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, s),
    }
}

fn hex_prefixed(s: &[u8]) -> Option<&[u8]> {
    match s {
        [b'0', b'x' | b'X', rest @ ..] => Some(rest),
        _ => None,
    }
}

/// Converts a string to a number exactly as Lua 5.3 does for `tonumber(s)`, arithmetic coercion
/// and the lexer: integers (decimal or hexadecimal, hex wraps around), else floats (decimal or
/// hexadecimal with `p` exponent); surrounding whitespace allowed; `inf`/`nan` rejected.
pub fn str2number(s: &[u8]) -> Option<Number> {
    if s.contains(&0) {
        return None;
    }
    let body = trim_spaces(s);
    str2int(body)
        .map(Number::Int)
        .or_else(|| str2float(body).map(Number::Float))
}

/// `l_str2int` on a trimmed numeral.
fn str2int(s: &[u8]) -> Option<i64> {
    let (neg, s) = split_sign(s);
    let mut a: u64 = 0;
    if let Some(hex) = hex_prefixed(s) {
        if hex.is_empty() {
            return None;
        }
        for &c in hex {
            a = a.wrapping_mul(16).wrapping_add(hex_value(c)?);
        }
    } else {
        if s.is_empty() {
            return None;
        }
        const MAX_BY_10: u64 = i64::MAX as u64 / 10;
        let max_last = i64::MAX as u64 % 10 + u64::from(neg);
        for &c in s {
            if !c.is_ascii_digit() {
                return None;
            }
            let d = u64::from(c - b'0');
            if a >= MAX_BY_10 && (a > MAX_BY_10 || d > max_last) {
                return None;
            }
            a = a * 10 + d;
        }
    }
    Some(if neg { 0u64.wrapping_sub(a) } else { a } as i64)
}

fn hex_value(c: u8) -> Option<u64> {
    (c as char).to_digit(16).map(u64::from)
}

/// `strtod` on a trimmed numeral that must be consumed entirely (no `inf`/`nan`).
fn str2float(s: &[u8]) -> Option<f64> {
    let (neg, rest) = split_sign(s);
    let x = match hex_prefixed(rest) {
        Some(hex) => parse_hex_float(hex)?,
        None => parse_dec_float(rest)?,
    };
    Some(if neg { -x } else { x })
}

/// Length of the leading run of bytes satisfying `f`.
fn span(s: &[u8], f: impl Fn(u8) -> bool) -> usize {
    s.iter().position(|&c| !f(c)).unwrap_or(s.len())
}

/// An unsigned decimal float: `digits[.digits][e[+-]digits]` with at least one mantissa digit.
fn parse_dec_float(s: &[u8]) -> Option<f64> {
    let int_len = span(s, |c| c.is_ascii_digit());
    let mut i = int_len;
    let mut frac_len = 0;
    if s.get(i) == Some(&b'.') {
        frac_len = span(&s[i + 1..], |c| c.is_ascii_digit());
        i += 1 + frac_len;
    }
    if int_len + frac_len == 0 {
        return None;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let (_, exp) = split_sign(&s[i + 1..]);
        let exp_len = span(exp, |c| c.is_ascii_digit());
        if exp_len == 0 {
            return None;
        }
        i = s.len() - exp.len() + exp_len;
    }
    if i != s.len() {
        return None;
    }
    std::str::from_utf8(s).ok()?.parse().ok()
}

/// An unsigned hexadecimal float after `0x`: `hexdigits[.hexdigits][p[+-]digits]`, correctly
/// rounded (to nearest, ties to even) like glibc's `strtod`.
fn parse_hex_float(s: &[u8]) -> Option<f64> {
    let mut mant: u64 = 0;
    let mut exp2: i64 = 0;
    let mut sticky = false;
    let mut any_digit = false;
    let mut seen_point = false;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'.' && !seen_point {
            seen_point = true;
        } else if let Some(d) = hex_value(c) {
            any_digit = true;
            if mant >> 60 == 0 {
                mant = mant * 16 + d;
                if seen_point {
                    exp2 -= 4;
                }
            } else {
                sticky |= d != 0;
                if !seen_point {
                    exp2 += 4;
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if matches!(s.get(i), Some(b'p' | b'P')) {
        let (neg, digits) = split_sign(&s[i + 1..]);
        let n = span(digits, |c| c.is_ascii_digit());
        if n == 0 {
            return None;
        }
        let e = digits[..n].iter().fold(0i64, |acc, &c| {
            (acc * 10 + i64::from(c - b'0')).min(1 << 40)
        });
        exp2 += if neg { -e } else { e };
        i = s.len() - digits.len() + n;
    }
    if i != s.len() {
        return None;
    }
    Some(compose_float(mant, exp2, sticky))
}

/// The double nearest to `(mant + sticky fraction) * 2^exp2`, ties to even.
fn compose_float(mant: u64, exp2: i64, sticky: bool) -> f64 {
    if mant == 0 {
        return 0.0;
    }
    let lz = mant.leading_zeros();
    let mant = u128::from(mant << lz);
    let top = exp2 - i64::from(lz) + 63; // exponent of the leading bit
    if top > 1023 {
        return f64::INFINITY;
    }
    let keep = if top >= -1022 { 53 } else { top + 1075 };
    let shift = 64 - keep;
    if shift >= 128 {
        return 0.0;
    }
    let rem = mant & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    let mut q = (mant >> shift) as u64;
    if rem > half || (rem == half && (sticky || q & 1 == 1)) {
        q += 1;
    }
    if keep < 53 {
        return f64::from_bits(q); // subnormal (or the smallest normal after rounding up)
    }
    let (q, top) = if q >> 53 != 0 {
        (q >> 1, top + 1)
    } else {
        (q, top)
    };
    if top > 1023 {
        return f64::INFINITY;
    }
    f64::from_bits((((top + 1023) as u64) << 52) | (q & ((1u64 << 52) - 1)))
}

/// `tonumber(s, base)` for `base` in 2..=36 (the caller checks the range): optional surrounding
/// whitespace and `-`/`+`, then alphanumeric digits below `base`; wraps around on overflow.
pub fn tonumber_base(s: &[u8], base: u32) -> Option<i64> {
    let (neg, digits) = split_sign(trim_spaces_prefix(s));
    let n = span(digits, |c| c.is_ascii_alphanumeric());
    if n == 0 || !trim_spaces_prefix(&digits[n..]).is_empty() {
        return None;
    }
    let mut acc: u64 = 0;
    for &c in &digits[..n] {
        let d = (c as char).to_digit(36)?;
        if d >= base {
            return None;
        }
        acc = acc.wrapping_mul(u64::from(base)).wrapping_add(u64::from(d));
    }
    Some(if neg { 0u64.wrapping_sub(acc) } else { acc } as i64)
}

fn trim_spaces_prefix(s: &[u8]) -> &[u8] {
    &s[span(s, is_space)..]
}

/// How a float that is not integral converts to an integer (`luaV_tointeger`'s mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum F2I {
    /// Only integral values convert.
    Exact,
    /// Take the floor.
    Floor,
    /// Take the ceiling.
    Ceil,
}

/// Converts a float to an integer under `mode`; `None` if not integral (in `Exact` mode), NaN,
/// or out of the integer range.
pub fn float_to_int(x: f64, mode: F2I) -> Option<i64> {
    let mut f = x.floor();
    if x != f {
        match mode {
            F2I::Exact => return None,
            F2I::Floor => {}
            F2I::Ceil => f += 1.0,
        }
    }
    // -(i64::MIN as f64) is 2^63, the first float above the integer range.
    (f >= i64::MIN as f64 && f < -(i64::MIN as f64)).then_some(f as i64)
}

/// Converts a number to an integer under `mode` (integers convert as they are).
pub fn number_to_int(n: Number, mode: F2I) -> Option<i64> {
    match n {
        Number::Int(i) => Some(i),
        Number::Float(x) => float_to_int(x, mode),
    }
}

#[cfg(test)]
mod tests;
