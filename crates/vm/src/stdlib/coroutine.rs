//! The coroutine library.

use crate::error::{LuaError, LuaResult};
use crate::function::NativeKind;
use crate::thread::{CoStatus, Thread, FLAG_NATIVE_BOUNDARY};
use crate::value::Value;
use crate::vm::Vm;

use super::type_error;

/// Registers `coroutine`.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    let t = super::new_lib(
        vm,
        "coroutine",
        &[
            ("coroutine.create", create),
            ("coroutine.status", status),
            ("coroutine.wrap", wrap),
            ("coroutine.isyieldable", isyieldable),
            ("coroutine.running", running),
        ],
    )?;
    let resume = vm.native_kind("coroutine.resume", NativeKind::Resume, vec![])?;
    vm.set_field(t, "resume", resume)?;
    let yield_ = vm.native_kind("coroutine.yield", NativeKind::Yield, vec![])?;
    vm.set_field(t, "yield", yield_)?;
    Ok(())
}

fn create(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let f = vm.arg(0);
    if !f.is_function() {
        return Err(type_error(vm, 0, "function"));
    }
    let co = vm.heap.new_thread(Thread::new(f))?;
    vm.push(Value::Thread(co))?;
    Ok(1)
}

fn wrap(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    create(vm, n)?;
    let co = vm.arg(n);
    let f = vm.native_kind("wrap", NativeKind::Wrap, vec![co])?;
    vm.push(f)?;
    Ok(1)
}

fn status(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let Value::Thread(co) = vm.arg(0) else {
        return Err(LuaError::arg(1, "thread expected"));
    };
    let s = if co == vm.cur {
        "running"
    } else {
        match co.status {
            CoStatus::Suspended => {
                if co.frames.is_empty() && !co.stack.first().is_some_and(|f| f.is_function()) {
                    "dead"
                } else {
                    "suspended"
                }
            }
            CoStatus::Running => "running",
            CoStatus::Normal => "normal",
            CoStatus::Dead => "dead",
        }
    };
    let v = vm.str(s)?;
    vm.push(v)?;
    Ok(1)
}

fn isyieldable(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    // Not yieldable in the main coroutine or below a native function's nested call.
    let y = vm.cur != vm.main_thread
        && !vm
            .cur
            .frames
            .iter()
            .any(|f| f.flags & FLAG_NATIVE_BOUNDARY != 0);
    vm.push(Value::Bool(y))?;
    Ok(1)
}

fn running(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let cur = vm.cur;
    vm.push(Value::Thread(cur))?;
    vm.push(Value::Bool(cur == vm.main_thread))?;
    Ok(2)
}
