//! The string library and the string metatable. Pattern matching, `format` and `pack` are
//! lualib's algorithms; this module converts values and calls back into Lua for `gsub`.

use std::borrow::Cow;

use crate::error::{LuaError, LuaResult};
use crate::gc::LuaStr;
use crate::lualib::format::{FormatArgs, Literal};
use crate::lualib::pack::{PackArgs, Unpacked};
use crate::lualib::pattern::{self, Capture, GMatch, Gsub, Match, PatternError};
use crate::lualib::strlib;
use crate::userdata::UserData;
use crate::value::Value;
use crate::vm::Vm;

use super::{check_int, check_num, check_str, lib_err, lib_err0, opt_int, type_error};

/// Registers `string` and the metatable shared by all strings.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    let t = super::new_lib(
        vm,
        "string",
        &[
            ("string.len", len),
            ("string.sub", sub),
            ("string.upper", upper),
            ("string.lower", lower),
            ("string.rep", rep),
            ("string.reverse", reverse),
            ("string.byte", byte),
            ("string.char", char),
            ("string.find", find),
            ("string.match", match_),
            ("string.gmatch", gmatch),
            ("string.gsub", gsub),
            ("string.format", format),
            ("string.pack", pack),
            ("string.unpack", unpack),
            ("string.packsize", packsize),
            ("string.dump", dump),
        ],
    )?;
    let meta = vm.new_table()?;
    vm.set_field(meta, "__index", Value::Table(t))?;
    vm.string_meta = Some(meta);
    Ok(())
}

fn len(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    vm.push(Value::Int(s.len() as i64))?;
    Ok(1)
}

fn sub(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let r = strlib::sub_range(s.len(), check_int(vm, 1)?, opt_int(vm, 2, -1)?);
    let v = vm.str(&s.as_bytes()[r])?;
    vm.push(v)?;
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
    let sep = super::opt_str(vm, 2)?;
    let mut out = Vec::new();
    strlib::rep(
        s.as_bytes(),
        n,
        sep.as_ref().map_or(&[][..], |x| x.as_bytes()),
        &mut out,
    )
    .map_err(lib_err0)?;
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
    let i = opt_int(vm, 1, 1)?;
    let j = if vm.arg(2).is_nil() {
        None
    } else {
        Some(check_int(vm, 2)?)
    };
    let r = strlib::byte_range(s.len(), i, j).map_err(lib_err0)?;
    let n = r.len();
    for &b in &s.as_bytes()[r] {
        vm.push(Value::Int(i64::from(b)))?;
    }
    Ok(n)
}

fn char(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(strlib::char_byte(check_int(vm, i)?, i + 1).map_err(lib_err0)?);
    }
    let r = vm.str(out)?;
    vm.push(r)?;
    Ok(1)
}

/// A pattern error raised like `luaL_error` (with the caller's position).
fn pat_err(e: PatternError) -> LuaError {
    LuaError::rt(e.to_string())
}

/// A capture as a Lua value.
fn capture_value(vm: &mut Vm, src: &[u8], c: Capture) -> LuaResult<Value> {
    match c {
        Capture::Bytes(r) => vm.str(&src[r]),
        Capture::Position(n) => Ok(Value::Int(n as i64)),
    }
}

/// Pushes capture values, returning how many.
fn push_captures(vm: &mut Vm, src: &[u8], caps: pattern::Captures) -> LuaResult<usize> {
    let n = caps.len();
    for c in caps {
        let v = capture_value(vm, src, c)?;
        vm.push(v)?;
    }
    Ok(n)
}

fn find_aux(vm: &mut Vm, find: bool) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let p = check_str(vm, 1)?;
    let init = opt_int(vm, 2, 1)?;
    let src = s.as_bytes();
    let found = if find {
        pattern::find(src, p.as_bytes(), init, vm.arg(3).truthy())
    } else {
        pattern::match_first(src, p.as_bytes(), init)
    }
    .map_err(pat_err)?;
    let Some(m) = found else {
        vm.push(Value::Nil)?;
        return Ok(1);
    };
    if find {
        vm.push(Value::Int(m.start as i64 + 1))?;
        vm.push(Value::Int(m.end as i64))?;
        let caps = m.captures().map_err(pat_err)?;
        Ok(2 + push_captures(vm, src, caps)?)
    } else {
        let caps = m.values().map_err(pat_err)?;
        push_captures(vm, src, caps)
    }
}

fn find(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    find_aux(vm, true)
}

fn match_(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    find_aux(vm, false)
}

/// The `gmatch` iterator: upvalues are the subject, the pattern and a userdata holding the state.
fn gmatch_aux(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let (Value::Str(s), Value::Str(p), Value::UserData(state)) = (
        vm.current_native_upvalue(0),
        vm.current_native_upvalue(1),
        vm.current_native_upvalue(2),
    ) else {
        return Err(LuaError::rt("invalid gmatch state"));
    };
    // SAFETY: the state userdata is private to this iterator and not otherwise borrowed.
    let Some(st) = (unsafe { state.get_mut() }).data.downcast_mut::<GMatch>() else {
        return Err(LuaError::rt("invalid gmatch state"));
    };
    match st.next(s.as_bytes(), p.as_bytes()).map_err(pat_err)? {
        Some(m) => {
            let caps = m.values().map_err(pat_err)?;
            push_captures(vm, s.as_bytes(), caps)
        }
        None => Ok(0),
    }
}

fn gmatch(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let s = check_str(vm, 0)?;
    let p = check_str(vm, 1)?;
    let state = vm.heap.new_userdata(UserData {
        data: Box::new(GMatch::new()),
        meta: None,
        user_value: Value::Nil,
    })?;
    let f = vm.native_with_upvals(
        "gmatch_aux",
        gmatch_aux,
        vec![Value::Str(s), Value::Str(p), Value::UserData(state)],
    )?;
    vm.push(f)?;
    Ok(1)
}

/// Appends the replacement of match `m` (`add_value`); `repl` is a table or function.
fn add_value(vm: &mut Vm, m: &Match, src: LuaStr, repl: Value, out: &mut Vec<u8>) -> LuaResult<()> {
    let bytes = src.as_bytes();
    let result = match repl {
        Value::Table(_) => {
            let key = capture_value(vm, bytes, m.capture(0).map_err(pat_err)?)?;
            vm.index(repl, key)?
        }
        _ => {
            let caps = m.values().map_err(pat_err)?;
            let mut args = Vec::with_capacity(caps.len());
            for c in caps {
                args.push(capture_value(vm, bytes, c)?);
            }
            vm.call(repl, &args)?.first().copied().unwrap_or(Value::Nil)
        }
    };
    match result {
        Value::Nil | Value::Bool(false) => out.extend_from_slice(&bytes[m.start..m.end]),
        Value::Str(s) => out.extend_from_slice(s.as_bytes()),
        v @ (Value::Int(_) | Value::Float(_)) => {
            let s = vm.number_to_str(&v)?.expect("number");
            out.extend_from_slice(s.as_bytes());
        }
        other => {
            return Err(LuaError::rt(format!(
                "invalid replacement value (a {})",
                other.type_name()
            )))
        }
    }
    Ok(())
}

fn gsub(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let src = check_str(vm, 0)?;
    let p = check_str(vm, 1)?;
    let repl = vm.arg(2);
    let max_n = if vm.arg(3).is_nil() {
        None
    } else {
        Some(check_int(vm, 3)?)
    };
    let repl_str = match repl {
        Value::Str(_) | Value::Int(_) | Value::Float(_) => Some(check_str(vm, 2)?),
        Value::Table(_) | Value::LuaFn(_) | Value::NativeFn(_) => None,
        _ => return Err(LuaError::arg(3, "string/function/table expected")),
    };
    let (sb, pb) = (src.as_bytes(), p.as_bytes());
    let mut out = Vec::with_capacity(sb.len());
    let mut g = Gsub::new(sb.len(), pb, max_n);
    while let Some(m) = g.next(sb, pb, &mut out).map_err(pat_err)? {
        match repl_str {
            Some(r) => {
                pattern::expand_replacement(&m, sb, r.as_bytes(), &mut out).map_err(pat_err)?
            }
            None => add_value(vm, &m, src, repl, &mut out)?,
        }
    }
    let r = vm.str(out)?;
    vm.push(r)?;
    vm.push(Value::Int(g.count()))?;
    Ok(2)
}

/// `string.format`'s view of the running native's arguments.
struct VmArgs<'a> {
    vm: &'a mut Vm,
}

impl FormatArgs for VmArgs<'_> {
    type Error = LuaError;

    fn count(&self) -> usize {
        self.vm.nargs()
    }

    fn integer(&mut self, arg: usize) -> Result<i64, LuaError> {
        check_int(self.vm, arg - 1)
    }

    fn number(&mut self, arg: usize) -> Result<f64, LuaError> {
        check_num(self.vm, arg - 1)
    }

    fn tostring(&mut self, arg: usize) -> Result<Cow<'_, [u8]>, LuaError> {
        let s = self.vm.tostring(self.vm.arg(arg - 1))?;
        Ok(Cow::Owned(s.as_bytes().to_vec()))
    }

    fn literal(&mut self, arg: usize) -> Result<Literal<'_>, LuaError> {
        Ok(match self.vm.arg(arg - 1) {
            Value::Nil => Literal::Nil,
            Value::Bool(b) => Literal::Bool(b),
            Value::Int(i) => Literal::Int(i),
            Value::Float(f) => Literal::Float(f),
            // The string stays alive in its argument slot for the whole call.
            Value::Str(s) => Literal::Str(unsafe { &*(s.as_bytes() as *const [u8]) }),
            _ => Literal::Other,
        })
    }
}

fn format(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let fmt = check_str(vm, 0)?;
    let mut out = Vec::new();
    crate::lualib::format::format(fmt.as_bytes(), &mut VmArgs { vm }, &mut out).map_err(lib_err)?;
    let r = vm.str(out)?;
    vm.push(r)?;
    Ok(1)
}

impl PackArgs for VmArgs<'_> {
    type Error = LuaError;

    fn integer(&mut self, arg: usize) -> Result<i64, LuaError> {
        self.missing_is_nil(arg, "number")?;
        check_int(self.vm, arg - 1)
    }

    fn number(&mut self, arg: usize) -> Result<f64, LuaError> {
        self.missing_is_nil(arg, "number")?;
        check_num(self.vm, arg - 1)
    }

    fn string(&mut self, arg: usize) -> Result<Cow<'_, [u8]>, LuaError> {
        self.missing_is_nil(arg, "string")?;
        Ok(Cow::Owned(check_str(self.vm, arg - 1)?.as_bytes().to_vec()))
    }
}

impl VmArgs<'_> {
    /// `str_pack` pushes a nil after its arguments: the first missing one reads as nil.
    fn missing_is_nil(&self, arg: usize, expected: &str) -> Result<(), LuaError> {
        if arg - 1 == self.vm.nargs() {
            return Err(LuaError::arg(
                arg,
                format!("{} expected, got nil", expected),
            ));
        }
        Ok(())
    }
}

fn pack(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let fmt = check_str(vm, 0)?;
    let mut out = Vec::new();
    crate::lualib::pack::pack(fmt.as_bytes(), &mut VmArgs { vm }, &mut out).map_err(lib_err)?;
    let r = vm.str(out)?;
    vm.push(r)?;
    Ok(1)
}

fn unpack(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let fmt = check_str(vm, 0)?;
    let data = check_str(vm, 1)?;
    let init = opt_int(vm, 2, 1)?;
    let (values, next) =
        crate::lualib::pack::unpack(fmt.as_bytes(), data.as_bytes(), init).map_err(lib_err0)?;
    let n = values.len();
    for v in values {
        let v = match v {
            Unpacked::Int(i) => Value::Int(i),
            Unpacked::Float(f) => Value::Float(f),
            Unpacked::Str(r) => vm.str(&data.as_bytes()[r])?,
        };
        vm.push(v)?;
    }
    vm.push(Value::Int(next))?;
    Ok(n + 1)
}

fn packsize(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let fmt = check_str(vm, 0)?;
    let n = crate::lualib::pack::packsize(fmt.as_bytes()).map_err(lib_err0)?;
    vm.push(Value::Int(n))?;
    Ok(1)
}

fn dump(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    if !vm.arg(0).is_function() {
        return Err(type_error(vm, 0, "function"));
    }
    Err(LuaError::rt("unable to dump given function"))
}
