//! The standard library bindings.

mod base;
mod coroutine;
pub(crate) mod debug;
mod io;
mod math;
mod os;
mod package;
mod string;
mod sys;
mod table;
mod utf8;

use crate::error::{LuaError, LuaResult};
use crate::function::NativeFn;
use crate::gc::{Gc, LuaStr};
use crate::lualib::LibError;
use crate::meta::MetaMethod;
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
    utf8::open(vm)?;
    debug::open(vm)?;
    package::open(vm)?;
    Ok(())
}

/// Creates a library table with `funcs`, stores it as global `name` and returns it. Functions are
/// given by qualified name (`"string.rep"`): the part after the dot is the field name, the whole
/// name is what error messages use when no call-site name exists (like PUC's `pushglobalfuncname`).
pub(crate) fn new_lib(
    vm: &mut Vm,
    name: &str,
    funcs: &[(&'static str, NativeFn)],
) -> LuaResult<Gc<Table>> {
    let t = vm.new_table()?;
    for (qualified, f) in funcs {
        let field = qualified.rsplit('.').next().unwrap_or(qualified);
        let fv = vm.native(qualified, *f)?;
        vm.set_field(t, field, fv)?;
    }
    let g = vm.globals;
    vm.set_field(g, name, Value::Table(t))?;
    Ok(t)
}

/// `luaL_typeerror`'s name of argument `i`: its `__name`, "light userdata", or its type.
fn arg_type_name(vm: &Vm, i: usize) -> String {
    if i >= vm.nargs() {
        return "no value".into();
    }
    let v = vm.arg(i);
    if let Value::Str(s) = vm.metamethod(&v, MetaMethod::Name) {
        return s.to_str_lossy().into_owned();
    }
    match v {
        Value::LightUserData(_) => "light userdata".into(),
        _ => v.type_name().into(),
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

/// `luaL_optinteger` for an optional string-or-number argument: `None` when absent or nil.
pub(crate) fn opt_str(vm: &mut Vm, i: usize) -> LuaResult<Option<LuaStr>> {
    if vm.arg(i).is_nil() {
        Ok(None)
    } else {
        check_str(vm, i).map(Some)
    }
}

/// Converts a lualib error whose accessor errors are already VM errors.
pub(crate) fn lib_err(e: LibError<LuaError>) -> LuaError {
    match e {
        LibError::Arg(e) => e,
        LibError::BadArgument { arg, msg } => LuaError::arg(arg, msg),
        LibError::Error(m) => LuaError::rt(m),
    }
}

/// Converts a lualib error of a function that reads no VM values.
pub(crate) fn lib_err0(e: LibError<std::convert::Infallible>) -> LuaError {
    match e {
        LibError::Arg(never) => match never {},
        LibError::BadArgument { arg, msg } => LuaError::arg(arg, msg),
        LibError::Error(m) => LuaError::rt(m),
    }
}

/// Pushes `nil, msg` (the usual failure pair) and returns 2.
pub(crate) fn push_fail(vm: &mut Vm, msg: impl AsRef<[u8]>) -> LuaResult<usize> {
    vm.push(Value::Nil)?;
    let m = vm.str(msg)?;
    vm.push(m)?;
    Ok(2)
}

/// Drops the top `n` values of the running native's stack.
pub(crate) fn pop(vm: &mut Vm, n: usize) {
    vm.top -= n;
}

/// An error message raised as is, without position (PUC's errors from inside C functions).
pub(crate) fn bare_error(vm: &mut Vm, e: LuaError) -> LuaError {
    match e {
        LuaError::Runtime(msg) => match vm.str(msg) {
            Ok(v) => LuaError::Value(v),
            Err(e) => e,
        },
        other => other,
    }
}

/// `lua_compare(a, b, LUA_OPLT)` from a native: `__lt` is called through a nested loop.
pub(crate) fn less_than(vm: &mut Vm, a: Value, b: Value) -> LuaResult<bool> {
    if let Some(r) = crate::interp::raw_less(&a, &b, false) {
        return Ok(r);
    }
    let f = match vm.metamethod(&a, MetaMethod::Lt) {
        Value::Nil => vm.metamethod(&b, MetaMethod::Lt),
        f => f,
    };
    if f.is_nil() {
        let e = vm.compare_error(&a, &b);
        return Err(bare_error(vm, e));
    }
    Ok(vm.call(f, &[a, b])?.first().is_some_and(|v| v.truthy()))
}

/// `luaL_len`: `#v` with `__len`; the result must be an integer.
pub(crate) fn obj_len(vm: &mut Vm, v: Value) -> LuaResult<i64> {
    let f = vm.metamethod(&v, MetaMethod::Len);
    let n = if !f.is_nil() {
        vm.call(f, &[v])?.first().copied().unwrap_or(Value::Nil)
    } else {
        match v {
            Value::Table(t) => return Ok(t.border()),
            Value::Str(s) => return Ok(s.len() as i64),
            _ => {
                let tn = vm.type_name_meta(&v);
                let e = LuaError::rt(format!("attempt to get length of a {} value", tn));
                return Err(bare_error(vm, e));
            }
        }
    };
    match n {
        Value::Int(i) => Ok(i),
        Value::Float(f) => crate::number::float_to_int(f)
            .ok_or_else(|| LuaError::rt("object length is not an integer")),
        _ => Err(LuaError::rt("object length is not an integer")),
    }
}

/// `lua_gettable` from a native: like [`Vm::index`], but its own errors carry no position (PUC
/// adds none when the running function is a C function).
pub(crate) fn index(vm: &mut Vm, t: Value, k: Value) -> LuaResult<Value> {
    match vm.index(t, k) {
        Ok(v) => Ok(v),
        Err(e) => Err(bare_error(vm, e)),
    }
}

/// `lua_settable` from a native (see [`index`]).
pub(crate) fn set_index(vm: &mut Vm, t: Value, k: Value, v: Value) -> LuaResult<()> {
    match vm.set(t, k, v) {
        Ok(()) => Ok(()),
        Err(e) => Err(bare_error(vm, e)),
    }
}

#[cfg(test)]
mod tests {
    use crate::value::Value;
    use crate::vm::Vm;

    /// Runs `src` and returns its first result as a string.
    fn eval(src: &str) -> String {
        let mut vm = Vm::new();
        let f = vm.load(src.as_bytes(), "=test").expect("compiles");
        let r = vm.call(f, &[]).expect("runs");
        match r.first() {
            Some(Value::Str(s)) => s.to_str_lossy().into_owned(),
            other => format!("{:?}", other),
        }
    }

    #[test]
    fn library_functions_report_qualified_names() {
        assert_eq!(
            eval("return select(2, pcall(string.rep))"),
            "bad argument #1 to 'string.rep' (string expected, got no value)"
        );
        assert_eq!(
            eval("return select(2, pcall(table.sort, {1, 'x'}))"),
            "attempt to compare string with number"
        );
    }

    #[test]
    fn sort_and_gsub_call_back_into_lua() {
        assert_eq!(
            eval("local t = {3, 1, 2} table.sort(t, function(a, b) return a > b end) return table.concat(t, ',')"),
            "3,2,1"
        );
        assert_eq!(
            eval("return (('abc'):gsub('%w', function(c) return c:upper() end))"),
            "ABC"
        );
    }
}
