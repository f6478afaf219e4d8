//! The debug library (ldblib.c) over read access to the coroutine frame stacks.
//!
//! Hooks are recorded by `sethook` and reported by `gethook`, but never called: line, count,
//! call and return hooks need support in the interpreter loop.

use std::io::BufRead;

use crate::error::{LuaError, LuaResult};
use crate::gc::Gc;
use crate::thread::{Frame, FrameKind, Thread, FLAG_TAIL};
use crate::value::Value;
use crate::vm::Vm;

use super::{check_int, check_str, opt_str, type_error};

/// Registers `debug`.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    super::new_lib(
        vm,
        "debug",
        &[
            ("debug.debug", debug),
            ("debug.gethook", gethook),
            ("debug.getinfo", getinfo),
            ("debug.getlocal", getlocal),
            ("debug.getmetatable", getmetatable),
            ("debug.getregistry", getregistry),
            ("debug.getupvalue", getupvalue),
            ("debug.getuservalue", getuservalue),
            ("debug.sethook", sethook),
            ("debug.setlocal", setlocal),
            ("debug.setmetatable", setmetatable),
            ("debug.setupvalue", setupvalue),
            ("debug.setuservalue", setuservalue),
            ("debug.traceback", traceback),
            ("debug.upvalueid", upvalueid),
            ("debug.upvaluejoin", upvaluejoin),
        ],
    )?;
    Ok(())
}

/// `getthread`: an optional coroutine first argument; returns it and the index of the next one.
fn get_thread(vm: &Vm) -> (Gc<Thread>, usize) {
    match vm.arg(0) {
        Value::Thread(t) => (t, 1),
        _ => (vm.cur, 0),
    }
}

/// The frame at `level` of `th` (0 = innermost); for the running coroutine level 0 is this native.
fn frame_at(th: Gc<Thread>, level: i64) -> Option<(usize, Frame)> {
    let n = th.frames.len() as i64;
    if level < 0 || level >= n {
        return None;
    }
    let idx = (n - 1 - level) as usize;
    Some((idx, th.frames[idx]))
}

/// The running line of a Lua frame (-1 for natives).
fn current_line(f: &Frame) -> i64 {
    match (f.kind, f.closure) {
        (FrameKind::Lua, Some(cl)) => {
            let p = &cl.inst.proto;
            let idx = (f.pc as usize).saturating_sub(1);
            p.line_info.get(idx).map(|&l| i64::from(l)).unwrap_or(-1)
        }
        _ => -1,
    }
}

/// `pushglobalfuncname`: "name" or "lib.name" when `f` is a field of a loaded module.
fn global_func_name(vm: &mut Vm, f: Value) -> Option<String> {
    let k = vm.str("_LOADED").ok()?;
    let Value::Table(loaded) = vm.registry.get(&k) else {
        return None;
    };
    let mut key = Value::Nil;
    while let Ok(Some((modname, m))) = loaded.next(&key) {
        key = modname;
        let (Value::Str(mn), Value::Table(mt)) = (modname, m) else {
            continue;
        };
        let mut k2 = Value::Nil;
        while let Ok(Some((fname, v))) = mt.next(&k2) {
            k2 = fname;
            if let (Value::Str(fnm), true) = (fname, v.raw_eq(&f)) {
                let (mn, fnm) = (mn.to_str_lossy(), fnm.to_str_lossy());
                return Some(if mn == "_G" {
                    fnm.into_owned()
                } else {
                    format!("{}.{}", mn, fnm)
                });
            }
        }
    }
    None
}

/// How frame `idx` of `th` was called: (namewhat, name) from its caller's code.
fn frame_name(vm: &Vm, th: Gc<Thread>, idx: usize) -> Option<(&'static str, String)> {
    let f = th.frames[idx];
    if f.flags & FLAG_TAIL != 0 || idx == 0 {
        return None;
    }
    vm.call_site_name(&th.frames[idx - 1])
}

/// One traceback line's description of a function (`pushfuncname`).
fn func_description(vm: &mut Vm, th: Gc<Thread>, idx: usize) -> String {
    let f = th.frames[idx];
    let func = th.stack[f.func as usize];
    if let Some(g) = global_func_name(vm, func) {
        return format!("function '{}'", g);
    }
    if let Some((what, name)) = frame_name(vm, th, idx) {
        return format!("{} '{}'", what, name);
    }
    match f.closure {
        Some(cl) if cl.inst.proto.line_defined == 0 => "main chunk".into(),
        Some(cl) => format!(
            "function <{}:{}>",
            crate::chunk_id(&cl.inst.proto.source),
            cl.inst.proto.line_defined
        ),
        None => "?".into(),
    }
}

/// `luaL_traceback` of `th` starting at `level`.
pub(crate) fn build_traceback(
    vm: &mut Vm,
    th: Gc<Thread>,
    msg: Option<&[u8]>,
    level: i64,
) -> Vec<u8> {
    let mut out = Vec::new();
    if let Some(m) = msg {
        out.extend_from_slice(m);
        out.push(b'\n');
    }
    out.extend_from_slice(b"stack traceback:");
    let n = th.frames.len() as i64;
    // Level `n` is the host's entry point, shown like lua.c's C caller.
    let levels: Vec<i64> = (level.max(0)..=n).collect();
    let skip = if levels.len() > 22 {
        Some((10, levels.len() - 11))
    } else {
        None
    };
    for (k, &lv) in levels.iter().enumerate() {
        if let Some((from, to)) = skip {
            if k == from {
                out.extend_from_slice(b"\n\t...");
            }
            if k >= from && k < to {
                continue;
            }
        }
        let Some((idx, f)) = frame_at(th, lv) else {
            out.extend_from_slice(b"\n\t[C]: in ?");
            break;
        };
        let src = match f.closure {
            Some(cl) => crate::chunk_id(&cl.inst.proto.source),
            None => "[C]".into(),
        };
        let line = current_line(&f);
        let desc = func_description(vm, th, idx);
        let text = if line > 0 {
            format!("\n\t{}:{}: in {}", src, line, desc)
        } else {
            format!("\n\t{}: in {}", src, desc)
        };
        out.extend_from_slice(text.as_bytes());
        if f.flags & FLAG_TAIL != 0 {
            out.extend_from_slice(b"\n\t(...tail calls...)");
        }
    }
    out
}

fn traceback(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let (th, a) = get_thread(vm);
    let msg = vm.arg(a);
    if !msg.is_nil() && !matches!(msg, Value::Str(_) | Value::Int(_) | Value::Float(_)) {
        vm.push(msg)?;
        return Ok(1);
    }
    let text = if msg.is_nil() {
        None
    } else {
        Some(check_str(vm, a)?.as_bytes().to_vec())
    };
    let default_level = if th == vm.cur { 1 } else { 0 };
    let level = if vm.arg(a + 1).is_nil() {
        default_level
    } else {
        check_int(vm, a + 1)?
    };
    let tb = build_traceback(vm, th, text.as_deref(), level);
    let s = vm.str(tb)?;
    vm.push(s)?;
    Ok(1)
}

fn getinfo(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let (th, a) = get_thread(vm);
    let what = match opt_str(vm, a + 1)? {
        Some(s) => s.to_str_lossy().into_owned(),
        None => "flnStu".to_string(),
    };
    if what.starts_with('>') || what.chars().any(|c| !"SlnutfL".contains(c)) {
        return Err(LuaError::arg(a + 2, "invalid option"));
    }
    let target = vm.arg(a);
    let (func, frame) = if target.is_function() {
        (target, None)
    } else {
        let level = check_int(vm, a)?;
        match frame_at(th, level) {
            Some((idx, f)) => (th.stack[f.func as usize], Some((idx, f))),
            None => {
                vm.push(Value::Nil)?;
                return Ok(1);
            }
        }
    };
    let t = vm.new_table()?;
    vm.push(Value::Table(t))?;
    let proto = match func {
        Value::LuaFn(cl) => Some(cl.inst.proto.clone()),
        _ => None,
    };
    if what.contains('S') {
        let (source, short, line, last, kind) = match &proto {
            Some(p) => {
                let kind = if p.line_defined == 0 { "main" } else { "Lua" };
                (
                    p.source.to_string(),
                    crate::chunk_id(&p.source),
                    i64::from(p.line_defined),
                    i64::from(p.last_line_defined),
                    kind,
                )
            }
            None => ("=[C]".to_string(), "[C]".to_string(), -1, -1, "C"),
        };
        let v = vm.str(source)?;
        vm.set_field(t, "source", v)?;
        let v = vm.str(short)?;
        vm.set_field(t, "short_src", v)?;
        vm.set_field(t, "linedefined", Value::Int(line))?;
        vm.set_field(t, "lastlinedefined", Value::Int(last))?;
        let v = vm.str(kind)?;
        vm.set_field(t, "what", v)?;
    }
    if what.contains('l') {
        let line = frame.map(|(_, f)| current_line(&f)).unwrap_or(-1);
        vm.set_field(t, "currentline", Value::Int(line))?;
    }
    if what.contains('u') {
        let nups = match func {
            Value::LuaFn(cl) => cl.upvals.len(),
            Value::NativeFn(nf) => nf.upvals.len(),
            _ => 0,
        };
        vm.set_field(t, "nups", Value::Int(nups as i64))?;
        let (np, va) = proto
            .as_ref()
            .map(|p| (i64::from(p.num_params), p.is_vararg))
            .unwrap_or((0, true));
        vm.set_field(t, "nparams", Value::Int(np))?;
        vm.set_field(t, "isvararg", Value::Bool(va))?;
    }
    if what.contains('n') {
        if let Some((what, name)) = frame.and_then(|(idx, _)| frame_name(vm, th, idx)) {
            let v = vm.str(name)?;
            vm.set_field(t, "name", v)?;
            let v = vm.str(what)?;
            vm.set_field(t, "namewhat", v)?;
        } else {
            let v = vm.str("")?;
            vm.set_field(t, "namewhat", v)?;
        }
    }
    if what.contains('t') {
        let tail = frame.is_some_and(|(_, f)| f.flags & FLAG_TAIL != 0);
        vm.set_field(t, "istailcall", Value::Bool(tail))?;
    }
    if what.contains('L') {
        if let Some(p) = &proto {
            let lines = vm.new_table()?;
            vm.set_field(t, "activelines", Value::Table(lines))?;
            for &l in p.line_info.iter() {
                vm.raw_set(lines, Value::Int(i64::from(l)), Value::Bool(true))?;
            }
        }
    }
    if what.contains('f') {
        vm.set_field(t, "func", func)?;
    }
    Ok(1)
}

/// The name of the `n`-th active local of a Lua function at `pc` (`luaF_getlocalname`).
fn local_name(p: &wippy_compiler::Proto, n: i64, pc: usize) -> Option<String> {
    let mut n = n;
    for lv in p.locals.iter() {
        if lv.start_pc as usize > pc {
            break;
        }
        if pc < lv.end_pc as usize {
            n -= 1;
            if n == 0 {
                return Some(lv.name.to_string());
            }
        }
    }
    None
}

/// `luaG_findlocal`: the name and stack slot of local `n` of frame `idx`.
fn find_local(th: Gc<Thread>, idx: usize, n: i64) -> Option<(String, usize)> {
    let f = th.frames[idx];
    let limit = th
        .frames
        .get(idx + 1)
        .map(|next| next.func as usize)
        .unwrap_or(th.stack.len());
    if n < 0 {
        if f.kind != FrameKind::Lua || -n > i64::from(f.nvarargs) {
            return None;
        }
        let slot = f.base as usize - f.nvarargs as usize + (-n - 1) as usize;
        return Some(("(*vararg)".into(), slot));
    }
    if n == 0 {
        return None;
    }
    let slot = f.base as usize + n as usize - 1;
    if let (FrameKind::Lua, Some(cl)) = (f.kind, f.closure) {
        if let Some(name) = local_name(&cl.inst.proto, n, (f.pc as usize).saturating_sub(1)) {
            return Some((name, slot));
        }
    }
    let top = if f.kind == FrameKind::Native {
        f.top as usize
    } else {
        limit
    };
    (slot < top.min(limit)).then(|| ("(*temporary)".into(), slot))
}

fn getlocal(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let (th, a) = get_thread(vm);
    let n = check_int(vm, a + 1)?;
    if let Value::LuaFn(cl) = vm.arg(a) {
        let name =
            local_name(&cl.inst.proto, n, 0).filter(|_| n <= i64::from(cl.inst.proto.num_params));
        let v = match name {
            Some(nm) => vm.str(nm)?,
            None => Value::Nil,
        };
        vm.push(v)?;
        return Ok(1);
    }
    if vm.arg(a).is_function() {
        vm.push(Value::Nil)?;
        return Ok(1);
    }
    let level = check_int(vm, a)?;
    let Some((idx, _)) = frame_at(th, level) else {
        return Err(LuaError::arg(a + 1, "level out of range"));
    };
    match find_local(th, idx, n) {
        Some((name, slot)) => {
            let s = vm.str(name)?;
            vm.push(s)?;
            vm.push(th.stack[slot])?;
            Ok(2)
        }
        None => {
            vm.push(Value::Nil)?;
            Ok(1)
        }
    }
}

fn setlocal(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let (th, a) = get_thread(vm);
    let level = check_int(vm, a)?;
    let n = check_int(vm, a + 1)?;
    let v = super::check_any(vm, a + 2)?;
    let Some((idx, _)) = frame_at(th, level) else {
        return Err(LuaError::arg(a + 1, "level out of range"));
    };
    match find_local(th, idx, n) {
        Some((name, slot)) => {
            // SAFETY: the slot belongs to a live frame of this coroutine.
            unsafe { th.get_mut().stack[slot] = v };
            let s = vm.str(name)?;
            vm.push(s)?;
        }
        None => vm.push(Value::Nil)?,
    }
    Ok(1)
}

/// Upvalue `n` (1-based) of function `f`: its name and value.
fn upvalue(f: Value, n: i64) -> Option<(String, Value)> {
    let i = usize::try_from(n.checked_sub(1)?).ok()?;
    match f {
        Value::LuaFn(cl) => {
            let uv = cl.upvals.get(i)?;
            let name = cl
                .inst
                .proto
                .upvalues
                .get(i)
                .map(|u| u.name.to_string())
                .unwrap_or_default();
            Some((
                if name.is_empty() {
                    "(*no name)".into()
                } else {
                    name
                },
                uv.get(),
            ))
        }
        Value::NativeFn(nf) => nf.upvals.get(i).map(|v| (String::new(), *v)),
        _ => None,
    }
}

fn check_function(vm: &Vm, i: usize) -> LuaResult<Value> {
    let f = vm.arg(i);
    if f.is_function() {
        Ok(f)
    } else {
        Err(type_error(vm, i, "function"))
    }
}

fn getupvalue(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let n = check_int(vm, 1)?;
    let f = check_function(vm, 0)?;
    match upvalue(f, n) {
        Some((name, v)) => {
            let s = vm.str(name)?;
            vm.push(s)?;
            vm.push(v)?;
            Ok(2)
        }
        None => Ok(0),
    }
}

fn setupvalue(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = super::check_any(vm, 2)?;
    let n = check_int(vm, 1)?;
    let f = check_function(vm, 0)?;
    let Some((name, _)) = upvalue(f, n) else {
        return Ok(0);
    };
    let i = (n - 1) as usize;
    match f {
        // SAFETY: upvalues are heap objects of this VM, not borrowed elsewhere.
        Value::LuaFn(cl) => unsafe { cl.upvals[i].get_mut().set(v) },
        Value::NativeFn(nf) => unsafe { nf.get_mut().upvals[i] = v },
        _ => {}
    }
    let s = vm.str(name)?;
    vm.push(s)?;
    Ok(1)
}

/// Checks upvalue index argument `argn` of the Lua/native function at `argf`.
fn check_upval(vm: &Vm, argf: usize, argn: usize) -> LuaResult<(Value, usize)> {
    let n = check_int(vm, argn)?;
    let f = check_function(vm, argf)?;
    if upvalue(f, n).is_none() {
        return Err(LuaError::arg(argn + 1, "invalid upvalue index"));
    }
    Ok((f, (n - 1) as usize))
}

fn upvalueid(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let (f, i) = check_upval(vm, 0, 1)?;
    let id = match f {
        Value::LuaFn(cl) => cl.upvals[i].addr(),
        Value::NativeFn(nf) => nf.addr() + 16 * (i + 1),
        _ => 0,
    };
    vm.push(Value::LightUserData(id))?;
    Ok(1)
}

fn upvaluejoin(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let (f1, i1) = check_upval(vm, 0, 1)?;
    let (f2, i2) = check_upval(vm, 2, 3)?;
    let Value::LuaFn(c1) = f1 else {
        return Err(LuaError::arg(1, "Lua function expected"));
    };
    let Value::LuaFn(c2) = f2 else {
        return Err(LuaError::arg(3, "Lua function expected"));
    };
    // SAFETY: closures are heap objects of this VM; the upvalue array is not borrowed.
    unsafe { c1.get_mut().upvals[i1] = c2.upvals[i2] };
    Ok(0)
}

fn getmetatable(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = super::check_any(vm, 0)?;
    vm.push(vm.metatable(&v).map(Value::Table).unwrap_or(Value::Nil))?;
    Ok(1)
}

fn setmetatable(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = vm.arg(0);
    let mt = match vm.arg(1) {
        Value::Nil => None,
        Value::Table(t) => Some(t),
        _ => return Err(type_error(vm, 1, "nil or table")),
    };
    match v {
        // SAFETY: heap objects of this VM; the metatable field is not borrowed.
        Value::Table(t) => unsafe { t.get_mut().meta = mt },
        Value::UserData(u) => unsafe { u.get_mut().meta = mt },
        Value::Str(_) => vm.string_meta = mt,
        _ => {
            return Err(LuaError::rt(format!("cannot set the metatable of a {} value (only tables, userdata and strings have metatables here)", v.type_name())))
        }
    }
    vm.push(v)?;
    Ok(1)
}

fn getregistry(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    vm.push(Value::Table(vm.registry))?;
    Ok(1)
}

fn getuservalue(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = match vm.arg(0) {
        Value::UserData(u) => u.user_value,
        _ => Value::Nil,
    };
    vm.push(v)?;
    Ok(1)
}

fn setuservalue(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let Value::UserData(u) = vm.arg(0) else {
        return Err(type_error(vm, 0, "userdata"));
    };
    let v = super::check_any(vm, 1)?;
    // SAFETY: a heap object of this VM; the field is not borrowed.
    unsafe { u.get_mut().user_value = v };
    vm.push(vm.arg(0))?;
    Ok(1)
}

/// Registry key of the recorded hook table `{hook, mask, count}`.
const HOOK_KEY: &str = "_HOOKKEY";

fn sethook(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let (_, a) = get_thread(vm);
    let reg = vm.registry;
    let key = vm.str(HOOK_KEY)?;
    if vm.arg(a).is_nil() {
        vm.raw_set(reg, key, Value::Nil)?;
        return Ok(0);
    }
    let f = check_function(vm, a)?;
    let mask = check_str(vm, a + 1)?;
    let count = super::opt_int(vm, a + 2, 0)?;
    // Stored in `unmakemask` order: call, return, line.
    let mut m: Vec<u8> = b"crl"
        .iter()
        .copied()
        .filter(|c| mask.as_bytes().contains(c))
        .collect();
    if count > 0 {
        m.push(b'k');
    }
    let t = vm.new_table()?;
    vm.raw_set(t, Value::Int(1), f)?;
    let mv = vm.str(m)?;
    vm.raw_set(t, Value::Int(2), mv)?;
    vm.raw_set(t, Value::Int(3), Value::Int(count.max(0)))?;
    vm.raw_set(reg, key, Value::Table(t)).map(|_| 0)
}

fn gethook(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let key = vm.str(HOOK_KEY)?;
    match vm.registry.get(&key) {
        Value::Table(t) => {
            let mask: Vec<u8> = match t.get_int(2) {
                Value::Str(s) => s
                    .as_bytes()
                    .iter()
                    .copied()
                    .filter(|&c| c != b'k')
                    .collect(),
                _ => Vec::new(),
            };
            vm.push(t.get_int(1))?;
            let m = vm.str(mask)?;
            vm.push(m)?;
            vm.push(t.get_int(3))?;
        }
        _ => {
            vm.push(Value::Nil)?;
            let m = vm.str("")?;
            vm.push(m)?;
            vm.push(Value::Int(0))?;
        }
    }
    Ok(3)
}

/// `debug.debug`: runs lines from stdin until `cont` or end of input.
fn debug(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let stdin = std::io::stdin();
    loop {
        eprint!("lua_debug> ");
        let mut line = String::new();
        if stdin.lock().read_line(&mut line).unwrap_or(0) == 0 || line == "cont\n" {
            return Ok(0);
        }
        let r = match crate::load::compile_chunk(line.as_bytes(), "=(debug command)") {
            Ok(p) => vm.load_proto(p).and_then(|f| vm.call(f, &[]).map(|_| ())),
            Err(msg) => Err(LuaError::Value(vm.str(msg)?)),
        };
        if let Err(e) = r {
            let text = match e {
                LuaError::Value(Value::Str(s)) => s.to_str_lossy().into_owned(),
                LuaError::Runtime(m) => m,
                LuaError::BadArg { arg, msg } => format!("bad argument #{} ({})", arg, msg),
                _ => "(error object is not a string)".into(),
            };
            eprintln!("{}", text);
        }
    }
}
