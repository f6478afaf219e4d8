//! The string library (core functions) and the string metatable.

use crate::error::{LuaError, LuaResult};
use crate::value::Value;
use crate::vm::Vm;

use super::{check_int, check_str, opt_int};

/// Registers `string` and the metatable shared by all strings.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    let t = super::new_lib(
        vm,
        "string",
        &[
            ("len", len),
            ("sub", sub),
            ("upper", upper),
            ("lower", lower),
            ("rep", rep),
            ("reverse", reverse),
            ("byte", byte),
            ("char", char),
        ],
    )?;
    let meta = vm.new_table()?;
    vm.set_field(meta, "__index", Value::Table(t))?;
    vm.string_meta = Some(meta);
    Ok(())
}

/// Lua's relative string position (`posrelat`).
fn posrelat(pos: i64, len: usize) -> i64 {
    if pos >= 0 {
        pos
    } else if (-pos) as u64 > len as u64 {
        0
    } else {
        len as i64 + pos + 1
    }
}

fn len(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    vm.push(Value::Int(s.len() as i64))?;
    Ok(1)
}

fn sub(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let l = s.len();
    let mut i = posrelat(check_int(vm, 1)?, l);
    let mut j = posrelat(opt_int(vm, 2, -1)?, l);
    if i < 1 {
        i = 1;
    }
    if j > l as i64 {
        j = l as i64;
    }
    let r = if i > j {
        vm.str("")?
    } else {
        vm.str(&s.as_bytes()[i as usize - 1..j as usize])?
    };
    vm.push(r)?;
    Ok(1)
}

fn upper(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let r = vm.str(s.as_bytes().to_ascii_uppercase())?;
    vm.push(r)?;
    Ok(1)
}

fn lower(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let r = vm.str(s.as_bytes().to_ascii_lowercase())?;
    vm.push(r)?;
    Ok(1)
}

fn rep(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let n = check_int(vm, 1)?;
    let sep = match vm.arg(2) {
        Value::Nil => Vec::new(),
        _ => check_str(vm, 2)?.as_bytes().to_vec(),
    };
    if n <= 0 {
        let e = vm.str("")?;
        vm.push(e)?;
        return Ok(1);
    }
    let total = (s.len() as u128 + sep.len() as u128) * n as u128;
    if total >= i32::MAX as u128 {
        return Err(LuaError::rt("resulting string too large"));
    }
    let mut out = Vec::with_capacity(total as usize);
    for k in 0..n {
        out.extend_from_slice(s.as_bytes());
        if k + 1 < n {
            out.extend_from_slice(&sep);
        }
    }
    let r = vm.str(out)?;
    vm.push(r)?;
    Ok(1)
}

fn reverse(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let mut b = s.as_bytes().to_vec();
    b.reverse();
    let r = vm.str(b)?;
    vm.push(r)?;
    Ok(1)
}

fn byte(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let l = s.len();
    let i = posrelat(opt_int(vm, 1, 1)?, l);
    let j = posrelat(
        if vm.arg(2).is_nil() {
            i
        } else {
            check_int(vm, 2)?
        },
        l,
    );
    let i = i.max(1);
    let j = j.min(l as i64);
    if i > j {
        return Ok(0);
    }
    for k in i..=j {
        vm.push(Value::Int(s.as_bytes()[k as usize - 1] as i64))?;
    }
    Ok((j - i + 1) as usize)
}

fn char(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let c = check_int(vm, i)?;
        if !(0..=255).contains(&c) {
            return Err(LuaError::arg(i + 1, "value out of range"));
        }
        out.push(c as u8);
    }
    let r = vm.str(out)?;
    vm.push(r)?;
    Ok(1)
}
