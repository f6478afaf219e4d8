//! Tests for number semantics: spot values from lua5.3, and exact integer/float comparisons
//! checked against an independent i128 reference.

use super::*;

#[test]
fn division_and_modulo_match_lua() {
    assert_eq!(
        idiv_int(1, 0).unwrap_err().to_string(),
        "attempt to divide by zero"
    );
    assert_eq!(
        mod_int(1, 0).unwrap_err().to_string(),
        "attempt to perform 'n%0'"
    );
    assert_eq!(idiv_int(i64::MIN, -1), Ok(i64::MIN));
    assert_eq!(mod_int(i64::MIN, -1), Ok(0));
    assert_eq!((idiv_int(7, -2), idiv_int(-7, 2)), (Ok(-4), Ok(-4)));
    assert_eq!((mod_int(-7, 2), mod_int(7, -2)), (Ok(1), Ok(-1)));
    assert_eq!(idiv_float(7.0, 0.0), f64::INFINITY);
    assert_eq!(idiv_float(-7.0, 0.0), f64::NEG_INFINITY);
    assert_eq!(mod_float(5e-324, -1e-10), 5e-324); // the product underflows: no adjustment in 5.3
    assert_eq!(mod_float(-5.5, 2.0), 0.5);
    assert_eq!(mod_float(5.5, -2.0), -0.5);
    assert_eq!(mod_float(5.5, f64::NEG_INFINITY), f64::NEG_INFINITY);
    assert_eq!(mod_float(-5.5, f64::INFINITY), f64::INFINITY);
    assert!(mod_float(0.0, -1.0).is_sign_positive() && mod_float(-0.0, 1.0).is_sign_negative());
    assert_eq!(mod_float(5.0, f64::INFINITY), 5.0);
    assert_eq!(
        (pow(2.0, 2.0), pow(0.0, 0.0), pow(f64::INFINITY, 0.0)),
        (4.0, 1.0, 1.0)
    );
}

#[test]
fn shifts_match_lua() {
    assert_eq!(shift_left(1, 63), i64::MIN);
    assert_eq!(shift_left(1, 64), 0);
    assert_eq!(shift_right(-1, 1), i64::MAX);
    assert_eq!(shift_right(-1, 63), 1);
    assert_eq!(shift_right(-1, 64), 0);
    assert_eq!(shift_left(1, -1), 0);
    assert_eq!(shift_right(2, -1), 4);
    assert_eq!(shift_left(-1, -64), 0);
    assert_eq!(shift_right(5, i64::MIN), 0);
}

/// `i` compared with `f` exactly, or `None` when `f` is NaN.
fn exact_cmp(i: i64, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f >= 9.3e18 {
        return Some(std::cmp::Ordering::Less);
    }
    if f <= -9.3e18 {
        return Some(std::cmp::Ordering::Greater);
    }
    let (fl, frac) = (f.floor(), f - f.floor());
    let ord = i128::from(i).cmp(&(fl as i128));
    Some(if ord == std::cmp::Ordering::Equal && frac > 0.0 {
        std::cmp::Ordering::Less
    } else {
        ord
    })
}

#[test]
fn mixed_comparisons_are_exact() {
    use std::cmp::Ordering::*;
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let specials = [
        0.0,
        -0.0,
        0.5,
        -0.5,
        9007199254740992.0,
        9007199254740994.0,
        -9007199254740992.0,
        9223372036854775808.0,
        -9223372036854775808.0,
        9223372036854774784.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        1e300,
        -1e300,
    ];
    for n in 0..200_000u64 {
        let i = match n % 4 {
            0 => next() as i64,
            1 => (next() % 2000) as i64 - 1000,
            2 => [
                i64::MIN,
                i64::MAX,
                1 << 53,
                (1 << 53) + 1,
                -(1 << 53) - 1,
                0,
            ][(next() % 6) as usize],
            _ => (next() >> (next() % 64)) as i64 * if next() & 1 == 0 { 1 } else { -1 },
        };
        let f = match n % 3 {
            0 => specials[(next() % specials.len() as u64) as usize],
            1 => i as f64 + [0.0, 0.5, -0.5, 1.0, -1.0][(next() % 5) as usize],
            _ => f64::from_bits(next()),
        };
        let ord = exact_cmp(i, f);
        assert_eq!(lt_int_float(i, f), ord == Some(Less), "{i} < {f:e}");
        assert_eq!(
            le_int_float(i, f),
            matches!(ord, Some(Less | Equal)),
            "{i} <= {f:e}"
        );
        assert_eq!(lt_float_int(f, i), ord == Some(Greater), "{f:e} < {i}");
        assert_eq!(
            le_float_int(f, i),
            matches!(ord, Some(Greater | Equal)),
            "{f:e} <= {i}"
        );
        assert_eq!(
            num_eq(Number::Int(i), Number::Float(f)),
            ord == Some(Equal),
            "{i} == {f:e}"
        );
    }
}

#[test]
fn lua_comparison_spot_checks() {
    let (min, max) = (Number::Int(i64::MIN), Number::Int(i64::MAX));
    let two63 = Number::Float(9223372036854775808.0);
    assert!(num_lt(Number::Float(f64::NEG_INFINITY), min));
    assert!(!num_lt(Number::Float(f64::NAN), min));
    assert!(num_le(Number::Float(-1e300), min));
    assert!(!num_lt(Number::Float(-9223372036854775808.0), min));
    assert!(num_le(Number::Float(-9223372036854775808.0), min));
    assert!(num_lt(max, two63) && !num_le(two63, max) && !num_eq(max, two63));
    assert!(num_eq(min, Number::Float(-9223372036854775808.0)));
    assert!(!num_le(Number::Float(f64::NAN), max) && !num_le(max, Number::Float(f64::NAN)));
}

#[test]
fn for_limits_match_lua() {
    assert_eq!(for_limit(Number::Float(3.5), 1), (3, false));
    assert_eq!(for_limit(Number::Float(0.5), -1), (1, false));
    assert_eq!(for_limit(Number::Float(-1e100), 1), (i64::MIN, true));
    assert_eq!(for_limit(Number::Float(f64::NAN), 1), (i64::MIN, true));
    assert_eq!(for_limit(Number::Float(f64::NAN), -1), (i64::MIN, false));
    assert_eq!(for_limit(Number::Float(1e100), 1), (i64::MAX, false));
    assert_eq!(for_limit(Number::Float(1e100), -1), (i64::MAX, true));
    assert_eq!(for_limit(Number::Float(-1e100), -1), (i64::MIN, false));
    assert_eq!(for_limit(Number::Int(7), -1), (7, false));
}
