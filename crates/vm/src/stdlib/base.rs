//! The basic library (`print`, `pairs`, `setmetatable`, ...).

use std::io::Write;

use crate::error::{LuaError, LuaResult};
use crate::function::NativeKind;
use crate::meta::MetaMethod;
use crate::number::{str_to_number, Number};
use crate::value::Value;
use crate::vm::Vm;

use super::{check_any, check_int, check_table, opt_int, type_error};

/// Registers the basic functions in the globals table.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    let g = vm.globals;
    let funcs: &[(&'static str, crate::function::NativeFn)] = &[
        ("print", print),
        ("type", type_),
        ("tostring", tostring),
        ("tonumber", tonumber),
        ("rawget", rawget),
        ("rawset", rawset),
        ("rawequal", rawequal),
        ("rawlen", rawlen),
        ("setmetatable", setmetatable),
        ("getmetatable", getmetatable),
        ("assert", assert),
        ("error", error),
        ("next", next),
        ("pairs", pairs),
        ("ipairs", ipairs),
        ("select", select),
        ("collectgarbage", collectgarbage),
        ("load", load),
        ("dofile", dofile),
    ];
    for (name, f) in funcs {
        let fv = vm.native(name, *f)?;
        vm.set_field(g, name, fv)?;
    }
    let pcall = vm.native_kind("pcall", NativeKind::Pcall, vec![])?;
    vm.set_field(g, "pcall", pcall)?;
    let xpcall = vm.native_kind("xpcall", NativeKind::Xpcall, vec![])?;
    vm.set_field(g, "xpcall", xpcall)?;
    vm.set_field(g, "_G", Value::Table(g))?;
    let ver = vm.str("Lua 5.3")?;
    vm.set_field(g, "_VERSION", ver)?;
    Ok(())
}

fn print(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let mut out = Vec::new();
    for i in 0..n {
        if i > 0 {
            out.push(b'\t');
        }
        let s = vm.tostring(vm.arg(i))?;
        out.extend_from_slice(s.as_bytes());
    }
    out.push(b'\n');
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    lock.write_all(&out)
        .map_err(|e| LuaError::rt(e.to_string()))?;
    Ok(0)
}

fn type_(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = check_any(vm, 0)?;
    let s = vm.str(v.type_name())?;
    vm.push(s)?;
    Ok(1)
}

fn tostring(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = check_any(vm, 0)?;
    let s = vm.tostring(v)?;
    vm.push(Value::Str(s))?;
    Ok(1)
}

fn tonumber(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    if n < 2 || vm.arg(1).is_nil() {
        let v = check_any(vm, 0)?;
        let r = match v {
            Value::Int(_) | Value::Float(_) => v,
            Value::Str(s) => match str_to_number(s.as_bytes()) {
                Some(Number::Int(i)) => Value::Int(i),
                Some(Number::Float(f)) => Value::Float(f),
                None => Value::Nil,
            },
            _ => Value::Nil,
        };
        vm.push(r)?;
        return Ok(1);
    }
    let base = check_int(vm, 1)?;
    let s = match vm.arg(0) {
        Value::Str(s) => s,
        _ => return Err(type_error(vm, 0, "string")),
    };
    if !(2..=36).contains(&base) {
        return Err(LuaError::arg(2, "base out of range"));
    }
    let r = parse_int_base(s.as_bytes(), base as u32)
        .map(Value::Int)
        .unwrap_or(Value::Nil);
    vm.push(r)?;
    Ok(1)
}

/// `tonumber(s, base)`: optional whitespace, optional '-', digits in `base`; wraps on overflow.
fn parse_int_base(s: &[u8], base: u32) -> Option<i64> {
    let is_space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let mut i = 0;
    while i < s.len() && is_space(&s[i]) {
        i += 1;
    }
    let neg = i < s.len() && s[i] == b'-';
    if neg {
        i += 1;
    }
    let start = i;
    let mut n: i64 = 0;
    while i < s.len() {
        let d = (s[i] as char).to_digit(36)?;
        if d >= base {
            return None;
        }
        n = n.wrapping_mul(base as i64).wrapping_add(d as i64);
        i += 1;
        if i < s.len() && is_space(&s[i]) {
            break;
        }
    }
    if i == start {
        return None;
    }
    while i < s.len() && is_space(&s[i]) {
        i += 1;
    }
    if i != s.len() {
        return None;
    }
    Some(if neg { n.wrapping_neg() } else { n })
}

fn rawget(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let t = check_table(vm, 0)?;
    check_any(vm, 1)?;
    let v = t.get(&vm.arg(1));
    vm.push(v)?;
    Ok(1)
}

fn rawset(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let t = check_table(vm, 0)?;
    check_any(vm, 1)?;
    check_any(vm, 2)?;
    vm.raw_set(t, vm.arg(1), vm.arg(2))?;
    vm.push(Value::Table(t))?;
    Ok(1)
}

fn rawequal(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let a = check_any(vm, 0)?;
    let b = check_any(vm, 1)?;
    vm.push(Value::Bool(a.raw_eq(&b)))?;
    Ok(1)
}

fn rawlen(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let n = match vm.arg(0) {
        Value::Table(t) => t.border(),
        Value::Str(s) => s.len() as i64,
        _ => return Err(LuaError::arg(1, "table or string expected")),
    };
    vm.push(Value::Int(n))?;
    Ok(1)
}

fn setmetatable(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let t = check_table(vm, 0)?;
    let mt = match vm.arg(1) {
        Value::Nil => None,
        Value::Table(m) => Some(m),
        _ => return Err(type_error(vm, 1, "nil or table")),
    };
    if let Some(old) = t.meta {
        if !vm.names.lookup(&old, MetaMethod::Metatable).is_nil() {
            return Err(LuaError::rt("cannot change a protected metatable"));
        }
    }
    unsafe { t.get_mut().meta = mt };
    vm.push(Value::Table(t))?;
    Ok(1)
}

fn getmetatable(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = check_any(vm, 0)?;
    let r = match vm.metatable(&v) {
        None => Value::Nil,
        Some(mt) => {
            let protected = vm.names.lookup(&mt, MetaMethod::Metatable);
            if protected.is_nil() {
                Value::Table(mt)
            } else {
                protected
            }
        }
    };
    vm.push(r)?;
    Ok(1)
}

fn assert(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let v = check_any(vm, 0)?;
    if v.truthy() {
        // Return all arguments.
        return Ok(n);
    }
    if n >= 2 {
        return Err(LuaError::Value(vm.arg(1)));
    }
    Err(LuaError::rt("assertion failed!"))
}

fn error(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = vm.arg(0);
    let level = opt_int(vm, 1, 1)?;
    if let (Value::Str(s), true) = (v, level > 0) {
        let mut text = vm.where_prefix(level as usize).into_bytes();
        text.extend_from_slice(s.as_bytes());
        return Err(LuaError::Value(vm.str(text)?));
    }
    Err(LuaError::Value(v))
}

fn next(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let t = check_table(vm, 0)?;
    match t.next(&vm.arg(1)) {
        Ok(Some((k, v))) => {
            vm.push(k)?;
            vm.push(v)?;
            Ok(2)
        }
        Ok(None) => {
            vm.push(Value::Nil)?;
            Ok(1)
        }
        Err(_) => Err(LuaError::rt("invalid key to 'next'")),
    }
}

fn pairs(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = check_any(vm, 0)?;
    let mm = vm.metamethod(&v, MetaMethod::Pairs);
    if !mm.is_nil() {
        let r = vm.call(mm, &[v])?;
        for i in 0..3 {
            vm.push(r.get(i).copied().unwrap_or(Value::Nil))?;
        }
        return Ok(3);
    }
    if !matches!(v, Value::Table(_)) {
        return Err(type_error(vm, 0, "table"));
    }
    let key = vm.str("next")?;
    let nextf = vm.globals.get(&key);
    vm.push(nextf)?;
    vm.push(v)?;
    vm.push(Value::Nil)?;
    Ok(3)
}

fn ipairs_aux(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let i = check_int(vm, 1)?.wrapping_add(1);
    let t = vm.arg(0);
    let v = match t {
        Value::Table(tt) if tt.meta.is_none() => tt.get_int(i),
        _ => vm.index(t, Value::Int(i))?,
    };
    if v.is_nil() {
        vm.push(Value::Nil)?;
        return Ok(1);
    }
    vm.push(Value::Int(i))?;
    vm.push(v)?;
    Ok(2)
}

fn ipairs(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = check_any(vm, 0)?;
    let f = vm.native("ipairs_aux", ipairs_aux)?;
    vm.push(f)?;
    vm.push(v)?;
    vm.push(Value::Int(0))?;
    Ok(3)
}

fn select(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    if let Value::Str(s) = vm.arg(0) {
        if s.as_bytes() == b"#" {
            vm.push(Value::Int(n as i64 - 1))?;
            return Ok(1);
        }
    }
    let i = check_int(vm, 0)?;
    let count = n as i64 - 1;
    let start = if i < 0 {
        if -i > count {
            return Err(LuaError::arg(1, "index out of range"));
        }
        count + i
    } else if i == 0 {
        return Err(LuaError::arg(1, "index out of range"));
    } else {
        (i - 1).min(count)
    };
    // Results are the arguments after `start`: they already sit at the top.
    Ok((count - start) as usize)
}

fn collectgarbage(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let opt = match vm.arg(0) {
        Value::Nil => "collect".to_string(),
        Value::Str(s) => s.to_str_lossy().into_owned(),
        _ => return Err(type_error(vm, 0, "string")),
    };
    let r = match opt.as_str() {
        "collect" => {
            vm.collect_garbage();
            Value::Int(0)
        }
        "count" => {
            let b = vm.heap.allocated();
            vm.push(Value::Float(b as f64 / 1024.0))?;
            return Ok(1);
        }
        "step" => {
            vm.collect_garbage();
            Value::Bool(true)
        }
        "stop" => {
            vm.heap.running = false;
            Value::Int(0)
        }
        "restart" => {
            vm.heap.running = true;
            Value::Int(0)
        }
        "isrunning" => Value::Bool(vm.heap.running),
        "setpause" => {
            let old = vm.heap.pause;
            vm.heap.pause = opt_int(vm, 1, 0)? as u32;
            Value::Int(old as i64)
        }
        "setstepmul" => {
            let old = vm.heap.stepmul;
            vm.heap.stepmul = opt_int(vm, 1, 0)? as u32;
            Value::Int(old as i64)
        }
        other => return Err(LuaError::arg(1, format!("invalid option '{}'", other))),
    };
    vm.push(r)?;
    Ok(1)
}

fn load(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let chunk = vm.arg(0);
    let source: Vec<u8> = match chunk {
        Value::Str(s) => s.as_bytes().to_vec(),
        f if f.is_function() => {
            let mut buf = Vec::new();
            loop {
                let r = vm.call(f, &[])?;
                match r.first() {
                    None | Some(Value::Nil) => break,
                    Some(Value::Str(s)) if s.is_empty() => break,
                    Some(Value::Str(s)) => buf.extend_from_slice(s.as_bytes()),
                    Some(_) => {
                        vm.push(Value::Nil)?;
                        let m = vm.str("reader function must return a string")?;
                        vm.push(m)?;
                        return Ok(2);
                    }
                }
            }
            buf
        }
        _ => return Err(type_error(vm, 0, "string")),
    };
    let name = match vm.arg(1) {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        _ => match chunk {
            Value::Str(s) => s.to_str_lossy().into_owned(),
            _ => "=(load)".to_string(),
        },
    };
    if source.first() == Some(&0x1b) {
        vm.push(Value::Nil)?;
        let m = vm.str(format!(
            "{}: attempt to load a binary chunk (mode is 't')",
            name
        ))?;
        vm.push(m)?;
        return Ok(2);
    }
    match crate::load::compile_chunk(&source, &name) {
        Ok(proto) => {
            let env = if vm.nargs() >= 4 {
                vm.arg(3)
            } else {
                Value::Table(vm.globals)
            };
            let f = vm.load_proto_env(proto, env)?;
            vm.push(f)?;
            Ok(1)
        }
        Err(msg) => {
            vm.push(Value::Nil)?;
            let m = vm.str(msg)?;
            vm.push(m)?;
            Ok(2)
        }
    }
}

fn dofile(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let name = match vm.arg(0) {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        _ => return Err(type_error(vm, 0, "string")),
    };
    let source =
        std::fs::read(&name).map_err(|e| LuaError::rt(format!("cannot open {}: {}", name, e)))?;
    let f = match crate::load::compile_chunk(&source, &format!("@{}", name)) {
        Ok(p) => vm.load_proto(p)?,
        Err(msg) => return Err(LuaError::Value(vm.str(msg)?)),
    };
    let r = vm.call(f, &[])?;
    for v in &r {
        vm.push(*v)?;
    }
    Ok(r.len())
}
