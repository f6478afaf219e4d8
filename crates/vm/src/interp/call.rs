//! Calls and returns: frame setup (`precall`), result delivery (`poscall`), and the stackless
//! intrinsics (pcall, xpcall, coroutine resume/yield/wrap).

use crate::error::{LuaError, LuaResult};
use crate::function::NativeKind;
use crate::gc::Gc;
use crate::meta::MetaMethod;
use crate::thread::{
    CoStatus, Frame, FrameKind, Thread, FLAG_NATIVE_BOUNDARY, FLAG_PROTECTED, FLAG_XPCALL, MAX_STACK,
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
}

impl Vm {
    /// Prepares a call of `stack[func]` with `nargs` arguments above it, wanting `nresults`
    /// (-1 = all). Native functions run to completion here.
    pub(crate) fn precall(&mut self, func: usize, nargs: usize, nresults: i32, flags: u8) -> LuaResult<Called> {
        let f = self.cur.stack[func];
        match f {
            Value::LuaFn(cl) => {
                let proto = &cl.inst.proto;
                let nparams = proto.num_params as usize;
                let max_stack = proto.max_stack as usize;
                let is_vararg = proto.is_vararg;
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
                    self.deliver(frame, first, n);
                    Ok(Called::Done)
                }
                NativeKind::Pcall => self.start_pcall(func, nargs, nresults, flags),
                NativeKind::Xpcall => self.start_xpcall(func, nargs, nresults, flags),
                NativeKind::Resume => self.start_resume(func, nargs, nresults, false, nf.upvals.first().copied()),
                NativeKind::Wrap => self.start_resume(func, nargs, nresults, true, nf.upvals.first().copied()),
                NativeKind::Yield => self.do_yield(func, nargs, nresults),
            },
            _ => {
                let mm = self.metamethod(&f, MetaMethod::Call);
                if mm.is_nil() {
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

    /// Pops a finished frame's results (`n` values at `first`) into the caller's expected slots,
    /// applying pcall's `true` prefix when the frame was protected.
    pub(crate) fn deliver(&mut self, frame: Frame, first: usize, n: usize) {
        let th = unsafe { self.cur.get_mut() };
        let (dest, wanted, n) = if frame.flags & FLAG_PROTECTED != 0 {
            let dest = frame.func as usize - if frame.flags & FLAG_XPCALL != 0 { 2 } else { 1 };
            th.stack[dest] = Value::Bool(true);
            th.stack.copy_within(first..first + n, dest + 1);
            (dest, frame.nresults, n + 1)
        } else {
            let dest = frame.func as usize;
            th.stack.copy_within(first..first + n, dest);
            (dest, frame.nresults, n)
        };
        if wanted < 0 {
            self.top = dest + n;
        } else {
            let wanted = wanted as usize;
            for i in n..wanted {
                th.stack[dest + i] = Value::Nil;
            }
            self.top = dest + wanted;
        }
    }

    fn start_pcall(&mut self, func: usize, nargs: usize, nresults: i32, flags: u8) -> LuaResult<Called> {
        if nargs == 0 {
            return Err(LuaError::arg(1, "value expected"));
        }
        // The callee sits at func + 1; `deliver` writes `true` at func.
        self.protected_call(func + 1, nargs - 1, nresults, flags | FLAG_PROTECTED)
    }

    fn start_xpcall(&mut self, func: usize, nargs: usize, nresults: i32, flags: u8) -> LuaResult<Called> {
        if nargs < 2 {
            return Err(LuaError::arg(2, "value expected"));
        }
        // Stack: xpcall f h args...  ->  xpcall h f args...
        let th = unsafe { self.cur.get_mut() };
        th.stack.swap(func + 1, func + 2);
        self.protected_call(func + 2, nargs - 2, nresults, flags | FLAG_PROTECTED | FLAG_XPCALL)
    }

    /// Starts a protected call of `stack[callee]`; the callee frame carries the number of results
    /// the caller of pcall wants (`deliver` prefixes `true`). Errors raised before a Lua frame
    /// exists (calling a non-function, native errors) become `false, msg` right here.
    fn protected_call(&mut self, callee: usize, nargs: usize, outer_results: i32, flags: u8) -> LuaResult<Called> {
        let depth = self.cur.frames.len();
        let thread = self.cur;
        match self.precall(callee, nargs, outer_results, flags) {
            Ok(Called::Lua) => Ok(Called::Lua),
            Ok(other) => Ok(other),
            Err(e) => {
                // Failed before any Lua frame ran: position the error while the failing native
                // frame is still visible, then unwind what precall left and report.
                let err = self.error_value(e, callee)?;
                let th = unsafe { thread.get_mut() };
                th.frames.truncate(depth);
                self.cur = thread;
                let err = if flags & FLAG_XPCALL != 0 { self.run_handler(callee - 1, err)? } else { err };
                let dest = callee - if flags & FLAG_XPCALL != 0 { 2 } else { 1 };
                let th = unsafe { self.cur.get_mut() };
                th.stack[dest] = Value::Bool(false);
                th.stack[dest + 1] = err;
                self.adjust_results(dest, 2, outer_results);
                Ok(Called::Done)
            }
        }
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

    /// Pads or trims `n` results at `dest` to `wanted` (-1: keep all) and sets `top`.
    pub(crate) fn adjust_results(&mut self, dest: usize, n: usize, wanted: i32) {
        if wanted < 0 {
            self.top = dest + n;
        } else {
            let th = unsafe { self.cur.get_mut() };
            for i in n..wanted as usize {
                th.stack[dest + i] = Value::Nil;
            }
            self.top = dest + wanted as usize;
        }
    }

    // -----------------------------------------------------------------------------------------
    // Coroutines
    // -----------------------------------------------------------------------------------------

    fn start_resume(
        &mut self,
        func: usize,
        nargs: usize,
        nresults: i32,
        is_wrap: bool,
        wrapped: Option<Value>,
    ) -> LuaResult<Called> {
        let (co, first_arg, nargs) = if is_wrap {
            match wrapped {
                Some(Value::Thread(co)) => (co, func + 1, nargs),
                _ => return Err(LuaError::rt("invalid wrap function")),
            }
        } else {
            match self.cur.stack.get(func + 1).copied() {
                Some(Value::Thread(co)) if nargs >= 1 => (co, func + 2, nargs - 1),
                _ => {
                    let got = if nargs == 0 { "no value" } else { self.cur.stack[func + 1].type_name() };
                    return Err(LuaError::arg(1, format!("coroutine expected, got {}", got)));
                }
            }
        };
        let problem = match co.status {
            CoStatus::Suspended if co.frames.is_empty() && co.stack.first().is_none_or(|f| !f.is_function()) => {
                Some("cannot resume dead coroutine")
            }
            CoStatus::Suspended => None,
            CoStatus::Dead => Some("cannot resume dead coroutine"),
            CoStatus::Running if co == self.cur => Some("cannot resume non-suspended coroutine"),
            _ => Some("cannot resume non-suspended coroutine"),
        };
        if let Some(msg) = problem {
            if is_wrap {
                return Err(LuaError::rt(msg));
            }
            let m = self.str(msg)?;
            let th = unsafe { self.cur.get_mut() };
            th.stack[func] = Value::Bool(false);
            th.stack[func + 1] = m;
            self.adjust_results(func, 2, nresults);
            return Ok(Called::Done);
        }
        if self.native_depth_in_thread_exceeded() {
            return Err(LuaError::rt("C stack overflow"));
        }
        // Move the arguments to the coroutine.
        let args: smallvec::SmallVec<[Value; 8]> = self.cur.stack[first_arg..first_arg + nargs].iter().copied().collect();
        let resumer = self.cur;
        unsafe {
            let r = resumer.get_mut();
            r.status = CoStatus::Normal;
            // Remember where results go in the resumer.
            r.frames.last_mut().map(|f| f.top = f.top.max(func as u32));
        }
        let c = unsafe { co.get_mut() };
        c.status = CoStatus::Running;
        c.resumer = Some(resumer);
        c.resume_dest = func as u32;
        c.resume_nresults = nresults;
        c.resume_is_wrap = is_wrap;
        c.saved_top_resumer = self.top as u32;
        self.cur = co;
        if co.frames.is_empty() {
            // First resume: call the body with the arguments.
            self.ensure_stack(1 + args.len() + EXTRA_STACK)?;
            let c = unsafe { co.get_mut() };
            c.stack[1..1 + args.len()].copy_from_slice(&args);
            self.top = 1 + args.len();
            match self.precall(0, args.len(), -1, 0) {
                Ok(Called::Lua) => Ok(Called::Switched),
                Ok(_) => {
                    // A native body finished at once: the coroutine is dead.
                    let n = self.top;
                    self.finish_coroutine(0, n)?;
                    Ok(Called::Switched)
                }
                Err(e) => {
                    self.cur = co;
                    self.coroutine_error(e)?;
                    Ok(Called::Switched)
                }
            }
        } else {
            // Resume after a yield: the yield call returns the arguments.
            let dest = co.yield_dest as usize;
            self.ensure_stack(dest + args.len() + EXTRA_STACK)?;
            let c = unsafe { co.get_mut() };
            c.stack[dest..dest + args.len()].copy_from_slice(&args);
            let wanted = co.yield_nresults;
            self.adjust_results(dest, args.len(), wanted);
            Ok(Called::Switched)
        }
    }

    fn native_depth_in_thread_exceeded(&self) -> bool {
        self.native_depth >= crate::vm::MAX_NATIVE_DEPTH
    }

    fn do_yield(&mut self, func: usize, nargs: usize, nresults: i32) -> LuaResult<Called> {
        let co = self.cur;
        let Some(resumer) = co.resumer else {
            return Err(LuaError::rt("attempt to yield from outside a coroutine"));
        };
        if co.frames.iter().any(|f| f.flags & FLAG_NATIVE_BOUNDARY != 0) {
            return Err(LuaError::rt("attempt to yield across a C-call boundary"));
        }
        let vals: smallvec::SmallVec<[Value; 8]> = co.stack[func + 1..func + 1 + nargs].iter().copied().collect();
        let c = unsafe { co.get_mut() };
        c.status = CoStatus::Suspended;
        c.yield_dest = func as u32;
        c.yield_nresults = nresults;
        c.resumer = None;
        self.cur = resumer;
        unsafe { resumer.get_mut().status = CoStatus::Running };
        self.deliver_to_resumer(co, &vals, true)?;
        Ok(Called::Switched)
    }

    /// Places `true, vals...` (or just `vals` for wrap) at the resume call of `co`'s resumer,
    /// which must be the running coroutine now.
    fn deliver_to_resumer(&mut self, co: Gc<Thread>, vals: &[Value], ok: bool) -> LuaResult<()> {
        let dest = co.resume_dest as usize;
        let wrap = co.resume_is_wrap;
        let wanted = co.resume_nresults;
        let extra = usize::from(!wrap);
        self.ensure_stack(dest + vals.len() + extra + EXTRA_STACK)?;
        let th = unsafe { self.cur.get_mut() };
        if !wrap {
            th.stack[dest] = Value::Bool(ok);
        }
        th.stack[dest + extra..dest + extra + vals.len()].copy_from_slice(vals);
        self.adjust_results(dest, vals.len() + extra, wanted);
        Ok(())
    }

    /// The coroutine's body returned `n` values at `first`: it is dead; resume returns them.
    pub(crate) fn finish_coroutine(&mut self, first: usize, n: usize) -> LuaResult<()> {
        let co = self.cur;
        let vals: smallvec::SmallVec<[Value; 8]> = co.stack[first..first + n].iter().copied().collect();
        let resumer = co.resumer.expect("coroutine has a resumer");
        let c = unsafe { co.get_mut() };
        c.status = CoStatus::Dead;
        c.resumer = None;
        c.frames.clear();
        self.close_upvals_of(co, 0);
        self.cur = resumer;
        unsafe { resumer.get_mut().status = CoStatus::Running };
        self.deliver_to_resumer(co, &vals, true)
    }

    /// An error escaped the running coroutine: it dies; `resume` returns `false, err` or, for
    /// `wrap`, the error continues in the resumer (returned as `Err`).
    pub(crate) fn coroutine_error(&mut self, e: LuaError) -> LuaResult<()> {
        let co = self.cur;
        let err = self.error_value(e, 0)?;
        let resumer = co.resumer.expect("coroutine has a resumer");
        let c = unsafe { co.get_mut() };
        c.status = CoStatus::Dead;
        c.resumer = None;
        self.close_upvals_of(co, 0);
        self.cur = resumer;
        unsafe { resumer.get_mut().status = CoStatus::Running };
        if co.resume_is_wrap {
            // Like auxwrap: string errors get the position of the wrap call.
            let err = match err {
                Value::Str(s) => {
                    let pos = self.where_prefix(1);
                    let mut text = pos.into_bytes();
                    text.extend_from_slice(s.as_bytes());
                    self.str(text)?
                }
                v => v,
            };
            self.top = co.saved_top_resumer as usize;
            return Err(LuaError::Value(err));
        }
        self.deliver_to_resumer(co, &[err], false)
    }

    /// The error for calling a non-callable value at `stack[func]`.
    fn call_error(&mut self, func: usize) -> LuaError {
        let v = self.cur.stack[func];
        let info = self.describe_call_target(func);
        LuaError::rt(format!("attempt to call a {} value{}", v.type_name(), info))
    }
}
