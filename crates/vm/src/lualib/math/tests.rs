//! Tests for the math helpers. Expected values come from PUC-Rio lua5.3 on glibc.

use super::*;

fn ints(r: &mut Random, range: (i64, i64), n: usize) -> Vec<i64> {
    (0..n)
        .map(|_| match r.random(Some(range)).unwrap() {
            Number::Int(i) => i,
            Number::Float(x) => panic!("random(m, n) gave float {x}"),
        })
        .collect()
}

#[test]
fn unseeded_sequence_matches_lua() {
    let mut r = Random::default();
    let raw: Vec<u32> = (0..8).map(|_| r.next_raw()).collect();
    assert_eq!(
        raw,
        [
            1804289383, 846930886, 1681692777, 1714636915, 1957747793, 424238335, 719885386,
            1649760492
        ]
    );
    let mut r = Random::default();
    let floats: Vec<String> = (0..5)
        .map(|_| match r.random(None).unwrap() {
            Number::Float(x) => {
                let mut v = Vec::new();
                crate::lualib::printf::format_float(&mut v, &Default::default(), b'a', x);
                String::from_utf8(v).unwrap()
            }
            Number::Int(i) => panic!("random() gave integer {i}"),
        })
        .collect();
    assert_eq!(
        floats.join(" "),
        "0x1.ae2d159cp-1 0x1.93d91e3p-2 0x1.90f261a4p-1 0x1.98cd21ccp-1 0x1.d2c37144p-1"
    );
    assert_eq!(ints(&mut r, (1, 100), 5), [20, 34, 77, 28, 56]);
}

#[test]
fn seeded_sequences_match_lua() {
    let mut r = Random::default();
    r.seed(42.0);
    assert_eq!(ints(&mut r, (1, 6), 5), [2, 5, 3, 2, 2]);
    r.seed(123_456_789.0);
    assert_eq!(
        ints(&mut r, (0, 2_147_483_647), 4),
        [1639725855, 706684578, 1926601937, 71238646]
    );
    r.seed(-7.0);
    assert_eq!(
        ints(&mut r, (0, 2_147_483_647), 4),
        [188151887, 775240502, 507472549, 2011839943]
    );
    r.seed(-1.5);
    assert_eq!(ints(&mut r, (0, i64::MAX), 1), [5176244334021836800]);
    assert_eq!(ints(&mut r, (i64::MIN, -1), 1), [-7650865865612591104]);
    assert_eq!(ints(&mut r, (3, 3), 1), [3]);
    r.seed(2f64.powi(40) + 7.0);
    assert_eq!(ints(&mut r, (1, 1000), 1), [868]);
    for odd in [0.0, f64::NAN, 1e300] {
        r.seed(odd);
        assert_eq!(ints(&mut r, (1, 1000), 1), [395]);
    }
    r.seed(4_294_967_301.0);
    assert_eq!(ints(&mut r, (0, 2_147_483_647), 1), [99788765]);
}

#[test]
fn random_argument_errors_match_lua() {
    let mut r = Random::default();
    let err = |r: &mut Random, a, b| r.random(Some((a, b))).unwrap_err().message("random");
    assert_eq!(
        err(&mut r, 2, 1),
        "bad argument #1 to 'random' (interval is empty)"
    );
    assert_eq!(
        err(&mut r, 1, 0),
        "bad argument #1 to 'random' (interval is empty)"
    );
    assert_eq!(
        err(&mut r, i64::MIN, i64::MAX),
        "bad argument #1 to 'random' (interval too large)"
    );
    assert_eq!(
        err(&mut r, -1, i64::MAX),
        "bad argument #1 to 'random' (interval too large)"
    );
}

#[test]
fn fmod_modf_floor_ceil_match_lua() {
    assert_eq!(
        fmod_int(1, 0).unwrap_err().message("fmod"),
        "bad argument #2 to 'fmod' (zero)"
    );
    assert_eq!(fmod_int(-7, 3), Ok(-1));
    assert_eq!(fmod_int(7, -3), Ok(1));
    assert_eq!(fmod_int(i64::MIN, -1), Ok(0));
    assert_eq!(modf(3.7).0, Number::Int(3));
    assert_eq!(modf(-3.7).0, Number::Int(-3));
    assert_eq!(modf(-0.0).0, Number::Int(0));
    assert_eq!(modf(2f64.powi(70)), (Number::Float(2f64.powi(70)), 0.0));
    assert_eq!(modf(f64::INFINITY), (Number::Float(f64::INFINITY), 0.0));
    let (ip, frac) = modf(f64::NAN);
    assert!(matches!(ip, Number::Float(x) if x.is_nan()) && frac.is_nan());
    assert_eq!(floor(3.5), Number::Int(3));
    assert_eq!(floor(-0.0), Number::Int(0));
    assert_eq!(floor(2f64.powi(63)), Number::Float(2f64.powi(63)));
    assert_eq!(ceil(-0.5), Number::Int(0));
    assert_eq!(
        ceil(-2f64.powi(63) - 4096.0),
        Number::Float(-2f64.powi(63) - 4096.0)
    );
}
