//! The os library (the parts needed by scripts before the full library lands).

use std::time::{SystemTime, UNIX_EPOCH};

use crate::error::LuaResult;
use crate::value::Value;
use crate::vm::Vm;

/// Registers `os`.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    super::new_lib(
        vm,
        "os",
        &[
            ("time", time),
            ("clock", clock),
            ("exit", exit),
            ("getenv", getenv),
        ],
    )?;
    Ok(())
}

fn time(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    vm.push(Value::Int(t))?;
    Ok(1)
}

fn clock(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let mut ts = libc_timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // CLOCK_PROCESS_CPUTIME_ID = 2 on Linux.
    unsafe { clock_gettime(2, &mut ts) };
    vm.push(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 / 1e9))?;
    Ok(1)
}

#[repr(C)]
struct libc_timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clk: i32, ts: *mut libc_timespec) -> i32;
}

fn exit(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    use std::io::Write;
    let code = match vm.arg(0) {
        Value::Nil | Value::Bool(true) => 0,
        Value::Bool(false) => 1,
        _ => super::check_int(vm, 0)? as i32,
    };
    let _ = std::io::stdout().flush();
    std::process::exit(code);
}

fn getenv(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let name = super::check_str(vm, 0)?;
    let v = match std::env::var_os(&*name.to_str_lossy()) {
        Some(v) => vm.str(v.to_string_lossy().as_bytes())?,
        None => Value::Nil,
    };
    vm.push(v)?;
    Ok(1)
}
