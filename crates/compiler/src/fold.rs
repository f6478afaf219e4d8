//! Constant folding of numeric operations with Lua 5.3's exact rules (lcode.c `constfolding` and
//! `validop`, lobject.c `luaO_arith`): never fold an operation that could raise an error, and never
//! produce a float result that is NaN or zero (so `-0.0` is never created at compile time).

/// A numeric constant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Num {
    /// An integer.
    Int(i64),
    /// A float.
    Flt(f64),
}

/// Arithmetic and bitwise operators that can be folded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ArithOp {
    Add,
    Sub,
    Mul,
    Mod,
    Pow,
    Div,
    IDiv,
    BAnd,
    BOr,
    BXor,
    Shl,
    Shr,
    Unm,
    BNot,
}

/// Folds `a op b` (`b` is ignored for unary operators), or `None` when Lua 5.3 would not fold.
pub(crate) fn fold(op: ArithOp, a: Num, b: Num) -> Option<Num> {
    if !valid(op, a, b) {
        return None;
    }
    match arith(op, a, b) {
        Num::Flt(n) if n.is_nan() || n == 0.0 => None,
        r => Some(r),
    }
}

/// `validop`: bitwise operations need integral operands, divisions a non-zero divisor.
fn valid(op: ArithOp, a: Num, b: Num) -> bool {
    use ArithOp::*;
    match op {
        BAnd | BOr | BXor | Shl | Shr | BNot => to_integer(a).is_some() && to_integer(b).is_some(),
        Div | IDiv | Mod => to_float(b) != 0.0,
        _ => true,
    }
}

/// Lua's float-to-integer conversion in exact mode: only integral floats in range convert.
pub(crate) fn to_integer(n: Num) -> Option<i64> {
    match n {
        Num::Int(i) => Some(i),
        Num::Flt(f) => float_to_integer(f),
    }
}

/// An integral float in `[-2^63, 2^63)` as an integer.
pub(crate) fn float_to_integer(f: f64) -> Option<i64> {
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    if f.floor() == f && (-TWO63..TWO63).contains(&f) {
        Some(f as i64)
    } else {
        None
    }
}

fn to_float(n: Num) -> f64 {
    match n {
        Num::Int(i) => i as f64,
        Num::Flt(f) => f,
    }
}

fn arith(op: ArithOp, a: Num, b: Num) -> Num {
    use ArithOp::*;
    match op {
        BAnd | BOr | BXor | Shl | Shr | BNot => {
            // `valid` guarantees both conversions succeed.
            let x = to_integer(a).unwrap_or(0);
            let y = to_integer(b).unwrap_or(0);
            Num::Int(match op {
                BAnd => x & y,
                BOr => x | y,
                BXor => x ^ y,
                Shl => shift_left(x, y),
                Shr => shift_left(x, y.wrapping_neg()),
                _ => !x,
            })
        }
        Div => Num::Flt(to_float(a) / to_float(b)),
        Pow => Num::Flt(float_pow(to_float(a), to_float(b))),
        _ => match (a, b) {
            (Num::Int(x), Num::Int(y)) => Num::Int(int_arith(op, x, y)),
            _ => Num::Flt(float_arith(op, to_float(a), to_float(b))),
        },
    }
}

/// `luaV_shiftl`: shifts of 64 or more bits give 0; negative counts shift the other way.
pub(crate) fn shift_left(x: i64, y: i64) -> i64 {
    if y < 0 {
        if y <= -64 {
            0
        } else {
            ((x as u64) >> (-y) as u32) as i64
        }
    } else if y >= 64 {
        0
    } else {
        ((x as u64) << y as u32) as i64
    }
}

fn int_arith(op: ArithOp, x: i64, y: i64) -> i64 {
    use ArithOp::*;
    match op {
        Add => x.wrapping_add(y),
        Sub => x.wrapping_sub(y),
        Mul => x.wrapping_mul(y),
        Mod => int_mod(x, y),
        IDiv => int_div(x, y),
        _ => 0i64.wrapping_sub(x), // Unm
    }
}

/// `luaV_mod` for a non-zero divisor.
fn int_mod(m: i64, n: i64) -> i64 {
    if n == -1 {
        return 0;
    }
    let r = m % n;
    if r != 0 && (r ^ n) < 0 {
        r + n
    } else {
        r
    }
}

/// `luaV_div` (floor division) for a non-zero divisor.
fn int_div(m: i64, n: i64) -> i64 {
    if n == -1 {
        return 0i64.wrapping_sub(m);
    }
    let q = m / n;
    if (m ^ n) < 0 && m % n != 0 {
        q - 1
    } else {
        q
    }
}

fn float_arith(op: ArithOp, a: f64, b: f64) -> f64 {
    use ArithOp::*;
    match op {
        Add => a + b,
        Sub => a - b,
        Mul => a * b,
        Mod => {
            let m = a % b;
            if m * b < 0.0 {
                m + b
            } else {
                m
            }
        }
        IDiv => (a / b).floor(),
        _ => -a, // Unm
    }
}

/// `luai_numpow`.
fn float_pow(a: f64, b: f64) -> f64 {
    if b == 2.0 {
        a * a
    } else {
        a.powf(b)
    }
}

#[cfg(test)]
mod tests {
    use super::ArithOp::*;
    use super::Num::*;
    use super::*;

    #[test]
    fn folds_integer_arithmetic_with_wraparound() {
        assert_eq!(fold(Add, Int(i64::MAX), Int(1)), Some(Int(i64::MIN)));
        assert_eq!(fold(IDiv, Int(i64::MIN), Int(-1)), Some(Int(i64::MIN)));
        assert_eq!(fold(Mod, Int(i64::MIN), Int(-1)), Some(Int(0)));
        assert_eq!(fold(IDiv, Int(-7), Int(2)), Some(Int(-4)));
        assert_eq!(fold(Mod, Int(-7), Int(2)), Some(Int(1)));
        assert_eq!(fold(Mod, Int(7), Int(-2)), Some(Int(-1)));
    }

    #[test]
    fn never_folds_what_would_raise() {
        assert_eq!(fold(IDiv, Int(1), Int(0)), None);
        assert_eq!(fold(Mod, Int(1), Int(0)), None);
        assert_eq!(fold(Div, Int(1), Int(0)), None);
        assert_eq!(fold(Mod, Flt(1.5), Flt(0.0)), None);
        assert_eq!(fold(BAnd, Flt(1.5), Int(1)), None);
        assert_eq!(fold(BNot, Flt(2.0), Int(0)), Some(Int(-3)));
    }

    #[test]
    fn never_folds_nan_or_float_zero() {
        assert_eq!(fold(Unm, Flt(0.0), Int(0)), None);
        assert_eq!(fold(Unm, Int(0), Int(0)), Some(Int(0)));
        assert_eq!(fold(Sub, Flt(1.0), Flt(1.0)), None);
        assert_eq!(fold(Mul, Flt(1e308), Flt(1e308)), Some(Flt(f64::INFINITY)));
        assert_eq!(fold(Sub, Flt(f64::INFINITY), Flt(f64::INFINITY)), None);
    }

    #[test]
    fn float_results() {
        assert_eq!(fold(Pow, Int(2), Int(63)), Some(Flt(9.223372036854776e18)));
        assert_eq!(fold(Div, Int(1), Int(2)), Some(Flt(0.5)));
        assert_eq!(fold(IDiv, Flt(7.0), Int(2)), Some(Flt(3.0)));
        assert_eq!(fold(Mod, Flt(-7.0), Int(2)), Some(Flt(1.0)));
    }

    #[test]
    fn shifts() {
        assert_eq!(fold(Shl, Int(1), Int(64)), Some(Int(0)));
        assert_eq!(fold(Shr, Int(-1), Int(60)), Some(Int(15)));
        assert_eq!(fold(Shl, Int(1), Int(-1)), Some(Int(0)));
        assert_eq!(fold(Shr, Int(1), Int(i64::MIN)), Some(Int(0)));
    }
}
