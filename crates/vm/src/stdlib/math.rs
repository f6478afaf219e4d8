//! The math library (lmathlib.c), plus the 5.3 compatibility functions (`pow`, `log10`, `atan2`,
//! `sinh`, `cosh`, `tanh`, `frexp`, `ldexp`).

use crate::error::{LuaError, LuaResult};
use crate::function::NativeFn;
use crate::lualib::math::{self as lm, Random};
use crate::lualib::number::Number;
use crate::userdata::UserData;
use crate::value::Value;
use crate::vm::Vm;

use super::{check_any, check_int, check_num, less_than, lib_err0};

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
        data: Box::new(Random::default()),
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

fn num_value(n: Number) -> Value {
    match n {
        Number::Int(i) => Value::Int(i),
        Number::Float(f) => Value::Float(f),
    }
}

fn floor(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = match vm.arg(0) {
        Value::Int(i) => Value::Int(i),
        _ => num_value(lm::floor(check_num(vm, 0)?)),
    };
    vm.push(v)?;
    Ok(1)
}

fn ceil(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = match vm.arg(0) {
        Value::Int(i) => Value::Int(i),
        _ => num_value(lm::ceil(check_num(vm, 0)?)),
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
        (Value::Int(a), Value::Int(b)) => Value::Int(lm::fmod_int(a, b).map_err(lib_err0)?),
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
    let (ip, frac) = lm::modf(check_num(vm, 0)?);
    vm.push(num_value(ip))?;
    vm.push(Value::Float(frac))?;
    Ok(2)
}

fn ult(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let a = check_int(vm, 0)?;
    let b = check_int(vm, 1)?;
    vm.push(Value::Bool((a as u64) < (b as u64)))?;
    Ok(1)
}

fn rng(vm: &Vm) -> LuaResult<&'static mut Random> {
    match vm.current_native_upvalue(0) {
        // SAFETY: the state is only touched by random/randomseed, one call at a time, and lives
        // in an upvalue of the running function.
        Value::UserData(u) => unsafe {
            u.get_mut()
                .data
                .downcast_mut::<Random>()
                .map(|x| &mut *(x as *mut Random))
        },
        _ => None,
    }
    .ok_or_else(|| LuaError::rt("random state missing"))
}

fn random(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let range = match n {
        0 => None,
        1 => Some((1, check_int(vm, 0)?)),
        2 => Some((check_int(vm, 0)?, check_int(vm, 1)?)),
        _ => return Err(LuaError::rt("wrong number of arguments")),
    };
    let v = match rng(vm)?.random(range).map_err(lib_err0)? {
        Number::Int(i) => Value::Int(i),
        Number::Float(f) => Value::Float(f),
    };
    vm.push(v)?;
    Ok(1)
}

fn randomseed(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let x = check_num(vm, 0)?;
    rng(vm)?.seed(x);
    Ok(0)
}
