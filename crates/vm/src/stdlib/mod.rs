//! The standard library bindings.

mod base;
mod coroutine;
mod io;
mod math;
mod os;
mod string;
mod table;

use crate::error::{LuaError, LuaResult};
use crate::function::NativeFn;
use crate::gc::{Gc, LuaStr};
use crate::table::Table;
use crate::value::Value;
use crate::vm::Vm;

/// Opens every library into the globals table.
pub fn open_all(vm: &mut Vm) -> LuaResult<()> {
    base::open(vm)?;
    string::open(vm)?;
    table::open(vm)?;
    math::open(vm)?;
    coroutine::open(vm)?;
    os::open(vm)?;
    io::open(vm)?;
    Ok(())
}

/// Creates a library table with `funcs`, stores it as global `name` and returns it.
pub(crate) fn new_lib(
    vm: &mut Vm,
    name: &str,
    funcs: &[(&'static str, NativeFn)],
) -> LuaResult<Gc<Table>> {
    let t = vm.new_table()?;
    for (fname, f) in funcs {
        let fv = vm.native(fname, *f)?;
        vm.set_field(t, fname, fv)?;
    }
    let g = vm.globals;
    vm.set_field(g, name, Value::Table(t))?;
    Ok(t)
}

/// `luaL_typename`-style name of argument `i` for error messages.
fn arg_type_name(vm: &Vm, i: usize) -> &'static str {
    if i >= vm.nargs() {
        "no value"
    } else {
        vm.arg(i).type_name()
    }
}

/// `bad argument #i (T expected, got U)`.
pub(crate) fn type_error(vm: &Vm, i: usize, expected: &str) -> LuaError {
    LuaError::arg(
        i + 1,
        format!("{} expected, got {}", expected, arg_type_name(vm, i)),
    )
}

/// `luaL_checkinteger`.
pub(crate) fn check_int(vm: &Vm, i: usize) -> LuaResult<i64> {
    let v = vm.arg(i);
    match v {
        Value::Int(n) => Ok(n),
        _ => match crate::interp::to_integer(&v) {
            Some(n) => Ok(n),
            None => {
                if vm.to_number(&v).is_some() {
                    Err(LuaError::arg(i + 1, "number has no integer representation"))
                } else {
                    Err(type_error(vm, i, "number"))
                }
            }
        },
    }
}

/// `luaL_optinteger`.
pub(crate) fn opt_int(vm: &Vm, i: usize, default: i64) -> LuaResult<i64> {
    if vm.arg(i).is_nil() {
        Ok(default)
    } else {
        check_int(vm, i)
    }
}

/// `luaL_checknumber` as f64.
pub(crate) fn check_num(vm: &Vm, i: usize) -> LuaResult<f64> {
    match vm.arg(i) {
        Value::Float(f) => Ok(f),
        Value::Int(n) => Ok(n as f64),
        v => match vm.to_number(&v) {
            Some(crate::number::Number::Int(n)) => Ok(n as f64),
            Some(crate::number::Number::Float(f)) => Ok(f),
            None => Err(type_error(vm, i, "number")),
        },
    }
}

/// `luaL_checklstring` (numbers are converted).
pub(crate) fn check_str(vm: &mut Vm, i: usize) -> LuaResult<LuaStr> {
    match vm.arg(i) {
        Value::Str(s) => Ok(s),
        v @ (Value::Int(_) | Value::Float(_)) => Ok(vm.number_to_str(&v)?.expect("number")),
        _ => Err(type_error(vm, i, "string")),
    }
}

/// `luaL_checktype(L, i, LUA_TTABLE)`.
pub(crate) fn check_table(vm: &Vm, i: usize) -> LuaResult<Gc<Table>> {
    match vm.arg(i) {
        Value::Table(t) => Ok(t),
        _ => Err(type_error(vm, i, "table")),
    }
}

/// `luaL_checkany`.
pub(crate) fn check_any(vm: &Vm, i: usize) -> LuaResult<Value> {
    if i >= vm.nargs() {
        Err(LuaError::arg(i + 1, "value expected"))
    } else {
        Ok(vm.arg(i))
    }
}
