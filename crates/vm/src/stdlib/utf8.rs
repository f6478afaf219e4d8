//! The utf8 library (lutf8lib.c) over lualib's decoder.

use crate::error::LuaResult;
use crate::lualib::utf8 as u;
use crate::value::Value;
use crate::vm::Vm;

use super::{check_int, check_str, lib_err0, opt_int};

/// Registers `utf8`.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    let t = super::new_lib(
        vm,
        "utf8",
        &[
            ("utf8.char", char),
            ("utf8.codes", codes),
            ("utf8.codepoint", codepoint),
            ("utf8.len", len),
            ("utf8.offset", offset),
        ],
    )?;
    let pat = vm.str(u::CHARPATTERN)?;
    vm.set_field(t, "charpattern", pat)?;
    Ok(())
}

fn char(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let mut out = Vec::new();
    for i in 0..n {
        let c = check_int(vm, i)?;
        u::push_char(c, i + 1, &mut out).map_err(lib_err0)?;
    }
    let s = vm.str(out)?;
    vm.push(s)?;
    Ok(1)
}

fn codes_iter(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let control = crate::interp::to_integer(&vm.arg(1)).unwrap_or(0);
    match u::codes_next(s.as_bytes(), control).map_err(lib_err0)? {
        Some((pos, code)) => {
            vm.push(Value::Int(pos))?;
            vm.push(Value::Int(i64::from(code)))?;
            Ok(2)
        }
        None => Ok(0),
    }
}

fn codes(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let f = vm.native("?", codes_iter)?;
    vm.push(f)?;
    vm.push(Value::Str(s))?;
    vm.push(Value::Int(0))?;
    Ok(3)
}

fn codepoint(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let i = opt_int(vm, 1, 1)?;
    let j = if vm.arg(2).is_nil() {
        None
    } else {
        Some(check_int(vm, 2)?)
    };
    let cps = u::codepoint(s.as_bytes(), i, j).map_err(lib_err0)?;
    for &c in &cps {
        vm.push(Value::Int(i64::from(c)))?;
    }
    Ok(cps.len())
}

fn len(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let i = opt_int(vm, 1, 1)?;
    let j = opt_int(vm, 2, -1)?;
    match u::len(s.as_bytes(), i, j).map_err(lib_err0)? {
        u::Len::Count(n) => {
            vm.push(Value::Int(n))?;
            Ok(1)
        }
        u::Len::Invalid(pos) => {
            vm.push(Value::Nil)?;
            vm.push(Value::Int(pos))?;
            Ok(2)
        }
    }
}

fn offset(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let n = check_int(vm, 1)?;
    let i = if vm.arg(2).is_nil() {
        None
    } else {
        Some(check_int(vm, 2)?)
    };
    let r = u::offset(s.as_bytes(), n, i).map_err(lib_err0)?;
    vm.push(r.map(Value::Int).unwrap_or(Value::Nil))?;
    Ok(1)
}
