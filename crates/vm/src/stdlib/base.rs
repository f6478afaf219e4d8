//! The basic library (`print`, `pairs`, `setmetatable`, ...).

use std::io::Write;

use crate::error::{LuaError, LuaResult};
use crate::function::NativeKind;
use crate::lualib::number::{str2number, tonumber_base, Number};
use crate::meta::MetaMethod;
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
        ("select", select),
        ("collectgarbage", collectgarbage),
        ("load", load),
        ("dofile", dofile),
        ("loadfile", loadfile),
    ];
    for (name, f) in funcs {
        let fv = vm.native(name, *f)?;
        vm.set_field(g, name, fv)?;
    }
    let aux = vm.native("?", ipairs_aux)?;
    let ip = vm.native_with_upvals("ipairs", ipairs, vec![aux])?;
    vm.set_field(g, "ipairs", ip)?;
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
    let key = vm.str("tostring")?;
    let ts = vm.globals.get(&key);
    // Our own `tostring` is `vm.tostring`: call it directly, without a nested call.
    let builtin = matches!(ts, Value::NativeFn(nf) if nf.name == "tostring");
    let mut out = Vec::new();
    for i in 0..n {
        if i > 0 {
            out.push(b'\t');
        }
        let s = if builtin {
            vm.tostring(vm.arg(i))?
        } else {
            match vm.call(ts, &[vm.arg(i)])?.first() {
                Some(Value::Str(s)) => *s,
                Some(v @ (Value::Int(_) | Value::Float(_))) => {
                    vm.number_to_str(v)?.expect("number")
                }
                _ => return Err(LuaError::rt("'tostring' must return a string to 'print'")),
            }
        };
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

fn tonumber(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    if vm.arg(1).is_nil() {
        let v = check_any(vm, 0)?;
        let r = match v {
            Value::Int(_) | Value::Float(_) => v,
            Value::Str(s) => match str2number(s.as_bytes()) {
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
    let r = tonumber_base(s.as_bytes(), base as u32)
        .map(Value::Int)
        .unwrap_or(Value::Nil);
    vm.push(r)?;
    Ok(1)
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
    if vm.nargs() < 2 {
        return Err(LuaError::arg(2, "nil or table expected"));
    }
    let mt = match vm.arg(1) {
        Value::Nil => None,
        Value::Table(m) => Some(m),
        _ => return Err(LuaError::arg(2, "nil or table expected")),
    };
    if let Some(old) = t.meta {
        if !vm.names.lookup(&old, MetaMethod::Metatable).is_nil() {
            return Err(LuaError::rt("cannot change a protected metatable"));
        }
    }
    unsafe { t.get_mut().meta = mt };
    // 5.3: an object is marked for finalization only if its metatable has `__gc` now.
    if let Some(m) = mt {
        if !m.get_str(&vm.names.key(MetaMethod::Gc)).is_nil() {
            vm.heap.register_finalizer(t);
        }
    }
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
    // 5.3's assert calls `error(msg)`: string messages get the caller's position.
    let msg = if n >= 2 {
        vm.arg(1)
    } else {
        vm.str("assertion failed!")?
    };
    if let Value::Str(s) = msg {
        let mut text = vm.where_prefix(1).into_bytes();
        text.extend_from_slice(s.as_bytes());
        return Err(LuaError::Value(vm.str(text)?));
    }
    Err(LuaError::Value(msg))
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
    let key = vm.str("next")?;
    let nextf = vm.globals.get(&key);
    vm.push(nextf)?;
    vm.push(v)?;
    vm.push(Value::Nil)?;
    Ok(3)
}

fn ipairs_aux(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let i = check_int(vm, 1)?.wrapping_add(1);
    let v = super::table::geti(vm, vm.arg(0), i)?;
    vm.push(Value::Int(i))?;
    vm.push(v)?;
    Ok(if v.is_nil() { 1 } else { 2 })
}

fn ipairs(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = check_any(vm, 0)?;
    vm.push(vm.current_native_upvalue(0))?;
    vm.push(v)?;
    vm.push(Value::Int(0))?;
    Ok(3)
}

fn select(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    if let Value::Str(s) = vm.arg(0) {
        if s.as_bytes().first() == Some(&b'#') {
            vm.push(Value::Int(n as i64 - 1))?;
            return Ok(1);
        }
    }
    let n = n as i64;
    let mut i = check_int(vm, 0)?;
    if i < 0 {
        i = n.wrapping_add(i);
    } else if i > n {
        i = n;
    }
    if i < 1 {
        return Err(LuaError::arg(1, "index out of range"));
    }
    // The results are the last `n - i` arguments, already at the top.
    Ok((n - i) as usize)
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
            vm.run_finalizers()?;
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
    let mode = match super::opt_str(vm, 2)? {
        Some(m) => m.to_str_lossy().into_owned(),
        None => "bt".to_string(),
    };
    let env = if vm.nargs() >= 4 {
        Some(vm.arg(3))
    } else {
        None
    };
    let (source, name) = match chunk {
        Value::Str(_) | Value::Int(_) | Value::Float(_) => {
            let s = super::check_str(vm, 0)?;
            let name = match super::opt_str(vm, 1)? {
                Some(n) => n.to_str_lossy().into_owned(),
                None => s.to_str_lossy().into_owned(),
            };
            (s.as_bytes().to_vec(), name)
        }
        _ => {
            let name = match super::opt_str(vm, 1)? {
                Some(n) => n.to_str_lossy().into_owned(),
                None => "=(load)".to_string(),
            };
            if !chunk.is_function() {
                return Err(type_error(vm, 0, "function"));
            }
            let mut buf = Vec::new();
            loop {
                let piece = match vm.call(chunk, &[]) {
                    Ok(r) => r.first().copied().unwrap_or(Value::Nil),
                    Err(LuaError::Value(e)) => {
                        vm.push(Value::Nil)?;
                        vm.push(e)?;
                        return Ok(2);
                    }
                    Err(e) => return Err(e),
                };
                match piece {
                    Value::Nil => break,
                    Value::Str(s) if s.is_empty() => break,
                    Value::Str(s) => buf.extend_from_slice(s.as_bytes()),
                    v @ (Value::Int(_) | Value::Float(_)) => {
                        buf.extend_from_slice(vm.number_to_str(&v)?.expect("number").as_bytes())
                    }
                    _ => return super::push_fail(vm, "reader function must return a string"),
                }
            }
            (buf, name)
        }
    };
    load_chunk(vm, &source, &name, &mode, env)
}

/// Compiles `source` (checking `mode`) and pushes the function, or `nil, message`.
fn load_chunk(
    vm: &mut Vm,
    source: &[u8],
    name: &str,
    mode: &str,
    env: Option<Value>,
) -> LuaResult<usize> {
    let binary = source.first() == Some(&0x1b);
    let kind = if binary { "binary" } else { "text" };
    if !mode.contains(&kind[..1]) {
        return super::push_fail(
            vm,
            format!("attempt to load a {} chunk (mode is '{}')", kind, mode),
        );
    }
    if binary {
        return super::push_fail(
            vm,
            format!(
                "{}: bad binary format (precompiled chunks are not supported)",
                crate::chunk_id(name)
            ),
        );
    }
    match crate::load::compile_chunk(source, name) {
        Ok(proto) => {
            let env = env.unwrap_or(Value::Table(vm.globals));
            let f = vm.load_proto_env(proto, env)?;
            vm.push(f)?;
            Ok(1)
        }
        Err(msg) => super::push_fail(vm, msg),
    }
}

/// `luaL_loadfilex`: reads a file (or stdin for `None`), skipping a first `#` line.
pub(crate) fn load_file(
    vm: &mut Vm,
    fname: Option<&str>,
    mode: &str,
    env: Option<Value>,
) -> LuaResult<usize> {
    let (read, chunkname) = match fname {
        Some(f) => (std::fs::read(f), format!("@{}", f)),
        None => {
            let mut buf = Vec::new();
            (
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map(|_| buf),
                "=stdin".to_string(),
            )
        }
    };
    let source = match read {
        Ok(s) => s,
        Err(e) => {
            let what = if e.kind() == std::io::ErrorKind::IsADirectory {
                "read"
            } else {
                "open"
            };
            return super::push_fail(
                vm,
                format!(
                    "cannot {} {}: {}",
                    what,
                    &chunkname[1..],
                    super::sys::error_text(&e)
                ),
            );
        }
    };
    let source = crate::load::skip_shebang(&source);
    load_chunk(vm, &source, &chunkname, mode, env)
}

fn loadfile(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let fname = super::opt_str(vm, 0)?.map(|s| s.to_str_lossy().into_owned());
    let mode = match super::opt_str(vm, 1)? {
        Some(m) => m.to_str_lossy().into_owned(),
        None => "bt".to_string(),
    };
    let env = if vm.nargs() >= 3 {
        Some(vm.arg(2))
    } else {
        None
    };
    load_file(vm, fname.as_deref(), &mode, env)
}

fn dofile(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let fname = super::opt_str(vm, 0)?.map(|s| s.to_str_lossy().into_owned());
    let base = vm.top;
    if load_file(vm, fname.as_deref(), "bt", None)? != 1 {
        return Err(LuaError::Value(vm.arg(vm.nargs() - 1)));
    }
    let f = vm.cur.stack[base];
    let r = vm.call(f, &[])?;
    for v in &r {
        vm.push(*v)?;
    }
    Ok(r.len())
}
