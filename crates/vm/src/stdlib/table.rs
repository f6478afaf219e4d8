//! The table library (core functions).

use crate::error::{LuaError, LuaResult};
use crate::value::Value;
use crate::vm::Vm;

use super::{check_int, check_table, opt_int};

/// Registers `table`.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    let t = super::new_lib(
        vm,
        "table",
        &[
            ("insert", insert),
            ("remove", remove),
            ("concat", concat),
            ("unpack", unpack),
            ("pack", pack),
        ],
    )?;
    let key = vm.str("unpack")?;
    let unpack_fn = t.get(&key);
    let g = vm.globals;
    vm.set_field(g, "unpack", unpack_fn)?;
    Ok(())
}

fn insert(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let t = check_table(vm, 0)?;
    let e = t.border() + 1;
    match n {
        2 => {
            let v = vm.arg(1);
            vm.raw_set(t, Value::Int(e), v)?;
        }
        3 => {
            let pos = check_int(vm, 1)?;
            if pos < 1 || pos > e {
                return Err(LuaError::arg(2, "position out of bounds"));
            }
            let mut i = e;
            while i > pos {
                let v = t.get_int(i - 1);
                vm.raw_set(t, Value::Int(i), v)?;
                i -= 1;
            }
            vm.raw_set(t, Value::Int(pos), vm.arg(2))?;
        }
        _ => return Err(LuaError::rt("wrong number of arguments to 'insert'")),
    }
    Ok(0)
}

fn remove(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let t = check_table(vm, 0)?;
    let size = t.border();
    let mut pos = if n >= 2 { check_int(vm, 1)? } else { size };
    if n >= 2 && size + 1 != pos && (pos < 1 || pos > size + 1) {
        return Err(LuaError::arg(2, "position out of bounds"));
    }
    let v = t.get_int(pos);
    while pos < size {
        let next = t.get_int(pos + 1);
        vm.raw_set(t, Value::Int(pos), next)?;
        pos += 1;
    }
    if pos <= size || n < 2 {
        vm.raw_set(t, Value::Int(pos), Value::Nil)?;
    }
    vm.push(v)?;
    Ok(1)
}

fn concat(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let t = check_table(vm, 0)?;
    let sep = match vm.arg(1) {
        Value::Nil => Vec::new(),
        _ => super::check_str(vm, 1)?.as_bytes().to_vec(),
    };
    let i = opt_int(vm, 2, 1)?;
    let j = if vm.arg(3).is_nil() {
        t.border()
    } else {
        check_int(vm, 3)?
    };
    let mut out = Vec::new();
    let mut k = i;
    while k <= j {
        let v = t.get_int(k);
        match v {
            Value::Str(s) => out.extend_from_slice(s.as_bytes()),
            Value::Int(_) | Value::Float(_) => {
                out.extend_from_slice(vm.number_to_str(&v)?.expect("number").as_bytes())
            }
            _ => {
                return Err(LuaError::rt(format!(
                    "invalid value (at index {}) in table for 'concat'",
                    k
                )))
            }
        }
        if k < j {
            out.extend_from_slice(&sep);
        }
        if k == i64::MAX {
            break;
        }
        k += 1;
    }
    let s = vm.str(out)?;
    vm.push(s)?;
    Ok(1)
}

fn unpack(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let t = vm.arg(0);
    let i = opt_int(vm, 1, 1)?;
    let j = if vm.arg(2).is_nil() {
        match t {
            Value::Table(tt) => tt.border(),
            _ => return Err(super::type_error(vm, 0, "table")),
        }
    } else {
        check_int(vm, 2)?
    };
    if i > j {
        return Ok(0);
    }
    let count = (j as i128 - i as i128 + 1) as u128;
    if count >= 1_000_000 {
        return Err(LuaError::rt("too many results to unpack"));
    }
    for k in i..=j {
        let v = vm.index(t, Value::Int(k))?;
        vm.push(v)?;
    }
    Ok(count as usize)
}

fn pack(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let t = vm.new_table()?;
    for i in 0..n {
        vm.raw_set(t, Value::Int(i as i64 + 1), vm.arg(i))?;
    }
    vm.set_field(t, "n", Value::Int(n as i64))?;
    vm.push(Value::Table(t))?;
    Ok(1)
}
