//! Tests for the printf conversions: glibc's own `snprintf` (called through FFI, tests only) is
//! the oracle for many random values under every combination of flags, width and precision.

use super::*;
use std::ffi::{c_char, c_int, CString};

extern "C" {
    fn snprintf(buf: *mut c_char, n: usize, fmt: *const c_char, ...) -> c_int;
}

fn spec_text(spec: &Spec) -> String {
    let mut s = String::from("%");
    for (on, c) in [
        (spec.left, '-'),
        (spec.plus, '+'),
        (spec.space, ' '),
        (spec.alt, '#'),
        (spec.zero, '0'),
    ] {
        if on {
            s.push(c);
        }
    }
    if spec.width > 0 {
        s.push_str(&spec.width.to_string());
    }
    if let Some(p) = spec.precision {
        s.push_str(&format!(".{p}"));
    }
    s
}

fn c_format(fmt: &str, call: impl FnOnce(*mut c_char, *const c_char) -> c_int) -> Vec<u8> {
    let f = CString::new(fmt).unwrap();
    let mut buf = vec![0u8; 1024];
    let n = call(buf.as_mut_ptr().cast(), f.as_ptr());
    buf.truncate(n as usize);
    buf
}

fn c_float(spec: &Spec, conv: u8, x: f64) -> Vec<u8> {
    let fmt = format!("{}{}", spec_text(spec), conv as char);
    c_format(&fmt, |b, f| unsafe { snprintf(b, 1024, f, x) })
}

fn c_int_fmt(spec: &Spec, conv: u8, n: i64) -> Vec<u8> {
    let fmt = format!("{}ll{}", spec_text(spec), conv as char);
    c_format(&fmt, |b, f| unsafe { snprintf(b, 1024, f, n) })
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn specs(rng: &mut Rng) -> Spec {
    let r = rng.next();
    Spec {
        left: r & 1 != 0,
        plus: r & 2 != 0,
        space: r & 4 != 0,
        alt: r & 8 != 0,
        zero: r & 16 != 0,
        width: if r & 32 != 0 {
            ((r >> 8) % 40) as usize
        } else {
            0
        },
        precision: if r & 64 != 0 {
            Some(((r >> 16) % 30) as usize)
        } else {
            None
        },
    }
}

fn sample_float(rng: &mut Rng) -> f64 {
    let r = rng.next();
    match r % 6 {
        0 => f64::from_bits(rng.next()),
        1 => (rng.next() % 100_000) as f64 / 16.0,
        2 => (rng.next() % 1_000_000) as f64 * 10f64.powi((rng.next() % 60) as i32 - 30),
        3 => [
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            9.5,
            0.125,
            1e15,
            1e16,
            1e-5,
            1e-4,
            5e-324,
            f64::MAX,
        ][(r >> 8) as usize % 13],
        4 => [f64::INFINITY, f64::NEG_INFINITY, f64::NAN, -f64::NAN][(r >> 8) as usize % 4],
        _ => -((rng.next() % 1000) as f64 / 8.0),
    }
}

fn show(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn floats_match_glibc() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..15_000 {
        let x = sample_float(&mut rng);
        let spec = specs(&mut rng);
        for conv in *b"eEfFgGaA" {
            if conv.eq_ignore_ascii_case(&b'f')
                && x.abs() > 1e300
                && spec.precision.unwrap_or(6) > 20
            {
                continue; // beyond the oracle's buffer; covered by smaller values
            }
            let mut got = Vec::new();
            format_float(&mut got, &spec, conv, x);
            let want = c_float(&spec, conv, x);
            assert!(
                got == want,
                "{}{} of {x:e} ({:#x}): got {:?} want {:?}",
                spec_text(&spec),
                conv as char,
                x.to_bits(),
                show(&got),
                show(&want)
            );
        }
    }
}

#[test]
fn ints_match_glibc() {
    let mut rng = Rng(0x0123_4567_89AB_CDEF);
    for i in 0..40_000 {
        let n = match i % 4 {
            0 => rng.next() as i64,
            1 => (rng.next() % 2000) as i64 - 1000,
            2 => [0, 1, -1, i64::MIN, i64::MAX][(rng.next() % 5) as usize],
            _ => (rng.next() >> (rng.next() % 64)) as i64,
        };
        let spec = specs(&mut rng);
        for conv in *b"dioxXu" {
            let mut got = Vec::new();
            format_int(&mut got, &spec, conv, n);
            let want = c_int_fmt(&spec, conv, n);
            assert!(
                got == want,
                "{}{} of {n}: got {:?} want {:?}",
                spec_text(&spec),
                conv as char,
                show(&got),
                show(&want)
            );
        }
    }
}

#[test]
fn strings_and_chars_match_glibc() {
    let mut rng = Rng(42);
    for _ in 0..2000 {
        let spec = specs(&mut rng);
        let fmt = format!("{}s", spec_text(&spec));
        let arg = CString::new("hello").unwrap();
        let want = c_format(&fmt, |b, f| unsafe { snprintf(b, 1024, f, arg.as_ptr()) });
        let mut got = Vec::new();
        format_str(&mut got, &spec, b"hello");
        assert_eq!(show(&got), show(&want), "{fmt}");
        let spec = Spec {
            precision: None,
            ..spec
        };
        let fmt = format!("{}c", spec_text(&spec));
        let want = c_format(&fmt, |b, f| unsafe { snprintf(b, 1024, f, 65 as c_int) });
        let mut got = Vec::new();
        format_char(&mut got, &spec, b'A');
        assert_eq!(show(&got), show(&want), "{fmt}");
    }
}

#[test]
fn known_values() {
    let f = |conv: u8, spec: Spec, x: f64| {
        let mut v = Vec::new();
        format_float(&mut v, &spec, conv, x);
        show(&v)
    };
    let p = Spec::with_precision;
    assert_eq!(f(b'g', p(14), 0.1), "0.1");
    assert_eq!(f(b'g', p(14), 1e15), "1e+15");
    assert_eq!(f(b'g', p(14), 123456789012345.0), "1.2345678901234e+14");
    assert_eq!(f(b'a', Spec::default(), 1.5), "0x1.8p+0");
    assert_eq!(f(b'a', p(0), 1.5), "0x2p+0");
    assert_eq!(f(b'a', Spec::default(), 5e-324), "0x0.0000000000001p-1022");
    assert_eq!(f(b'f', p(0), 2.5), "2");
    assert_eq!(f(b'e', Spec::default(), -f64::NAN), "-nan");
}

#[test]
fn shortest_digit_shortcut_matches_glibc() {
    // %g and %e may use the shortest round-trip digits; check them on raw bit
    // patterns (subnormals included), short decimals and integers.
    let mut rng = Rng(0xDEAD_BEEF_1234_5678);
    for i in 0..6_000u64 {
        let x = match i % 3 {
            0 => f64::from_bits(rng.next()),
            1 => (rng.next() % 1_000_000) as f64 / 10f64.powi((rng.next() % 12) as i32),
            _ => f64::from_bits(rng.next() >> (rng.next() % 64)),
        };
        for p in [0usize, 1, 5, 6, 13, 14, 15, 16] {
            for conv in [b'g', b'e'] {
                let spec = Spec::with_precision(p);
                let mut got = Vec::new();
                format_float(&mut got, &spec, conv, x);
                let want = c_float(&spec, conv, x);
                assert!(
                    got == want,
                    "%.{p}{} of {:#x}: got {:?} want {:?}",
                    conv as char,
                    x.to_bits(),
                    show(&got),
                    show(&want)
                );
            }
        }
    }
}
