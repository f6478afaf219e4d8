//! Lua 5.3 number semantics the interpreter needs (lvm.c): floor division and modulo for
//! integers and floats, shifts, exact comparisons between integers and floats, and the integer
//! limit of a numeric `for` loop.

use super::number::{float_to_int, Number, F2I};
use std::fmt;

/// An arithmetic error; `Display` gives PUC-Rio's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArithError {
    /// Integer `//` by zero.
    DivideByZero,
    /// Integer `%` by zero.
    ModuloByZero,
}

impl fmt::Display for ArithError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ArithError::DivideByZero => "attempt to divide by zero",
            ArithError::ModuloByZero => "attempt to perform 'n%0'",
        })
    }
}

impl std::error::Error for ArithError {}

/// Integer floor division `a // b` (`luaV_div`).
pub fn idiv_int(a: i64, b: i64) -> Result<i64, ArithError> {
    match b {
        0 => Err(ArithError::DivideByZero),
        -1 => Ok(a.wrapping_neg()),
        _ => {
            let q = a / b;
            Ok(if (a ^ b) < 0 && a % b != 0 { q - 1 } else { q })
        }
    }
}

/// Integer modulo `a % b`, with the sign of `b` (`luaV_mod`).
pub fn mod_int(a: i64, b: i64) -> Result<i64, ArithError> {
    match b {
        0 => Err(ArithError::ModuloByZero),
        -1 => Ok(0),
        _ => {
            let r = a % b;
            Ok(if r != 0 && (r ^ b) < 0 { r + b } else { r })
        }
    }
}

/// Float floor division `a // b` (`luai_numidiv`).
pub fn idiv_float(a: f64, b: f64) -> f64 {
    (a / b).floor()
}

/// Float modulo `a % b` (`luai_nummod` of 5.3: `fmod`, then add `b` when the signs differ, as
/// judged by the product `m * b`).
pub fn mod_float(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m * b < 0.0 {
        m + b
    } else {
        m
    }
}

/// `a ^ b` (`luai_numpow`: squaring is a multiplication).
pub fn pow(a: f64, b: f64) -> f64 {
    if b == 2.0 {
        a * a
    } else {
        a.powf(b)
    }
}

/// `x << y` (`luaV_shiftl`): negative `y` shifts right; shifts of 64 or more give 0.
pub fn shift_left(x: i64, y: i64) -> i64 {
    if y < 0 {
        if y <= -64 {
            0
        } else {
            ((x as u64) >> -y) as i64
        }
    } else if y >= 64 {
        0
    } else {
        ((x as u64) << y) as i64
    }
}

/// `x >> y` (logical): `shift_left(x, -y)`.
pub fn shift_right(x: i64, y: i64) -> i64 {
    shift_left(x, y.wrapping_neg())
}

/// 2^63 as a float: the first float above the integer range.
const TWO_63: f64 = 9_223_372_036_854_775_808.0;

/// Whether `i` converts to a float exactly (`l_intfitsf`: |i| <= 2^53).
fn fits_float(i: i64) -> bool {
    i.unsigned_abs() <= 1 << 53
}

/// `i < f`, exactly (`LTintfloat`).
pub fn lt_int_float(i: i64, f: f64) -> bool {
    if fits_float(i) {
        (i as f64) < f
    } else if f >= TWO_63 {
        true
    } else if f > -TWO_63 {
        i < f as i64
    } else {
        false
    }
}

/// `i <= f`, exactly (`LEintfloat`).
pub fn le_int_float(i: i64, f: f64) -> bool {
    if fits_float(i) {
        (i as f64) <= f
    } else if f >= TWO_63 {
        true
    } else if f >= -TWO_63 {
        i <= f as i64
    } else {
        false
    }
}

/// `f < i`, exactly (`LTfloatint`).
pub fn lt_float_int(f: f64, i: i64) -> bool {
    if fits_float(i) {
        f < i as f64
    } else if f >= TWO_63 {
        false
    } else if f >= -TWO_63 {
        (f as i64) < i
    } else {
        !f.is_nan()
    }
}

/// `f <= i`, exactly (`LEfloatint`).
pub fn le_float_int(f: f64, i: i64) -> bool {
    if fits_float(i) {
        f <= i as f64
    } else if f >= TWO_63 {
        false
    } else if f > -TWO_63 {
        (f as i64) <= i
    } else {
        !f.is_nan()
    }
}

/// `a < b` for any two numbers.
pub fn num_lt(a: Number, b: Number) -> bool {
    match (a, b) {
        (Number::Int(x), Number::Int(y)) => x < y,
        (Number::Int(x), Number::Float(y)) => lt_int_float(x, y),
        (Number::Float(x), Number::Int(y)) => lt_float_int(x, y),
        (Number::Float(x), Number::Float(y)) => x < y,
    }
}

/// `a <= b` for any two numbers.
pub fn num_le(a: Number, b: Number) -> bool {
    match (a, b) {
        (Number::Int(x), Number::Int(y)) => x <= y,
        (Number::Int(x), Number::Float(y)) => le_int_float(x, y),
        (Number::Float(x), Number::Int(y)) => le_float_int(x, y),
        (Number::Float(x), Number::Float(y)) => x <= y,
    }
}

/// `a == b` for any two numbers (an integer equals a float only if the float is that integer).
pub fn num_eq(a: Number, b: Number) -> bool {
    match (a, b) {
        (Number::Int(x), Number::Int(y)) => x == y,
        (Number::Float(x), Number::Float(y)) => x == y,
        (Number::Int(i), Number::Float(f)) | (Number::Float(f), Number::Int(i)) => {
            float_to_int(f, F2I::Exact) == Some(i)
        }
    }
}

/// The integer limit of an integer `for` loop with `step` (`forlimit`): floats are floored
/// (ceiled for a negative step) and clamped to the integer range. The flag is true when the
/// clamped limit means the loop must not run at all.
pub fn for_limit(limit: Number, step: i64) -> (i64, bool) {
    let mode = if step < 0 { F2I::Ceil } else { F2I::Floor };
    match limit {
        Number::Int(i) => (i, false),
        Number::Float(f) => match float_to_int(f, mode) {
            Some(i) => (i, false),
            None if f > 0.0 => (i64::MAX, step < 0),
            None => (i64::MIN, step >= 0),
        },
    }
}

#[cfg(test)]
mod tests;
