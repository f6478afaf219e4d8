//! Error values with positions, variable descriptions (ldebug.c's `getobjname`), and unwinding
//! to the nearest protected call.

use wippy_compiler::opcode::*;
use wippy_compiler::Proto;

use crate::error::{LuaError, LuaResult};
use crate::thread::{Frame, FrameKind, FLAG_CATCH, FLAG_NATIVE_BOUNDARY};
use crate::value::Value;
use crate::vm::Vm;

/// Where execution continues after an error was caught.
pub(crate) enum Recovered {
    /// In the interpreter loop (a pcall in this loop caught it).
    Continue,
    /// In the native function that started this loop (its protected call caught it).
    ReturnToNative,
}

impl Vm {
    /// Unwinds after an error: resumes at the nearest protected frame of the running coroutine,
    /// kills a coroutine without one, or returns `Err` when the error must leave this interpreter
    /// loop (native boundary or main thread).
    pub(crate) fn handle_error(&mut self, e: LuaError) -> LuaResult<Recovered> {
        let mut err = self.error_value(e, 0)?;
        loop {
            let th = self.cur;
            let mut catcher = false;
            for idx in (0..th.frames.len()).rev() {
                let f = th.frames[idx];
                if f.flags & FLAG_CATCH != 0 {
                    catcher = true;
                    break;
                }
                if f.flags & FLAG_NATIVE_BOUNDARY != 0 {
                    if self.trace_uncaught == Some(idx) && th == self.main_thread {
                        self.uncaught_traceback = Some(self.traceback(None, 0));
                    }
                    self.close_upvals(f.func as usize);
                    unsafe { th.get_mut().frames.truncate(idx) };
                    return Err(LuaError::Value(err));
                }
            }
            if catcher {
                return Ok(if self.catch_error(err)? {
                    Recovered::ReturnToNative
                } else {
                    Recovered::Continue
                });
            }
            if th == self.main_thread || th.resumer.is_none() {
                self.close_upvals(0);
                unsafe { th.get_mut().frames.clear() };
                return Err(LuaError::Value(err));
            }
            match self.coroutine_error(LuaError::Value(err)) {
                Ok(false) => return Ok(Recovered::Continue),
                Ok(true) => return Ok(Recovered::ReturnToNative),
                Err(LuaError::Value(v)) => err = v,
                Err(other) => return Err(other),
            }
        }
    }

    /// Turns an error into the Lua value it raises, adding position information like PUC Lua.
    pub(crate) fn error_value(&mut self, e: LuaError, _hint: usize) -> LuaResult<Value> {
        match e {
            LuaError::Value(v) => Ok(v),
            LuaError::OutOfMemory => self.str("not enough memory"),
            LuaError::Runtime(msg) => {
                let level = match self.cur.frames.last() {
                    Some(f) if f.kind == FrameKind::Lua => 0,
                    _ => 1,
                };
                let mut text = self.where_prefix(level);
                text.push_str(&msg);
                self.str(text)
            }
            LuaError::BadArg { mut arg, msg } => {
                let (namewhat, name) = self.native_call_name();
                let text = if namewhat == "method" {
                    arg -= 1;
                    if arg == 0 {
                        format!("calling '{}' on bad self ({})", name, msg)
                    } else {
                        format!("bad argument #{} to '{}' ({})", arg, name, msg)
                    }
                } else {
                    format!("bad argument #{} to '{}' ({})", arg, name, msg)
                };
                let mut full = self.where_prefix(1);
                full.push_str(&text);
                self.str(full)
            }
        }
    }

    /// How the running native function was called: (namewhat, name).
    fn native_call_name(&self) -> (&'static str, String) {
        let frames = &self.cur.frames;
        let n = frames.len();
        let fallback = || match frames.last().map(|f| self.cur.stack[f.func as usize]) {
            Some(Value::NativeFn(nf)) => nf.name.to_string(),
            _ => "?".to_string(),
        };
        if n >= 2 {
            let caller = frames[n - 2];
            if let Some((what, name)) = self.call_site_name(&caller) {
                return (what, name);
            }
        }
        ("", fallback())
    }

    /// The name a Lua frame used for the function it is calling (funcnamefromcode).
    pub(crate) fn call_site_name(&self, caller: &Frame) -> Option<(&'static str, String)> {
        if caller.kind != FrameKind::Lua || caller.pc == 0 {
            return None;
        }
        let proto = &caller.closure?.inst.proto;
        let pc = caller.pc as usize - 1;
        let i = proto.code[pc];
        match get_op(i) {
            OpCode::CALL | OpCode::TAILCALL => get_obj_name(proto, pc, get_a(i)),
            OpCode::TFORCALL => Some(("for iterator", "for iterator".into())),
            _ => None,
        }
    }

    /// `chunk:line: ` of the function at `level` (0 = running function), or "" for natives.
    pub(crate) fn where_prefix(&self, level: usize) -> String {
        match self.frame_at_level(level) {
            Some(f) if f.kind == FrameKind::Lua => {
                let proto = &f.closure.expect("lua frame").inst.proto;
                let line = current_line(proto, f.pc);
                format!("{}:{}: ", chunk_id(&proto.source), line)
            }
            _ => String::new(),
        }
    }

    /// The frame at call level `level` (0 = running function), `None` beyond the stack.
    pub(crate) fn frame_at_level(&self, level: usize) -> Option<Frame> {
        let frames = &self.cur.frames;
        frames.len().checked_sub(level + 1).map(|i| frames[i])
    }

    /// ` (local 'x')`-style description of operand B (`blame_b == false`: first operand) or C of
    /// the running instruction.
    pub(crate) fn operand_info(&self, blame_second: bool) -> String {
        let Some((proto, pc, i)) = self.current_instruction() else {
            return String::new();
        };
        let reg = match get_op(i) {
            OpCode::UNM | OpCode::BNOT | OpCode::LEN => get_b(i),
            _ => {
                if blame_second {
                    get_c(i)
                } else {
                    get_b(i)
                }
            }
        };
        if is_k(reg) && !matches!(get_op(i), OpCode::UNM | OpCode::BNOT | OpCode::LEN) {
            return String::new();
        }
        describe(get_obj_name(proto, pc, reg))
    }

    /// Description of the blamed CONCAT operand at absolute stack `slot`.
    pub(crate) fn concat_operand_info(&self, slot: Option<usize>) -> String {
        let Some((proto, pc, i)) = self.current_instruction() else {
            return String::new();
        };
        let frame = self.cur.frames.last().expect("frame");
        match slot {
            Some(slot) if get_op(i) == OpCode::CONCAT && slot >= frame.base as usize => {
                describe(get_obj_name(proto, pc, (slot - frame.base as usize) as u32))
            }
            _ => String::new(),
        }
    }

    /// Description of the indexed value of the running GET*/SET*/SELF instruction.
    pub(crate) fn indexed_info(&self) -> String {
        let Some((proto, pc, i)) = self.current_instruction() else {
            return String::new();
        };
        match get_op(i) {
            OpCode::GETTABUP => describe(Some(("upvalue", upval_name(proto, get_b(i))))),
            OpCode::SETTABUP => describe(Some(("upvalue", upval_name(proto, get_a(i))))),
            OpCode::GETTABLE | OpCode::GETFIELD | OpCode::SELF => {
                describe(get_obj_name(proto, pc, get_b(i)))
            }
            OpCode::SETTABLE | OpCode::SETFIELD => describe(get_obj_name(proto, pc, get_a(i))),
            _ => String::new(),
        }
    }

    /// Description of a called value at absolute stack slot `func`.
    pub(crate) fn describe_call_target(&self, func: usize) -> String {
        let Some(f) = self.cur.frames.last() else {
            return String::new();
        };
        if f.kind != FrameKind::Lua || func < f.base as usize {
            return String::new();
        }
        let Some((proto, pc, i)) = self.current_instruction() else {
            return String::new();
        };
        match get_op(i) {
            OpCode::CALL | OpCode::TAILCALL => {
                describe(get_obj_name(proto, pc, (func - f.base as usize) as u32))
            }
            _ => String::new(),
        }
    }

    fn current_instruction(&self) -> Option<(&Proto, usize, Instruction)> {
        let f = self.cur.frames.last()?;
        if f.kind != FrameKind::Lua || f.pc == 0 {
            return None;
        }
        let cl = f.closure?;
        let proto: &Proto = &cl.inst.proto;
        // The closure outlives this borrow: it is referenced by the frame.
        let proto: &Proto = unsafe { &*(proto as *const Proto) };
        let pc = f.pc as usize - 1;
        Some((proto, pc, proto.code[pc]))
    }
}

fn describe(d: Option<(&'static str, String)>) -> String {
    match d {
        Some((kind, name)) => format!(" ({} '{}')", kind, name),
        None => String::new(),
    }
}

/// The source line of the instruction before `pc` (the one running).
pub(crate) fn current_line(proto: &Proto, pc: u32) -> u32 {
    let idx = (pc as usize).saturating_sub(1);
    proto.line_info.get(idx).copied().unwrap_or(0)
}

/// `luaO_chunkid`: the short source name used in messages (the lexer's implementation).
pub fn chunk_id(source: &str) -> String {
    String::from_utf8_lossy(&wippy_parser::chunkid(source.as_bytes())).into_owned()
}

fn upval_name(proto: &Proto, idx: u32) -> String {
    proto
        .upvalues
        .get(idx as usize)
        .map(|u| u.name.to_string())
        .unwrap_or_else(|| "?".into())
}

/// `luaF_getlocalname`: the name of the `n`-th (1-based) active local at `pc`.
fn local_name(proto: &Proto, mut n: u32, pc: usize) -> Option<String> {
    for lv in proto.locals.iter() {
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

/// ldebug.c's `getobjname`: how register `reg` got its value at `lastpc`.
pub(crate) fn get_obj_name(
    proto: &Proto,
    lastpc: usize,
    reg: u32,
) -> Option<(&'static str, String)> {
    if let Some(name) = local_name(proto, reg + 1, lastpc) {
        return Some(("local", name));
    }
    let pc = find_set_reg(proto, lastpc, reg)?;
    let i = proto.code[pc];
    match get_op(i) {
        OpCode::MOVE => {
            let b = get_b(i);
            if b < get_a(i) {
                return get_obj_name(proto, pc, b);
            }
            None
        }
        OpCode::GETTABUP | OpCode::GETTABLE | OpCode::GETFIELD => {
            let t = get_b(i);
            let vn = if get_op(i) == OpCode::GETTABUP {
                Some(upval_name(proto, t))
            } else {
                local_name(proto, t + 1, pc)
            };
            let key = if get_op(i) == OpCode::GETFIELD {
                const_name(proto, get_c(i))
            } else {
                rk_name(proto, pc, get_c(i))
            };
            Some((
                if vn.as_deref() == Some("_ENV") {
                    "global"
                } else {
                    "field"
                },
                key,
            ))
        }
        OpCode::GETUPVAL => Some(("upvalue", upval_name(proto, get_b(i)))),
        OpCode::LOADK | OpCode::LOADKX => {
            let b = if get_op(i) == OpCode::LOADK {
                get_bx(i)
            } else {
                get_ax(proto.code[pc + 1])
            };
            match proto.constants.get(b as usize) {
                Some(wippy_compiler::Constant::Str(s)) => {
                    Some(("constant", String::from_utf8_lossy(s).into_owned()))
                }
                _ => None,
            }
        }
        OpCode::SELF => Some(("method", rk_name(proto, pc, get_c(i)))),
        _ => None,
    }
}

fn const_name(proto: &Proto, idx: u32) -> String {
    match proto.constants.get(idx as usize) {
        Some(wippy_compiler::Constant::Str(s)) => String::from_utf8_lossy(s).into_owned(),
        _ => "?".into(),
    }
}

/// ldebug.c's `kname`.
fn rk_name(proto: &Proto, pc: usize, c: u32) -> String {
    if is_k(c) {
        const_name(proto, index_k(c))
    } else {
        match get_obj_name(proto, pc, c) {
            Some(("constant", name)) => name,
            _ => "?".into(),
        }
    }
}

fn sets_a(op: OpCode) -> bool {
    !matches!(
        op,
        OpCode::SETTABUP
            | OpCode::SETUPVAL
            | OpCode::SETTABLE
            | OpCode::SETFIELD
            | OpCode::JMP
            | OpCode::EQ
            | OpCode::LT
            | OpCode::LE
            | OpCode::TEST
            | OpCode::RETURN
            | OpCode::TFORCALL
            | OpCode::SETLIST
            | OpCode::EXTRAARG
    )
}

/// ldebug.c's `findsetreg`.
fn find_set_reg(proto: &Proto, lastpc: usize, reg: u32) -> Option<usize> {
    let mut setreg: Option<usize> = None;
    let mut jmptarget = 0usize;
    let filter = |pc: usize, jt: usize| if pc < jt { None } else { Some(pc) };
    for pc in 0..lastpc {
        let i = proto.code[pc];
        let op = get_op(i);
        let a = get_a(i);
        match op {
            OpCode::LOADNIL => {
                if a <= reg && reg <= a + get_b(i) {
                    setreg = filter(pc, jmptarget);
                }
            }
            OpCode::TFORCALL => {
                if reg >= a + 2 {
                    setreg = filter(pc, jmptarget);
                }
            }
            OpCode::CALL | OpCode::TAILCALL => {
                if reg >= a {
                    setreg = filter(pc, jmptarget);
                }
            }
            OpCode::JMP => {
                let dest = pc as i64 + 1 + get_sbx(i) as i64;
                if (pc as i64) < dest && dest <= lastpc as i64 && dest as usize > jmptarget {
                    jmptarget = dest as usize;
                }
            }
            _ => {
                if sets_a(op) && reg == a {
                    setreg = filter(pc, jmptarget);
                }
            }
        }
    }
    setreg
}
