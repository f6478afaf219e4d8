//! The os library (loslib.c); dates and times come from lualib, host calls from [`super::sys`].

use crate::error::{LuaError, LuaResult};
use crate::gc::Gc;
use crate::lualib::strftime::{parse_date_format, strftime};
use crate::lualib::time::{broken_down, date_field, os_time, Field, Tm, DATE_FIELDS};
use crate::table::Table;
use crate::value::Value;
use crate::vm::Vm;

use super::{check_int, check_str, lib_err0, opt_str, sys};

/// Registers `os`.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    super::new_lib(
        vm,
        "os",
        &[
            ("os.clock", clock),
            ("os.date", date),
            ("os.difftime", difftime),
            ("os.execute", execute),
            ("os.exit", exit),
            ("os.getenv", getenv),
            ("os.remove", remove),
            ("os.rename", rename),
            ("os.setlocale", setlocale),
            ("os.time", time),
            ("os.tmpname", tmpname),
        ],
    )?;
    Ok(())
}

/// `luaL_fileresult`: `true`, or `nil, msg, errno` (msg prefixed by `fname` when given).
pub(crate) fn file_result(
    vm: &mut Vm,
    r: std::io::Result<()>,
    fname: Option<&str>,
) -> LuaResult<usize> {
    match r {
        Ok(()) => {
            vm.push(Value::Bool(true))?;
            Ok(1)
        }
        Err(e) => {
            let msg = match fname {
                Some(f) => format!("{}: {}", f, sys::error_text(&e)),
                None => sys::error_text(&e),
            };
            super::push_fail(vm, msg)?;
            vm.push(Value::Int(sys::errno(&e)))?;
            Ok(3)
        }
    }
}

/// `luaL_execresult`.
pub(crate) fn exec_result(
    vm: &mut Vm,
    r: std::io::Result<(&'static str, i64)>,
) -> LuaResult<usize> {
    match r {
        Ok((what, code)) => {
            vm.push(if what == "exit" && code == 0 {
                Value::Bool(true)
            } else {
                Value::Nil
            })?;
            let w = vm.str(what)?;
            vm.push(w)?;
            vm.push(Value::Int(code))?;
            Ok(3)
        }
        Err(e) => file_result(vm, Err(e), None),
    }
}

fn clock(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    vm.push(Value::Float(sys::cpu_clock()))?;
    Ok(1)
}

/// `l_checktime`.
fn check_time(vm: &Vm, i: usize) -> LuaResult<i64> {
    check_int(vm, i)
}

/// Stores the fields of `tm` into `t` (`setallfields`).
fn set_all_fields(vm: &mut Vm, t: Gc<Table>, tm: &Tm) -> LuaResult<()> {
    for (name, v) in tm.lua_fields() {
        vm.set_field(t, name, Value::Int(v))?;
    }
    if let Some(dst) = tm.lua_isdst() {
        vm.set_field(t, "isdst", Value::Bool(dst))?;
    }
    Ok(())
}

fn date(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let fmt = match opt_str(vm, 0)? {
        Some(s) => s.as_bytes().to_vec(),
        None => b"%c".to_vec(),
    };
    let t = if vm.arg(1).is_nil() {
        sys::now()
    } else {
        check_time(vm, 1)?
    };
    let spec = parse_date_format(&fmt);
    let tm = broken_down(t, spec.utc).map_err(lib_err0)?;
    if spec.table {
        let tbl = vm.new_table()?;
        set_all_fields(vm, tbl, &tm)?;
        vm.push(Value::Table(tbl))?;
    } else {
        let mut out = Vec::new();
        strftime(spec.format, &tm, &mut out).map_err(lib_err0)?;
        let s = vm.str(out)?;
        vm.push(s)?;
    }
    Ok(1)
}

fn time(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let tv = vm.arg(0);
    let Value::Table(tbl) = tv else {
        if tv.is_nil() {
            vm.push(Value::Int(sys::now()))?;
            return Ok(1);
        }
        return Err(super::type_error(vm, 0, "table"));
    };
    let mut values = [0i32; 6];
    for (slot, (key, default, delta)) in values.iter_mut().zip(DATE_FIELDS) {
        let k = vm.str(key)?;
        let v = vm.index(tv, k)?;
        let field = match crate::interp::to_integer(&v) {
            Some(i) if matches!(v, Value::Int(_) | Value::Float(_) | Value::Str(_)) => {
                Field::Int(i)
            }
            _ if v.is_nil() => Field::Absent,
            _ => Field::NotInteger,
        };
        *slot = date_field(key, field, default, delta).map_err(lib_err0)?;
    }
    let k = vm.str("isdst")?;
    let dst = vm.index(tv, k)?;
    let isdst = if dst.is_nil() {
        None
    } else {
        Some(dst.truthy())
    };
    let (t, tm) = os_time(values, isdst).map_err(lib_err0)?;
    set_all_fields(vm, tbl, &tm)?;
    vm.push(Value::Int(t))?;
    Ok(1)
}

fn difftime(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let a = check_time(vm, 0)?;
    let b = check_time(vm, 1)?;
    vm.push(Value::Float(a as f64 - b as f64))?;
    Ok(1)
}

fn execute(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    match opt_str(vm, 0)? {
        None => {
            vm.push(Value::Bool(true))?;
            Ok(1)
        }
        Some(cmd) => {
            let r = sys::execute(&cmd.to_str_lossy());
            exec_result(vm, r)
        }
    }
}

fn exit(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let code = match vm.arg(0) {
        Value::Nil | Value::Bool(true) => 0,
        Value::Bool(false) => 1,
        _ => check_int(vm, 0)? as i32,
    };
    sys::flush_stdout();
    std::process::exit(code);
}

fn getenv(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let name = check_str(vm, 0)?;
    let v = match sys::getenv(&name.to_str_lossy()) {
        Some(v) => vm.str(v)?,
        None => Value::Nil,
    };
    vm.push(v)?;
    Ok(1)
}

fn remove(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let name = check_str(vm, 0)?.to_str_lossy().into_owned();
    let r = sys::remove(&name);
    file_result(vm, r, Some(&name))
}

fn rename(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let from = check_str(vm, 0)?.to_str_lossy().into_owned();
    let to = check_str(vm, 1)?.to_str_lossy().into_owned();
    let r = sys::rename(&from, &to);
    file_result(vm, r, None)
}

fn setlocale(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let locale = opt_str(vm, 0)?;
    const CATEGORIES: [&str; 6] = ["all", "collate", "ctype", "monetary", "numeric", "time"];
    if let Some(cat) = opt_str(vm, 1)? {
        let c = cat.to_str_lossy();
        if !CATEGORIES.contains(&c.as_ref()) {
            return Err(LuaError::arg(2, format!("invalid option '{}'", c)));
        }
    }
    // Only the C locale exists here.
    let r = match locale {
        None => vm.str("C")?,
        Some(l) if matches!(l.as_bytes(), b"" | b"C" | b"POSIX") => vm.str("C")?,
        Some(_) => Value::Nil,
    };
    vm.push(r)?;
    Ok(1)
}

fn tmpname(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let name = sys::tmpname().map_err(|_| LuaError::rt("unable to generate a unique filename"))?;
    let s = vm.str(name)?;
    vm.push(s)?;
    Ok(1)
}
