//! Coroutine switches without Rust recursion. A pending `resume` (or wrap call) is a native frame
//! on the resumer's stack; a pending `yield` is a native frame on the coroutine's stack. Values
//! travel by completing those frames with [`Vm::deliver`], so pcall around resume/yield and
//! tracebacks work like any other native call.

use smallvec::SmallVec;

use crate::error::{LuaError, LuaResult};
use crate::function::NativeKind;
use crate::thread::{CoStatus, FLAG_NATIVE_BOUNDARY};
use crate::value::Value;
use crate::vm::Vm;

use super::{Called, EXTRA_STACK};

type Vals = SmallVec<[Value; 8]>;

impl Vm {
    /// `coroutine.resume(co, ...)` (`wrapped` is None) or a call of a wrap function.
    pub(crate) fn start_resume(
        &mut self,
        func: usize,
        nargs: usize,
        nresults: i32,
        flags: u8,
        wrapped: Option<Value>,
    ) -> LuaResult<Called> {
        let is_wrap = wrapped.is_some();
        let (co, first_arg, n) = match wrapped {
            Some(Value::Thread(co)) => (co, func + 1, nargs),
            Some(_) => {
                return Err(self.intrinsic_error(
                    func,
                    nargs,
                    nresults,
                    flags,
                    LuaError::rt("invalid wrap"),
                ))
            }
            None => match self.cur.stack[func + 1] {
                Value::Thread(co) if nargs >= 1 => (co, func + 2, nargs - 1),
                v => {
                    let got = if nargs == 0 {
                        "no value"
                    } else {
                        v.type_name()
                    };
                    let _ = got;
                    let e = LuaError::arg(1, "thread expected");
                    return Err(self.intrinsic_error(func, nargs, nresults, flags, e));
                }
            },
        };
        let dead = co.status == CoStatus::Dead
            || (co.frames.is_empty() && !co.stack.first().is_some_and(|f| f.is_function()));
        let problem = if dead {
            Some("cannot resume dead coroutine")
        } else if co.status != CoStatus::Suspended {
            Some("cannot resume non-suspended coroutine")
        } else if self.native_depth >= crate::vm::MAX_NATIVE_DEPTH {
            Some("C stack overflow")
        } else {
            None
        };
        if let Some(msg) = problem {
            if is_wrap {
                return Err(self.intrinsic_error(func, nargs, nresults, flags, LuaError::rt(msg)));
            }
            self.top = func + 1 + nargs;
            self.push_native_frame(func, nargs, nresults, flags);
            let m = self.str(msg)?;
            let frame = unsafe { self.cur.get_mut().frames.pop().expect("resume frame") };
            let st = unsafe { &mut self.cur.get_mut().stack };
            st[func] = Value::Bool(false);
            st[func + 1] = m;
            let boundary = self.deliver(frame, func, 2);
            return Ok(if boundary {
                Called::ReturnToNative
            } else {
                Called::Done
            });
        }
        let args: Vals = self.cur.stack[first_arg..first_arg + n]
            .iter()
            .copied()
            .collect();
        // The pending resume call.
        self.top = func + 1 + nargs;
        self.push_native_frame(func, nargs, nresults, flags);
        let resumer = self.cur;
        unsafe {
            resumer.get_mut().status = CoStatus::Normal;
            let c = co.get_mut();
            c.status = CoStatus::Running;
            c.resumer = Some(resumer);
        }
        self.cur = co;
        if co.frames.is_empty() {
            self.ensure_stack(1 + args.len() + EXTRA_STACK)?;
            unsafe { co.get_mut().stack[1..1 + args.len()].copy_from_slice(&args) };
            self.top = 1 + args.len();
            match self.precall(0, args.len(), -1, 0) {
                Ok(Called::Done) => {
                    let n = self.top;
                    let boundary = self.finish_coroutine(0, n)?;
                    Ok(if boundary {
                        Called::ReturnToNative
                    } else {
                        Called::Switched
                    })
                }
                Ok(_) => Ok(Called::Switched),
                Err(e) => {
                    let boundary = self.coroutine_error(e)?;
                    Ok(if boundary {
                        Called::ReturnToNative
                    } else {
                        Called::Switched
                    })
                }
            }
        } else {
            // The coroutine is suspended in yield: complete that call with the arguments.
            let frame = unsafe { co.get_mut().frames.pop().expect("yield frame") };
            let dest = frame.func as usize;
            self.ensure_stack(dest + args.len() + EXTRA_STACK)?;
            unsafe { co.get_mut().stack[dest..dest + args.len()].copy_from_slice(&args) };
            self.deliver(frame, dest, args.len());
            Ok(Called::Switched)
        }
    }

    /// `coroutine.yield(...)`.
    pub(crate) fn do_yield(
        &mut self,
        func: usize,
        nargs: usize,
        nresults: i32,
        flags: u8,
    ) -> LuaResult<Called> {
        let co = self.cur;
        let Some(resumer) = co.resumer else {
            // Raised by lua_yieldk inside the (native) yield: no position, like luaG_runerror
            // with a C function running.
            let e = LuaError::Value(self.str("attempt to yield from outside a coroutine")?);
            return Err(self.intrinsic_error(func, nargs, nresults, flags, e));
        };
        if co
            .frames
            .iter()
            .any(|f| f.flags & FLAG_NATIVE_BOUNDARY != 0)
        {
            let e = LuaError::Value(self.str("attempt to yield across a C-call boundary")?);
            return Err(self.intrinsic_error(func, nargs, nresults, flags, e));
        }
        let vals: Vals = co.stack[func + 1..func + 1 + nargs]
            .iter()
            .copied()
            .collect();
        self.top = func + 1 + nargs;
        self.push_native_frame(func, nargs, nresults, flags);
        unsafe {
            let c = co.get_mut();
            c.status = CoStatus::Suspended;
            c.resumer = None;
            resumer.get_mut().status = CoStatus::Running;
        }
        self.cur = resumer;
        let boundary = self.deliver_to_resumer(&vals, true)?;
        Ok(if boundary {
            Called::ReturnToNative
        } else {
            Called::Switched
        })
    }

    /// Completes the pending resume call on top of the (now running) resumer with `ok, vals...`
    /// (`vals...` for wrap). Returns whether that call was a native boundary.
    fn deliver_to_resumer(&mut self, vals: &[Value], ok: bool) -> LuaResult<bool> {
        let frame = unsafe { self.cur.get_mut().frames.pop().expect("resume frame") };
        let dest = frame.func as usize;
        let wrap = self.is_wrap_call(dest);
        let extra = usize::from(!wrap);
        self.ensure_stack(dest + vals.len() + extra + EXTRA_STACK)?;
        let st = unsafe { &mut self.cur.get_mut().stack };
        if !wrap {
            st[dest] = Value::Bool(ok);
        }
        st[dest + extra..dest + extra + vals.len()].copy_from_slice(vals);
        Ok(self.deliver(frame, dest, vals.len() + extra))
    }

    fn is_wrap_call(&self, func: usize) -> bool {
        matches!(self.cur.stack[func], Value::NativeFn(nf) if matches!(nf.kind, NativeKind::Wrap))
    }

    /// The running coroutine's body returned `n` values at `first`: it is dead and the pending
    /// resume returns them. Returns whether the resume call was a native boundary.
    pub(crate) fn finish_coroutine(&mut self, first: usize, n: usize) -> LuaResult<bool> {
        let co = self.cur;
        let vals: Vals = co.stack[first..first + n].iter().copied().collect();
        self.kill_coroutine();
        self.deliver_to_resumer(&vals, true)
    }

    /// Marks the running coroutine dead and switches back to its resumer.
    fn kill_coroutine(&mut self) {
        let co = self.cur;
        let resumer = co.resumer.expect("coroutine has a resumer");
        self.close_upvals_of(co, 0);
        unsafe {
            let c = co.get_mut();
            c.status = CoStatus::Dead;
            c.resumer = None;
            resumer.get_mut().status = CoStatus::Running;
        }
        self.cur = resumer;
    }

    /// An error escaped the running coroutine: it dies. `resume` returns `false, err`; for a wrap
    /// call the error continues in the resumer (`Err`, with the wrap frame still on its stack).
    pub(crate) fn coroutine_error(&mut self, e: LuaError) -> LuaResult<bool> {
        let err = self.error_value(e, 0)?;
        self.kill_coroutine();
        let top = self.cur.frames.last().expect("resume frame").func as usize;
        if self.is_wrap_call(top) {
            let err = match err {
                Value::Str(s) => {
                    let mut text = self.where_prefix(1).into_bytes();
                    text.extend_from_slice(s.as_bytes());
                    self.str(text)?
                }
                v => v,
            };
            return Err(LuaError::Value(err));
        }
        self.deliver_to_resumer(&[err], false)
    }
}
