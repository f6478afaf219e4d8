//! The math library (core functions; the lualib module will take over exact formatting rules).

use crate::error::{LuaError, LuaResult};
use crate::number::float_to_int;
use crate::value::Value;
use crate::vm::Vm;

use super::{check_any, check_int, check_num};

/// Registers `math`.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    let t = super::new_lib(
        vm,
        "math",
        &[
            ("floor", floor),
            ("ceil", ceil),
            ("abs", abs),
            ("sqrt", |vm, _| float1(vm, f64::sqrt)),
            ("sin", |vm, _| float1(vm, f64::sin)),
            ("cos", |vm, _| float1(vm, f64::cos)),
            ("tan", |vm, _| float1(vm, f64::tan)),
            ("exp", |vm, _| float1(vm, f64::exp)),
            ("log", log),
            ("max", max),
            ("min", min),
            ("type", type_),
            ("tointeger", tointeger),
            ("fmod", fmod),
        ],
    )?;
    vm.set_field(t, "pi", Value::Float(std::f64::consts::PI))?;
    vm.set_field(t, "huge", Value::Float(f64::INFINITY))?;
    vm.set_field(t, "maxinteger", Value::Int(i64::MAX))?;
    vm.set_field(t, "mininteger", Value::Int(i64::MIN))?;
    Ok(())
}

fn float1(vm: &mut Vm, f: fn(f64) -> f64) -> LuaResult<usize> {
    let x = check_num(vm, 0)?;
    vm.push(Value::Float(f(x)))?;
    Ok(1)
}

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

fn minmax(vm: &mut Vm, n: usize, want_max: bool) -> LuaResult<usize> {
    let fname = if want_max { "max" } else { "min" };
    if n == 0 {
        return Err(LuaError::arg(1, "number expected, got no value"));
    }
    let _ = fname;
    let mut best = vm.arg(0);
    check_num(vm, 0)?;
    for i in 1..n {
        check_num(vm, i)?;
        let v = vm.arg(i);
        let better = if want_max {
            num_lt(&best, &v)
        } else {
            num_lt(&v, &best)
        };
        if better {
            best = v;
        }
    }
    vm.push(best)?;
    Ok(1)
}

fn num_lt(a: &Value, b: &Value) -> bool {
    use crate::number::*;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x < y,
        (Value::Float(x), Value::Float(y)) => x < y,
        (Value::Int(x), Value::Float(y)) => int_lt_float(*x, *y),
        (Value::Float(x), Value::Int(y)) => float_lt_int(*x, *y),
        _ => false,
    }
}

fn max(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    minmax(vm, n, true)
}

fn min(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    minmax(vm, n, false)
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
    let r = match vm.arg(0) {
        Value::Int(i) => Value::Int(i),
        Value::Float(f) => float_to_int(f).map(Value::Int).unwrap_or(Value::Nil),
        _ => Value::Nil,
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
    let _ = check_int;
    vm.push(r)?;
    Ok(1)
}
