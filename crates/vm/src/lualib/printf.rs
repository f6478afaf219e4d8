//! C `printf` conversions (`%d %i %o %u %x %X %c %s %e %E %f %g %G %a %A`) in pure Rust, byte-identical
//! to glibc in the C locale, including rounding, `inf`/`nan` spelling and the sign of NaN.
//!
//! Decimal digits come from Rust's exact float formatting (correctly rounded, ties to even, like
//! glibc); this module adds C's flags, width, precision, exponent layout and `%g`/`%a` rules.

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

    /// Writes `prefix` (sign, `0x`) and `body` padded to the field width; zeros go between them
    /// when `zero_ok` and the `0` flag is set without `-`.
    fn pad(&self, out: &mut Vec<u8>, prefix: &[u8], body: &[u8], zero_ok: bool) {
        let len = prefix.len() + body.len();
        let fill = self.width.saturating_sub(len);
        if self.left {
            out.extend_from_slice(prefix);
            out.extend_from_slice(body);
            out.resize(out.len() + fill, b' ');
        } else if self.zero && zero_ok {
            out.extend_from_slice(prefix);
            out.resize(out.len() + fill, b'0');
            out.extend_from_slice(body);
        } else {
            out.resize(out.len() + fill, b' ');
            out.extend_from_slice(prefix);
            out.extend_from_slice(body);
        }
    }
}

/// Formats an integer with conversion `d`, `i`, `o`, `u`, `x` or `X` (C's `%lld` family; the
/// unsigned conversions print the two's-complement bits). Other letters format as `d`.
pub fn format_int(out: &mut Vec<u8>, spec: &Spec, conv: u8, n: i64) {
    let (negative, mut digits) = match conv {
        b'o' => (false, format!("{:o}", n as u64)),
        b'u' => (false, (n as u64).to_string()),
        b'x' => (false, format!("{:x}", n as u64)),
        b'X' => (false, format!("{:X}", n as u64)),
        _ => (n < 0, n.unsigned_abs().to_string()),
    };
    if let Some(p) = spec.precision {
        if p == 0 && n == 0 {
            digits.clear();
        }
        if digits.len() < p {
            digits.insert_str(0, &"0".repeat(p - digits.len()));
        }
    }
    let prefix: &[u8] = match conv {
        b'o' => {
            if spec.alt && !digits.starts_with('0') {
                digits.insert(0, '0');
            }
            b""
        }
        b'x' if spec.alt && n != 0 => b"0x",
        b'X' if spec.alt && n != 0 => b"0X",
        b'u' | b'x' | b'X' => b"",
        _ => spec.sign(negative),
    };
    spec.pad(out, prefix, digits.as_bytes(), spec.precision.is_none());
}

/// Formats a byte with `%c`.
pub fn format_char(out: &mut Vec<u8>, spec: &Spec, c: u8) {
    spec.pad(out, b"", &[c], false);
}

/// Formats a string with `%s` (precision truncates).
pub fn format_str(out: &mut Vec<u8>, spec: &Spec, s: &[u8]) {
    let s = match spec.precision {
        Some(p) if p < s.len() => &s[..p],
        _ => s,
    };
    spec.pad(out, b"", s, false);
}

/// Formats a float with conversion `e`, `E`, `f`, `F`, `g`, `G`, `a` or `A`.
/// Other letters format as `g`.
pub fn format_float(out: &mut Vec<u8>, spec: &Spec, conv: u8, x: f64) {
    let upper = conv.is_ascii_uppercase();
    let prefix = spec.sign(x.is_sign_negative());
    if !x.is_finite() {
        let body: &[u8] = match (x.is_nan(), upper) {
            (true, false) => b"nan",
            (true, true) => b"NAN",
            (false, false) => b"inf",
            (false, true) => b"INF",
        };
        spec.pad(out, prefix, body, false);
        return;
    }
    let x = x.abs();
    match conv.to_ascii_lowercase() {
        b'a' => {
            let (body, exp) = hex_float(x, spec);
            let mut prefix = prefix.to_vec();
            prefix.extend_from_slice(if upper { b"0X" } else { b"0x" });
            let mut body = body;
            body.push(if upper { 'P' } else { 'p' });
            body.push_str(&format!("{exp:+}"));
            let body = if upper {
                body.to_ascii_uppercase()
            } else {
                body
            };
            spec.pad(out, &prefix, body.as_bytes(), true);
        }
        b'e' => {
            let body = exp_form(x, spec.precision.unwrap_or(6), spec.alt, upper);
            spec.pad(out, prefix, body.as_bytes(), true);
        }
        b'f' => {
            let body = fixed_form(x, spec.precision.unwrap_or(6), spec.alt);
            spec.pad(out, prefix, body.as_bytes(), true);
        }
        _ => {
            let body = general_form(x, spec.precision.unwrap_or(6), spec.alt, upper);
            spec.pad(out, prefix, body.as_bytes(), true);
        }
    }
}

/// `%.{prec}f` of a non-negative finite number.
fn fixed_form(x: f64, prec: usize, alt: bool) -> String {
    let mut s = format!("{x:.prec$}");
    if alt && prec == 0 {
        s.push('.');
    }
    s
}

/// Splits Rust's `{:e}` output into mantissa and decimal exponent.
fn split_exp(x: f64, prec: usize) -> (String, i32) {
    let s = format!("{x:.prec$e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    (m.to_string(), e.parse().unwrap_or(0))
}

fn push_exponent(s: &mut String, exp: i32, upper: bool) {
    s.push(if upper { 'E' } else { 'e' });
    s.push(if exp < 0 { '-' } else { '+' });
    s.push_str(&format!("{:02}", exp.unsigned_abs()));
}

/// `%.{prec}e` of a non-negative finite number.
fn exp_form(x: f64, prec: usize, alt: bool, upper: bool) -> String {
    let (mut m, exp) = split_exp(x, prec);
    if alt && prec == 0 {
        m.push('.');
    }
    push_exponent(&mut m, exp, upper);
    m
}

/// Removes trailing zeros of a fraction, and the point if nothing follows it.
fn strip_fraction_zeros(s: &mut String) {
    if s.contains('.') {
        let keep = s.trim_end_matches('0').trim_end_matches('.').len();
        s.truncate(keep);
    }
}

/// `%.{prec}g` of a non-negative finite number.
fn general_form(x: f64, prec: usize, alt: bool, upper: bool) -> String {
    let p = prec.max(1);
    let (_, exp) = split_exp(x, p - 1);
    if exp < -4 || exp >= p as i32 {
        let (mut m, exp) = split_exp(x, p - 1);
        if alt {
            if !m.contains('.') {
                m.push('.');
            }
        } else {
            strip_fraction_zeros(&mut m);
        }
        push_exponent(&mut m, exp, upper);
        m
    } else {
        let mut s = format!("{x:.*}", (p as i32 - 1 - exp) as usize);
        if alt {
            if !s.contains('.') {
                s.push('.');
            }
        } else {
            strip_fraction_zeros(&mut s);
        }
        s
    }
}

/// The part of `%a` after `0x` and before `p` (lower case), and the binary exponent, of a
/// non-negative finite number, rounded like glibc (to nearest, ties to even).
fn hex_float(x: f64, spec: &Spec) -> (String, i32) {
    const FRAC_DIGITS: usize = 13;
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let mut mant = bits & ((1u64 << 52) - 1);
    let (mut lead, exp) = match (biased, mant) {
        (0, 0) => (0u64, 0),
        (0, _) => (0, -1022),
        _ => (1, biased - 1023),
    };
    let digits = match spec.precision {
        None => {
            let s = format!("{mant:013x}");
            s.trim_end_matches('0').to_string()
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
            if p == 0 {
                String::new()
            } else {
                format!("{mant:0p$x}")
            }
        }
        Some(p) => format!("{mant:013x}{}", "0".repeat(p - FRAC_DIGITS)),
    };
    let mut body = lead.to_string();
    if !digits.is_empty() || spec.alt {
        body.push('.');
    }
    body.push_str(&digits);
    (body, exp)
}

#[cfg(test)]
mod tests;
