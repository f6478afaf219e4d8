//! Calls and returns: frame setup (`precall`), result delivery (`poscall`), and the stackless
//! intrinsics (pcall, xpcall, coroutine resume/yield/wrap).

use crate::error::{LuaError, LuaResult};
use crate::function::NativeKind;
use crate::meta::MetaMethod;
use crate::thread::{
    Frame, FrameKind, FLAG_CATCH, FLAG_METAMETHOD, FLAG_NATIVE_BOUNDARY, FLAG_PROTECTED,
    FLAG_XPCALL, MAX_STACK,
};
use crate::value::Value;
use crate::vm::Vm;

use super::EXTRA_STACK;

/// What `precall` did.
pub(crate) enum Called {
    /// A Lua frame was pushed; the loop must start running it.
    Lua,
    /// The call completed (native); results were delivered.
    Done,
    /// The running coroutine changed (resume/yield); the loop must reload the top frame.
    Switched,
    /// A frame that started a nested interpreter loop received its results: the loop ends.
    ReturnToNative,
}

impl Vm {
    /// Prepares a call of `stack[func]` with `nargs` arguments above it, wanting `nresults`
    /// (-1 = all). Native functions run to completion here.
    pub(crate) fn precall(
        &mut self,
        func: usize,
        nargs: usize,
        nresults: i32,
        flags: u8,
    ) -> LuaResult<Called> {
        let f = self.cur.stack[func];
        match f {
            Value::LuaFn(cl) => {
                let inst = &cl.inst;
                let nparams = inst.num_params as usize;
                let max_stack = inst.max_stack as usize;
                let is_vararg = inst.is_vararg;
                let (base, nvarargs) = if is_vararg {
                    let base = func + 1 + nargs.max(nparams);
                    self.ensure_stack(base + max_stack + EXTRA_STACK)?;
                    let th = unsafe { self.cur.get_mut() };
                    for i in nargs..nparams {
                        th.stack[func + 1 + i] = Value::Nil;
                    }
                    for i in 0..nparams {
                        th.stack[base + i] = th.stack[func + 1 + i];
                        th.stack[func + 1 + i] = Value::Nil;
                    }
                    (base, nargs.saturating_sub(nparams))
                } else {
                    let base = func + 1;
                    self.ensure_stack(base + max_stack + EXTRA_STACK)?;
                    let th = unsafe { self.cur.get_mut() };
                    for i in nargs..nparams {
                        th.stack[base + i] = Value::Nil;
                    }
                    (base, 0)
                };
                let th = unsafe { self.cur.get_mut() };
                if th.frames.len() >= MAX_STACK / 4 {
                    return Err(LuaError::rt("stack overflow"));
                }
                // Metamethod calls and native re-entries nest like C calls in PUC Lua.
                let parent = th.frames.last().map_or(0, |f| f.cdepth);
                let cdepth =
                    parent + u16::from(flags & (FLAG_METAMETHOD | FLAG_NATIVE_BOUNDARY) != 0);
                if cdepth >= crate::vm::MAX_NATIVE_DEPTH as u16 {
                    return Err(LuaError::rt("C stack overflow"));
                }
                th.frames.push(Frame {
                    kind: FrameKind::Lua,
                    func: func as u32,
                    base: base as u32,
                    pc: 0,
                    nresults,
                    closure: Some(cl),
                    top: (base + max_stack) as u32,
                    nvarargs: nvarargs as u32,
                    flags,
                    aux: 0,
                    cdepth,
                });
                Ok(Called::Lua)
            }
            Value::NativeFn(nf) => match nf.kind {
                NativeKind::Plain(fun) => {
                    self.top = func + 1 + nargs;
                    self.ensure_stack(self.top + EXTRA_STACK + 20)?;
                    self.push_native_frame(func, nargs, nresults, flags);
                    let depth = self.cur.frames.len();
                    let n = fun(self, nargs)?;
                    debug_assert_eq!(self.cur.frames.len(), depth);
                    let frame = unsafe { self.cur.get_mut().frames.pop().expect("native frame") };
                    let first = self.top - n;
                    Ok(if self.deliver(frame, first, n) {
                        Called::ReturnToNative
                    } else {
                        Called::Done
                    })
                }
                NativeKind::Pcall => self.start_pcall(func, nargs, nresults, flags),
                NativeKind::Xpcall => self.start_xpcall(func, nargs, nresults, flags),
                NativeKind::Resume => self.start_resume(func, nargs, nresults, flags, None),
                NativeKind::Wrap => {
                    self.start_resume(func, nargs, nresults, flags, nf.upvals.first().copied())
                }
                NativeKind::Yield => self.do_yield(func, nargs, nresults, flags),
            },
            _ => {
                let mm = self.metamethod(&f, MetaMethod::Call);
                if !mm.is_function() {
                    return Err(self.call_error(func));
                }
                // Insert the metamethod below the original function and its arguments.
                self.ensure_stack(func + nargs + 2 + EXTRA_STACK)?;
                let th = unsafe { self.cur.get_mut() };
                th.stack.copy_within(func..func + 1 + nargs, func + 1);
                th.stack[func] = mm;
                self.precall(func, nargs + 1, nresults, flags)
            }
        }
    }

    /// Completes a finished frame: moves its `n` results at `first` to the slots its caller
    /// expects, padding or trimming to the wanted count. A protected frame (the callee of pcall)
    /// also completes the pcall frame below it with `true, results...`. Returns whether a native
    /// boundary frame was completed (the nested interpreter loop must end).
    pub(crate) fn deliver(&mut self, frame: Frame, first: usize, n: usize) -> bool {
        let th = unsafe { self.cur.get_mut() };
        if frame.flags & FLAG_PROTECTED != 0 {
            let pf = th.frames.pop().expect("pcall frame");
            let dest = pf.func as usize;
            th.stack.copy_within(first..first + n, dest + 1);
            th.stack[dest] = Value::Bool(true);
            return self.deliver(pf, dest, n + 1);
        }
        let dest = frame.func as usize;
        th.stack.copy_within(first..first + n, dest);
        if frame.nresults < 0 {
            self.top = dest + n;
        } else {
            let wanted = frame.nresults as usize;
            for i in n..wanted {
                th.stack[dest + i] = Value::Nil;
            }
            // Back in a Lua frame with fixed results: its top is its register window.
            self.top = match th.frames.last() {
                Some(f) if f.kind == FrameKind::Lua => f.top as usize,
                _ => dest + wanted,
            };
        }
        frame.flags & FLAG_NATIVE_BOUNDARY != 0
    }

    /// Raises `err` from an intrinsic (pcall, resume, ...) as if it ran in a native frame of its
    /// own, so positions and names come out as for any native function.
    pub(crate) fn intrinsic_error(
        &mut self,
        func: usize,
        nargs: usize,
        nresults: i32,
        flags: u8,
        err: LuaError,
    ) -> LuaError {
        self.top = func + 1 + nargs;
        self.push_native_frame(func, nargs, nresults, flags);
        err
    }

    fn start_pcall(
        &mut self,
        func: usize,
        nargs: usize,
        nresults: i32,
        flags: u8,
    ) -> LuaResult<Called> {
        if nargs == 0 {
            return Err(self.intrinsic_error(
                func,
                nargs,
                nresults,
                flags,
                LuaError::arg(1, "value expected"),
            ));
        }
        self.top = func + 1 + nargs;
        self.push_native_frame(func, nargs, nresults, flags | FLAG_CATCH);
        self.protected_call(func + 1, nargs - 1)
    }

    fn start_xpcall(
        &mut self,
        func: usize,
        nargs: usize,
        nresults: i32,
        flags: u8,
    ) -> LuaResult<Called> {
        // luaL_checktype(L, 2, LUA_TFUNCTION)
        let handler = if nargs >= 2 {
            Some(self.cur.stack[func + 2])
        } else {
            None
        };
        if !handler.is_some_and(|h| h.is_function()) {
            let got = handler.map_or("no value", |h| h.type_name());
            let e = LuaError::arg(2, format!("function expected, got {}", got));
            return Err(self.intrinsic_error(func, nargs, nresults, flags, e));
        }
        // xpcall f h args...  ->  xpcall h f args...: the handler stays at func + 1.
        unsafe { self.cur.get_mut().stack.swap(func + 1, func + 2) };
        self.top = func + 1 + nargs;
        self.push_native_frame(func, nargs, nresults, flags | FLAG_CATCH | FLAG_XPCALL);
        self.protected_call(func + 2, nargs - 2)
    }

    /// Calls `stack[callee]` above a pcall frame. Errors raised before the callee has a frame of
    /// its own (a non-callable value, a failing native) are caught by the pcall frame right here.
    fn protected_call(&mut self, callee: usize, nargs: usize) -> LuaResult<Called> {
        match self.precall(callee, nargs, -1, FLAG_PROTECTED) {
            Err(LuaError::OutOfMemory) => Err(LuaError::OutOfMemory),
            Err(e) => {
                let err = self.error_value(e, callee)?;
                let boundary = self.catch_error(err)?;
                Ok(if boundary {
                    Called::ReturnToNative
                } else {
                    Called::Done
                })
            }
            other => other,
        }
    }

    /// Completes the innermost catching (pcall/xpcall) frame of the running coroutine with
    /// `false, err` after running an xpcall handler on the intact stack. Returns whether that
    /// frame was a native boundary. The caller has checked that such a frame exists.
    pub(crate) fn catch_error(&mut self, err: Value) -> LuaResult<bool> {
        let th = self.cur;
        let idx = th
            .frames
            .iter()
            .rposition(|f| f.flags & FLAG_CATCH != 0)
            .expect("a catching frame");
        let pf = th.frames[idx];
        let dest = pf.func as usize;
        let err = if pf.flags & FLAG_XPCALL != 0 {
            self.run_handler(dest + 1, err)?
        } else {
            err
        };
        self.close_upvals(dest + 1);
        let th = unsafe { self.cur.get_mut() };
        th.frames.truncate(idx);
        th.stack[dest] = Value::Bool(false);
        th.stack[dest + 1] = err;
        Ok(self.deliver(pf, dest, 2))
    }

    /// Calls an xpcall message handler stored at `stack[slot]` with `err` (nested call).
    pub(crate) fn run_handler(&mut self, slot: usize, err: Value) -> LuaResult<Value> {
        let h = self.cur.stack[slot];
        match self.call(h, &[err]) {
            Ok(r) => Ok(r.first().copied().unwrap_or(Value::Nil)),
            Err(LuaError::OutOfMemory) => Err(LuaError::OutOfMemory),
            Err(_) => self.str("error in error handling"),
        }
    }

    /// The error for calling a non-callable value at `stack[func]`. Like `luaG_typeerror`, it
    /// carries a position only when the caller is a Lua function.
    fn call_error(&mut self, func: usize) -> LuaError {
        let v = self.cur.stack[func];
        let info = self.describe_call_target(func);
        let mut text = match self.cur.frames.last() {
            Some(f) if f.kind == FrameKind::Lua => self.where_prefix(0),
            _ => String::new(),
        };
        text.push_str(&format!(
            "attempt to call a {} value{}",
            self.type_name_meta(&v),
            info
        ));
        match self.str(text) {
            Ok(s) => LuaError::Value(s),
            Err(e) => e,
        }
    }
}
