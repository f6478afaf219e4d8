//! The math library (lmathlib.c), plus the 5.3 compatibility functions (`pow`, `log10`, `atan2`,
//! `sinh`, `cosh`, `tanh`, `frexp`, `ldexp`).

use crate::error::{LuaError, LuaResult};
use crate::function::NativeFn;
use crate::number::float_to_int;
use crate::userdata::UserData;
use crate::value::Value;
use crate::vm::Vm;

use super::{check_any, check_int, check_num, less_than};

/// Registers `math`.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    let t = super::new_lib(
        vm,
        "math",
        &[
            ("math.floor", floor),
            ("math.ceil", ceil),
            ("math.abs", abs),
            ("math.sqrt", |vm, _| float1(vm, f64::sqrt)),
            ("math.sin", |vm, _| float1(vm, f64::sin)),
            ("math.cos", |vm, _| float1(vm, f64::cos)),
            ("math.tan", |vm, _| float1(vm, f64::tan)),
            ("math.asin", |vm, _| float1(vm, f64::asin)),
            ("math.acos", |vm, _| float1(vm, f64::acos)),
            ("math.atan", atan),
            ("math.exp", |vm, _| float1(vm, f64::exp)),
            ("math.deg", |vm, _| {
                float1(vm, |x| x * (180.0 / std::f64::consts::PI))
            }),
            ("math.rad", |vm, _| {
                float1(vm, |x| x * (std::f64::consts::PI / 180.0))
            }),
            ("math.log", log),
            ("math.max", |vm, n| minmax(vm, n, true)),
            ("math.min", |vm, n| minmax(vm, n, false)),
            ("math.type", type_),
            ("math.tointeger", tointeger),
            ("math.fmod", fmod),
            ("math.modf", modf),
            ("math.ult", ult),
            ("math.cosh", |vm, _| float1(vm, f64::cosh)),
            ("math.sinh", |vm, _| float1(vm, f64::sinh)),
            ("math.tanh", |vm, _| float1(vm, f64::tanh)),
            ("math.log10", |vm, _| float1(vm, f64::log10)),
            ("math.pow", pow),
            ("math.frexp", frexp),
            ("math.ldexp", ldexp),
        ],
    )?;
    let atan = t.get(&vm.str("atan")?);
    vm.set_field(t, "atan2", atan)?;
    vm.set_field(t, "pi", Value::Float(std::f64::consts::PI))?;
    vm.set_field(t, "huge", Value::Float(f64::INFINITY))?;
    vm.set_field(t, "maxinteger", Value::Int(i64::MAX))?;
    vm.set_field(t, "mininteger", Value::Int(i64::MIN))?;
    let state = vm.heap.new_userdata(UserData {
        data: Box::new(Xoshiro::seeded(0)),
        meta: None,
        user_value: Value::Nil,
    })?;
    for (name, f) in [
        ("math.random", random as NativeFn),
        ("math.randomseed", randomseed),
    ] {
        let fv = vm.native_with_upvals(name, f, vec![Value::UserData(state)])?;
        vm.set_field(t, &name[5..], fv)?;
    }
    Ok(())
}

fn float1(vm: &mut Vm, f: fn(f64) -> f64) -> LuaResult<usize> {
    let x = check_num(vm, 0)?;
    vm.push(Value::Float(f(x)))?;
    Ok(1)
}

/// `pushnumint`: an integral float that fits becomes an integer.
fn int_or_float(f: f64) -> Value {
    match float_to_int(f) {
        Some(i) => Value::Int(i),
        None => Value::Float(f),
    }
}

fn floor(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = match vm.arg(0) {
        Value::Int(i) => Value::Int(i),
        _ => int_or_float(check_num(vm, 0)?.floor()),
    };
    vm.push(v)?;
    Ok(1)
}

fn ceil(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = match vm.arg(0) {
        Value::Int(i) => Value::Int(i),
        _ => int_or_float(check_num(vm, 0)?.ceil()),
    };
    vm.push(v)?;
    Ok(1)
}

fn abs(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = match vm.arg(0) {
        Value::Int(i) => Value::Int(i.wrapping_abs()),
        _ => Value::Float(check_num(vm, 0)?.abs()),
    };
    vm.push(v)?;
    Ok(1)
}

fn atan(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let y = check_num(vm, 0)?;
    let x = if vm.arg(1).is_nil() {
        1.0
    } else {
        check_num(vm, 1)?
    };
    vm.push(Value::Float(y.atan2(x)))?;
    Ok(1)
}

fn log(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let x = check_num(vm, 0)?;
    let r = match vm.arg(1) {
        Value::Nil => x.ln(),
        _ => {
            let b = check_num(vm, 1)?;
            if b == 2.0 {
                x.log2()
            } else if b == 10.0 {
                x.log10()
            } else {
                x.ln() / b.ln()
            }
        }
    };
    vm.push(Value::Float(r))?;
    Ok(1)
}

fn pow(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let x = check_num(vm, 0)?;
    let y = check_num(vm, 1)?;
    vm.push(Value::Float(x.powf(y)))?;
    Ok(1)
}

fn frexp(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let x = check_num(vm, 0)?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64;
        if exp == 0 {
            // Subnormal: scale into the normal range first.
            let y = x * 2f64.powi(64);
            let e = ((y.to_bits() >> 52) & 0x7ff) as i64 - 1022 - 64;
            (
                f64::from_bits((y.to_bits() & !(0x7ff << 52)) | (1022 << 52)),
                e,
            )
        } else {
            (
                f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)),
                exp - 1022,
            )
        }
    };
    vm.push(Value::Float(m))?;
    vm.push(Value::Int(e))?;
    Ok(2)
}

fn ldexp(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let m = check_num(vm, 0)?;
    let e = check_int(vm, 1)?.clamp(-2200, 2200) as i32;
    // Two steps keep intermediate powers of two representable.
    let half = e / 2;
    vm.push(Value::Float(m * 2f64.powi(half) * 2f64.powi(e - half)))?;
    Ok(1)
}

fn minmax(vm: &mut Vm, n: usize, want_max: bool) -> LuaResult<usize> {
    if n == 0 {
        return Err(LuaError::arg(1, "value expected"));
    }
    let mut best = 0;
    for i in 1..n {
        let (a, b) = if want_max {
            (vm.arg(best), vm.arg(i))
        } else {
            (vm.arg(i), vm.arg(best))
        };
        if less_than(vm, a, b)? {
            best = i;
        }
    }
    vm.push(vm.arg(best))?;
    Ok(1)
}

fn type_(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = check_any(vm, 0)?;
    let r = match v {
        Value::Int(_) => vm.str("integer")?,
        Value::Float(_) => vm.str("float")?,
        _ => Value::Nil,
    };
    vm.push(r)?;
    Ok(1)
}

fn tointeger(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let r = match crate::interp::to_integer(&vm.arg(0)) {
        Some(i) => Value::Int(i),
        None => {
            check_any(vm, 0)?;
            Value::Nil
        }
    };
    vm.push(r)?;
    Ok(1)
}

fn fmod(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let r = match (vm.arg(0), vm.arg(1)) {
        (Value::Int(a), Value::Int(b)) => {
            if b == 0 {
                return Err(LuaError::arg(2, "zero"));
            }
            Value::Int(if b == -1 { 0 } else { a % b })
        }
        _ => {
            let a = check_num(vm, 0)?;
            let b = check_num(vm, 1)?;
            Value::Float(a % b)
        }
    };
    vm.push(r)?;
    Ok(1)
}

fn modf(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    if let Value::Int(i) = vm.arg(0) {
        vm.push(Value::Int(i))?;
        vm.push(Value::Float(0.0))?;
        return Ok(2);
    }
    let x = check_num(vm, 0)?;
    let ip = if x < 0.0 { x.ceil() } else { x.floor() };
    vm.push(int_or_float(ip))?;
    vm.push(Value::Float(if x == ip { 0.0 } else { x - ip }))?;
    Ok(2)
}

fn ult(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let a = check_int(vm, 0)?;
    let b = check_int(vm, 1)?;
    vm.push(Value::Bool((a as u64) < (b as u64)))?;
    Ok(1)
}

/// The generator state of one VM (xoshiro256**), kept in a userdata upvalue of `random`.
struct Xoshiro {
    s: [u64; 4],
}

impl Xoshiro {
    fn seeded(seed: u64) -> Xoshiro {
        // SplitMix64 expands the seed into four non-zero words.
        let mut x = seed;
        let mut next = || {
            x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        };
        Xoshiro {
            s: [next(), next(), next(), next()],
        }
    }

    fn next(&mut self) -> u64 {
        let s = &mut self.s;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }
}

fn rng(vm: &Vm) -> LuaResult<&'static mut Xoshiro> {
    match vm.current_native_upvalue(0) {
        // SAFETY: the state is only touched by random/randomseed, one call at a time.
        Value::UserData(u) => unsafe {
            u.get_mut()
                .data
                .downcast_mut::<Xoshiro>()
                .map(|x| &mut *(x as *mut Xoshiro))
        },
        _ => None,
    }
    .ok_or_else(|| LuaError::rt("random state missing"))
}

fn random(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let bits = rng(vm)?.next();
    let (low, up) = match n {
        0 => {
            vm.push(Value::Float(
                (bits >> 11) as f64 * (0.5 / (1u64 << 52) as f64),
            ))?;
            return Ok(1);
        }
        1 => (1, check_int(vm, 0)?),
        2 => (check_int(vm, 0)?, check_int(vm, 1)?),
        _ => return Err(LuaError::rt("wrong number of arguments")),
    };
    if low > up {
        return Err(LuaError::arg(1, "interval is empty"));
    }
    if !(low >= 0 || up <= i64::MAX.wrapping_add(low)) {
        return Err(LuaError::arg(1, "interval too large"));
    }
    let span = (up as u64).wrapping_sub(low as u64);
    // Uniform in [0, span] by rejection from the smallest covering bit mask.
    let mut x = bits;
    let r = if span == u64::MAX {
        x
    } else {
        let mask = u64::MAX >> (span | 1).leading_zeros();
        let rng = rng(vm)?;
        while x & mask > span {
            x = rng.next();
        }
        x & mask
    };
    vm.push(Value::Int((low as u64).wrapping_add(r) as i64))?;
    Ok(1)
}

fn randomseed(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let seed = match vm.arg(0) {
        Value::Int(i) => i as u64,
        _ => check_num(vm, 0)?.to_bits(),
    };
    *rng(vm)? = Xoshiro::seeded(seed);
    Ok(0)
}
