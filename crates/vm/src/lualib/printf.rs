//! C `printf` conversions (`%d %i %o %u %x %X %c %s %e %E %f %g %G %a %A`) in pure Rust, byte-identical
//! to glibc in the C locale, including rounding, `inf`/`nan` spelling and the sign of NaN.
//!
//! Decimal digits come from Rust's float formatting (exact mode is correctly rounded with ties to
//! even, like glibc); this module adds C's flags, width, precision, exponent layout and the
//! `%g`/`%a` rules. Items are written straight into the output buffer, then padded in place.

use smallvec::SmallVec;
use std::fmt;

/// A conversion specification: the flags `-+ #0`, the field width and the precision.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Spec {
    /// `-`: left-justify within the field.
    pub left: bool,
    /// `+`: always print a sign for signed conversions.
    pub plus: bool,
    /// ` `: print a space where a `+` would go.
    pub space: bool,
    /// `#`: the alternate form (`0x` prefix, kept decimal point, ...).
    pub alt: bool,
    /// `0`: pad numbers with zeros after the sign/prefix.
    pub zero: bool,
    /// Minimum field width.
    pub width: usize,
    /// Precision, if given (`.` alone means 0).
    pub precision: Option<usize>,
}

impl Spec {
    /// A spec with only a precision set (e.g. `%.14g`).
    pub fn with_precision(precision: usize) -> Self {
        Spec {
            precision: Some(precision),
            ..Spec::default()
        }
    }

    fn sign(&self, negative: bool) -> &'static [u8] {
        if negative {
            b"-"
        } else if self.plus {
            b"+"
        } else if self.space {
            b" "
        } else {
            b""
        }
    }

    /// Pads the item written at `out[start..]` to the field width. Its first `prefix_len` bytes
    /// are the sign/`0x` prefix; zeros go after it when `zero_ok` and `0` is set without `-`.
    fn pad(&self, out: &mut Vec<u8>, start: usize, prefix_len: usize, zero_ok: bool) {
        let Some(fill) = self.width.checked_sub(out.len() - start).filter(|&f| f > 0) else {
            return;
        };
        if self.left {
            out.resize(out.len() + fill, b' ');
        } else if self.zero && zero_ok {
            let at = start + prefix_len;
            out.splice(at..at, std::iter::repeat_n(b'0', fill));
        } else {
            out.splice(start..start, std::iter::repeat_n(b' ', fill));
        }
    }
}

/// `fmt::Write` into a byte buffer, so Rust's number formatting needs no temporary string.
struct VecWriter<'a>(&'a mut Vec<u8>);

impl fmt::Write for VecWriter<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

fn write_args(out: &mut Vec<u8>, args: fmt::Arguments<'_>) {
    // Writing into a Vec cannot fail.
    let _ = fmt::Write::write_fmt(&mut VecWriter(out), args);
}

/// Digits of `n` in `radix` (8, 10 or 16) at the end of `buf`; returns the start index.
fn digits(mut n: u64, radix: u64, upper: bool, buf: &mut [u8; 24]) -> usize {
    let table: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = table[(n % radix) as usize];
        n /= radix;
        if n == 0 {
            return i;
        }
    }
}

/// Formats an integer with conversion `d`, `i`, `o`, `u`, `x` or `X` (C's `%lld` family; the
/// unsigned conversions print the two's-complement bits). Other letters format as `d`.
pub fn format_int(out: &mut Vec<u8>, spec: &Spec, conv: u8, n: i64) {
    let start = out.len();
    let (radix, magnitude) = match conv {
        b'o' => (8, n as u64),
        b'x' | b'X' => (16, n as u64),
        b'u' => (10, n as u64),
        _ => (10, n.unsigned_abs()),
    };
    let prefix: &[u8] = match conv {
        b'x' if spec.alt && n != 0 => b"0x",
        b'X' if spec.alt && n != 0 => b"0X",
        b'o' | b'u' | b'x' | b'X' => b"",
        _ => spec.sign(n < 0),
    };
    out.extend_from_slice(prefix);
    let mut buf = [0u8; 24];
    let first = digits(magnitude, radix, conv == b'X', &mut buf);
    let digits = if spec.precision == Some(0) && n == 0 {
        &buf[..0]
    } else {
        &buf[first..]
    };
    let zeros = spec.precision.unwrap_or(0).saturating_sub(digits.len());
    let octal_zero = conv == b'o' && spec.alt && zeros == 0 && digits.first() != Some(&b'0');
    out.resize(out.len() + zeros + usize::from(octal_zero), b'0');
    out.extend_from_slice(digits);
    spec.pad(out, start, prefix.len(), spec.precision.is_none());
}

/// Formats a byte with `%c`.
pub fn format_char(out: &mut Vec<u8>, spec: &Spec, c: u8) {
    let start = out.len();
    out.push(c);
    spec.pad(out, start, 0, false);
}

/// Formats a string with `%s` (precision truncates).
pub fn format_str(out: &mut Vec<u8>, spec: &Spec, s: &[u8]) {
    let s = match spec.precision {
        Some(p) if p < s.len() => &s[..p],
        _ => s,
    };
    let start = out.len();
    out.extend_from_slice(s);
    spec.pad(out, start, 0, false);
}

/// Formats a float with conversion `e`, `E`, `f`, `F`, `g`, `G`, `a` or `A`.
/// Other letters format as `g`.
pub fn format_float(out: &mut Vec<u8>, spec: &Spec, conv: u8, x: f64) {
    let upper = conv.is_ascii_uppercase();
    let start = out.len();
    let prefix = spec.sign(x.is_sign_negative());
    out.extend_from_slice(prefix);
    if !x.is_finite() {
        out.extend_from_slice(match (x.is_nan(), upper) {
            (true, false) => b"nan",
            (true, true) => b"NAN",
            (false, false) => b"inf",
            (false, true) => b"INF",
        });
        spec.pad(out, start, prefix.len(), false);
        return;
    }
    let x = x.abs();
    let mut prefix_len = prefix.len();
    match conv.to_ascii_lowercase() {
        b'a' => {
            out.extend_from_slice(if upper { b"0X" } else { b"0x" });
            prefix_len += 2;
            hex_float(out, x, spec, upper);
        }
        b'e' => exp_form(out, x, spec.precision.unwrap_or(6), spec.alt, upper),
        b'f' => {
            let prec = spec.precision.unwrap_or(6);
            write_args(out, format_args!("{x:.prec$}"));
            if spec.alt && prec == 0 {
                out.push(b'.');
            }
        }
        _ => general_form(out, x, spec.precision.unwrap_or(6), spec.alt, upper),
    }
    spec.pad(out, start, prefix_len, true);
}

/// Significant decimal digits (ASCII) of a number.
type Digits = SmallVec<[u8; 64]>;

/// Splits Rust's `{:e}`-style text into its digits (no point) and decimal exponent.
fn parse_sci(text: &[u8]) -> (Digits, i32) {
    let e = text.iter().rposition(|&c| c == b'e').unwrap_or(text.len());
    let digits = text[..e]
        .iter()
        .copied()
        .filter(u8::is_ascii_digit)
        .collect();
    let (neg, exp_digits) = match text.get(e + 1..) {
        Some([b'-', rest @ ..]) => (true, rest),
        Some(rest) => (false, rest),
        None => (false, &[][..]),
    };
    let exp = exp_digits
        .iter()
        .fold(0i32, |v, &c| v * 10 + i32::from(c - b'0'));
    (digits, if neg { -exp } else { exp })
}

/// The `p` (>= 1) correctly rounded significant digits of a finite `x >= 0` and its decimal
/// exponent, as `%.{p-1}e` prints them.
///
/// Fast path: Rust's shortest round-trip digits D (k of them). If k <= p <= 15 (normal x), D
/// padded with zeros is the correct rounding, because half an ulp is below half a unit in the
/// p-th digit. If k >= p + 2, rounding D gives the same result as rounding x: a rounding boundary
/// between x and D would be a shorter round-trip string, and D cannot end exactly on a tie.
/// Otherwise (k == p + 1, subnormals, long precisions) Rust's exact formatting is used.
fn sig_digits(x: f64, p: usize) -> (Digits, i32) {
    if x == 0.0 || x >= f64::MIN_POSITIVE {
        let mut text: SmallVec<[u8; 32]> = SmallVec::new();
        let _ = fmt::Write::write_fmt(&mut SmallWriter(&mut text), format_args!("{x:e}"));
        let (mut digits, mut exp) = parse_sci(&text);
        let k = digits.len();
        if k <= p && p <= 15 {
            digits.resize(p, b'0');
            return (digits, exp);
        }
        if k >= p + 2 {
            let round_up = digits[p] >= b'5';
            digits.truncate(p);
            if round_up {
                match digits.iter().rposition(|&d| d != b'9') {
                    Some(i) => {
                        digits[i] += 1;
                        digits[i + 1..].fill(b'0');
                    }
                    None => {
                        digits.fill(b'0');
                        digits[0] = b'1';
                        exp += 1;
                    }
                }
            }
            return (digits, exp);
        }
    }
    let mut text: SmallVec<[u8; 64]> = SmallVec::new();
    let prec = p - 1;
    let _ = fmt::Write::write_fmt(&mut SmallWriter(&mut text), format_args!("{x:.prec$e}"));
    parse_sci(&text)
}

/// `fmt::Write` into a small inline buffer.
struct SmallWriter<'a, A: smallvec::Array<Item = u8>>(&'a mut SmallVec<A>);

impl<A: smallvec::Array<Item = u8>> fmt::Write for SmallWriter<'_, A> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

fn push_exponent(out: &mut Vec<u8>, exp: i32, upper: bool) {
    out.push(if upper { b'E' } else { b'e' });
    out.push(if exp < 0 { b'-' } else { b'+' });
    let e = exp.unsigned_abs();
    if e < 10 {
        out.push(b'0');
    }
    let mut buf = [0u8; 24];
    let first = digits(u64::from(e), 10, false, &mut buf);
    out.extend_from_slice(&buf[first..]);
}

/// Writes `digits` as `d.ddd` (the point only when digits follow or `alt`) and the exponent.
fn write_sci(out: &mut Vec<u8>, digits: &[u8], exp: i32, alt: bool, upper: bool) {
    out.push(digits[0]);
    if digits.len() > 1 || alt {
        out.push(b'.');
    }
    out.extend_from_slice(&digits[1..]);
    push_exponent(out, exp, upper);
}

/// `%.{prec}e` of a non-negative finite number.
fn exp_form(out: &mut Vec<u8>, x: f64, prec: usize, alt: bool, upper: bool) {
    let (digits, exp) = sig_digits(x, prec + 1);
    write_sci(out, &digits, exp, alt, upper);
}

/// `%.{prec}g` of a non-negative finite number.
fn general_form(out: &mut Vec<u8>, x: f64, prec: usize, alt: bool, upper: bool) {
    let p = prec.max(1);
    let (mut digits, exp) = sig_digits(x, p);
    if !alt {
        // %g drops trailing zeros of the fraction (all kept digits here are significant).
        while digits.len() > 1 && digits.last() == Some(&b'0') {
            digits.pop();
        }
    }
    if exp < -4 || exp >= p as i32 {
        write_sci(out, &digits, exp, alt, upper);
        return;
    }
    let digit = |i: usize| digits.get(i).copied().unwrap_or(b'0');
    if exp >= 0 {
        let int_len = exp as usize + 1;
        out.extend((0..int_len).map(digit));
        if digits.len() > int_len || alt {
            out.push(b'.');
            out.extend((int_len..digits.len()).map(digit));
        }
    } else {
        out.extend_from_slice(b"0.");
        out.resize(out.len() + (-exp - 1) as usize, b'0');
        out.extend_from_slice(&digits);
    }
}

/// Writes the part of `%a` after `0x` of a non-negative finite number, rounded like glibc (to
/// nearest, ties to even).
fn hex_float(out: &mut Vec<u8>, x: f64, spec: &Spec, upper: bool) {
    const FRAC_DIGITS: usize = 13;
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let mut mant = bits & ((1u64 << 52) - 1);
    let (mut lead, exp) = match (biased, mant) {
        (0, 0) => (0u64, 0),
        (0, _) => (0, -1022),
        _ => (1, biased - 1023),
    };
    // The fraction digits to print and how many zeros follow them.
    let (ndigits, extra_zeros) = match spec.precision {
        None => {
            let trailing = if mant == 0 {
                FRAC_DIGITS
            } else {
                mant.trailing_zeros() as usize / 4
            };
            mant >>= 4 * trailing;
            (FRAC_DIGITS - trailing, 0)
        }
        Some(p) if p < FRAC_DIGITS => {
            let shift = (FRAC_DIGITS - p) * 4;
            let rem = mant & ((1u64 << shift) - 1);
            let half = 1u64 << (shift - 1);
            mant >>= shift;
            let odd = if p == 0 { lead & 1 } else { mant & 1 };
            if rem > half || (rem == half && odd == 1) {
                mant += 1;
                if mant >> (p * 4) != 0 {
                    mant = 0;
                    lead += 1;
                }
            }
            (p, 0)
        }
        Some(p) => (FRAC_DIGITS, p - FRAC_DIGITS),
    };
    out.push(b'0' + lead as u8);
    if ndigits + extra_zeros > 0 || spec.alt {
        out.push(b'.');
    }
    let mut buf = [0u8; 24];
    if ndigits > 0 {
        let first = digits(mant, 16, upper, &mut buf);
        out.resize(out.len() + ndigits - (buf.len() - first), b'0');
        out.extend_from_slice(&buf[first..]);
    }
    out.resize(out.len() + extra_zeros, b'0');
    out.push(if upper { b'P' } else { b'p' });
    out.push(if exp < 0 { b'-' } else { b'+' });
    let first = digits(u64::from(exp.unsigned_abs()), 10, false, &mut buf);
    out.extend_from_slice(&buf[first..]);
}

#[cfg(test)]
mod tests;
