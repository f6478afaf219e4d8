//! The non-trivial parts of Lua 5.3's `math` library (lmathlib.c): `random`/`randomseed` with
//! glibc's `random()` generator (so sequences match PUC-Rio Lua on Linux, including the unseeded
//! start), and `fmod`, `modf`, `floor`, `ceil` with their integer/float result rules.

use super::number::{float_to_int, Number, F2I};
use super::LibError;
use std::convert::Infallible;

/// Errors of this module carry no VM error.
pub type MathError = LibError<Infallible>;

/// glibc's `random()` (TYPE_3: additive feedback, degree 31, separation 3), per Lua state.
#[derive(Debug, Clone)]
pub struct Random {
    state: [u32; 31],
    front: usize,
    rear: usize,
}

impl Default for Random {
    /// The generator as a fresh C program has it (`srandom(1)`), like an unseeded Lua.
    fn default() -> Self {
        Random::new(1)
    }
}

/// `RAND_MAX` of glibc (and `L_RANDMAX` of Lua 5.3 on POSIX).
const RAND_MAX: u32 = 2_147_483_647;

impl Random {
    /// `srandom(seed)`.
    pub fn new(seed: u32) -> Self {
        let mut state = [0u32; 31];
        let mut word = seed.max(1) as i32 as i64;
        state[0] = word as u32;
        for slot in state.iter_mut().skip(1) {
            let (hi, lo) = (word / 127_773, word % 127_773);
            word = 16_807 * lo - 2_836 * hi;
            if word < 0 {
                word += 2_147_483_647;
            }
            *slot = word as u32;
        }
        let mut r = Random {
            state,
            front: 3,
            rear: 0,
        };
        for _ in 0..310 {
            r.next_raw();
        }
        r
    }

    /// `random()`: the next value in `0..=RAND_MAX`.
    pub fn next_raw(&mut self) -> u32 {
        let val = self.state[self.front].wrapping_add(self.state[self.rear]);
        self.state[self.front] = val;
        self.front = (self.front + 1) % 31;
        self.rear = (self.rear + 1) % 31;
        val >> 1
    }

    /// `math.randomseed(x)`: Lua 5.3 casts `x` to an integer (C semantics on x86-64: values
    /// out of range, and NaN, become the minimum integer), truncates it to `unsigned int`, seeds,
    /// and discards one value.
    pub fn seed(&mut self, x: f64) {
        const LIMIT: f64 = 9_223_372_036_854_775_808.0; // 2^63
        let n = if x.is_nan() || !(-LIMIT..LIMIT).contains(&x) {
            i64::MIN
        } else {
            x as i64
        };
        *self = Random::new(n as u32);
        self.next_raw();
    }

    /// `math.random(...)`: `None` for no arguments (a float in [0, 1)), `Some((1, m))` for one,
    /// `Some((m, n))` for two; more arguments are "wrong number of arguments" in the caller.
    pub fn random(&mut self, range: Option<(i64, i64)>) -> Result<Number, MathError> {
        let r = f64::from(self.next_raw()) * (1.0 / (f64::from(RAND_MAX) + 1.0));
        let Some((low, up)) = range else {
            return Ok(Number::Float(r));
        };
        if low > up {
            return Err(LibError::bad_arg(1, "interval is empty"));
        }
        if low < 0 && up > i64::MAX + low {
            return Err(LibError::bad_arg(1, "interval too large"));
        }
        let r = r * ((up - low) as f64 + 1.0);
        Ok(Number::Int((r as i64).wrapping_add(low)))
    }
}

/// `math.fmod` of two integers (argument 2 zero is "bad argument #2 to 'fmod' (zero)").
pub fn fmod_int(a: i64, b: i64) -> Result<i64, MathError> {
    match b {
        0 => Err(LibError::bad_arg(2, "zero")),
        -1 => Ok(0),
        _ => Ok(a % b),
    }
}

/// A float result converted to an integer when it has an exact representation (`pushnumint`
/// after `floor`/`ceil`).
fn num_int(x: f64) -> Number {
    float_to_int(x, F2I::Exact).map_or(Number::Float(x), Number::Int)
}

/// `math.floor` of a float.
pub fn floor(x: f64) -> Number {
    num_int(x.floor())
}

/// `math.ceil` of a float.
pub fn ceil(x: f64) -> Number {
    num_int(x.ceil())
}

/// `math.modf` of a float: the integral part (an integer when representable) and the
/// fractional part (0.0 for infinities).
pub fn modf(x: f64) -> (Number, f64) {
    let ip = if x < 0.0 { x.ceil() } else { x.floor() };
    let frac = if x == ip { 0.0 } else { x - ip };
    (num_int(ip), frac)
}

#[cfg(test)]
mod tests;
