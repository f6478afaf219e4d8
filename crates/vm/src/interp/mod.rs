//! The interpreter: one dispatch loop over the running coroutine's frames. Lua calls, returns,
//! metamethod calls, pcall and coroutine switches never recurse on the Rust stack.

mod arith;
mod call;
mod coroutine;
mod errors;
mod index;

pub(crate) use arith::{raw_less, to_integer};
pub(crate) use call::Called;
pub use errors::chunk_id;

use wippy_compiler::opcode::*;

use crate::error::{LuaError, LuaResult};
use crate::function::{LuaClosure, ProtoInstance, UpState, UpVal};
use crate::gc::Gc;
use crate::meta::MetaMethod;
use crate::table::Table;
use crate::thread::{Frame, FrameKind, Thread, FLAG_METAMETHOD, FLAG_NATIVE_BOUNDARY};
use crate::value::Value;
use crate::vm::Vm;

/// Slots kept free above a frame's registers for metamethod calls.
pub const EXTRA_STACK: usize = 8;

/// Flag on a metamethod frame: the `__le` result must be negated (5.3's `not __lt(b, a)`).
pub(crate) const FLAG_LE_NEGATE: u8 = 32;

/// Result of an operation that may need to call a Lua metamethod.
pub(crate) enum Step {
    /// The operation completed with this value.
    Value(Value),
    /// A Lua frame was pushed; its result finishes the current instruction later.
    Pending,
}

impl Vm {
    /// Calls `stack[func]` with `nargs` arguments from Rust and runs it to completion. Results
    /// are left at `stack[func..]`; returns their number.
    pub(crate) fn call_at(&mut self, func: usize, nargs: usize) -> LuaResult<usize> {
        let depth = self.cur.frames.len();
        let thread = self.cur;
        match self.precall(func, nargs, -1, FLAG_NATIVE_BOUNDARY) {
            Ok(Called::Done) | Ok(Called::ReturnToNative) => Ok(self.top - func),
            Ok(Called::Lua) | Ok(Called::Switched) => {
                let r = self.execute();
                if r.is_err() {
                    // The boundary frame and everything above it are gone (see handle_error).
                    self.cur = thread;
                    unsafe { thread.get_mut().frames.truncate(depth) };
                }
                r.map(|_| self.top - func)
            }
            Err(e) => {
                self.cur = thread;
                unsafe { thread.get_mut().frames.truncate(depth) };
                Err(e)
            }
        }
    }

    /// Runs Lua frames until the frame marked as native boundary returns.
    pub(crate) fn execute(&mut self) -> LuaResult<()> {
        loop {
            match self.run_frames() {
                Ok(()) => return Ok(()),
                Err(e) => match self.handle_error(e)? {
                    errors::Recovered::Continue => {}
                    errors::Recovered::ReturnToNative => return Ok(()),
                },
            }
        }
    }

    /// The dispatch loop proper. Returns `Ok` when a boundary frame returned, `Err` on an error
    /// (the caller unwinds and re-enters).
    #[allow(clippy::cognitive_complexity)]
    fn run_frames(&mut self) -> LuaResult<()> {
        'newframe: loop {
            let th: Gc<Thread> = self.cur;
            let frame = *th.frames.last().expect("a frame");
            debug_assert_eq!(frame.kind, FrameKind::Lua);
            let cl = frame.closure.expect("lua frame");
            let inst: Gc<ProtoInstance> = cl.inst;
            let code: &[Instruction] = &inst.proto.code;
            let k: &[Value] = &inst.consts;
            let base = frame.base as usize;
            let mut pc = frame.pc as usize;
            // Register window of this frame. `precall` guarantees `max_stack` slots above `base`,
            // and the compiler never addresses more; any operation that may grow (reallocate)
            // the stack is followed by `refresh!()`.
            let mut regs: *mut Value = unsafe { th.get_mut().stack.as_mut_ptr().add(base) };

            macro_rules! stack {
                () => {
                    unsafe { &mut th.get_mut().stack }
                };
            }
            macro_rules! refresh {
                () => {
                    regs = unsafe { th.get_mut().stack.as_mut_ptr().add(base) }
                };
            }
            macro_rules! r {
                ($i:expr) => {
                    *unsafe { &mut *regs.add($i as usize) }
                };
            }
            macro_rules! kst {
                ($i:expr) => {
                    unsafe { *k.get_unchecked($i as usize) }
                };
            }
            // A reference to an RK operand, avoiding a 16-byte copy on the hot arithmetic paths.
            macro_rules! rkp {
                ($x:expr) => {{
                    let x = $x;
                    unsafe {
                        &*(if is_k(x) {
                            k.as_ptr().add(index_k(x) as usize)
                        } else {
                            regs.add(x as usize) as *const Value
                        })
                    }
                }};
            }
            macro_rules! rk {
                ($x:expr) => {{
                    let x = $x;
                    if is_k(x) {
                        kst!(index_k(x))
                    } else {
                        r!(x)
                    }
                }};
            }
            macro_rules! save_pc {
                () => {
                    unsafe { th.get_mut().frames.last_mut().expect("frame").pc = pc as u32 }
                };
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            save_pc!();
                            return Err(e);
                        }
                    }
                };
            }
            // Runs an operation that may push a metamethod frame.
            macro_rules! step_into {
                ($a:expr, $e:expr) => {{
                    save_pc!();
                    match $e {
                        Ok(Step::Value(v)) => {
                            refresh!();
                            r!($a) = v
                        }
                        Ok(Step::Pending) => continue 'newframe,
                        Err(e) => return Err(e),
                    }
                }};
            }
            macro_rules! arith {
                ($i:expr, $iop:expr, $fop:expr, $mm:expr) => {{
                    let i = $i;
                    let a = get_a(i);
                    let b = rkp!(get_b(i));
                    let c = rkp!(get_c(i));
                    match (b, c) {
                        (Value::Int(x), Value::Int(y)) => r!(a) = Value::Int($iop(*x, *y)),
                        (Value::Float(x), Value::Float(y)) => r!(a) = Value::Float($fop(*x, *y)),
                        (Value::Int(x), Value::Float(y)) => {
                            r!(a) = Value::Float($fop(*x as f64, *y))
                        }
                        (Value::Float(x), Value::Int(y)) => {
                            r!(a) = Value::Float($fop(*x, *y as f64))
                        }
                        _ => step_into!(a, self.arith_slow($mm, *b, *c, base + a as usize)),
                    }
                }};
            }
            macro_rules! cond_jump {
                ($cond:expr, $i:expr) => {{
                    if $cond != (get_a($i) != 0) {
                        pc += 1;
                    } else {
                        let j = unsafe { *code.get_unchecked(pc) };
                        pc += 1;
                        self.jump(j, &mut pc, base);
                    }
                }};
            }

            loop {
                let i = unsafe { *code.get_unchecked(pc) };
                pc += 1;
                // Protos are validated when instantiated (`Vm::instantiate`).
                match unsafe { get_op_unchecked(i) } {
                    OpCode::MOVE => r!(get_a(i)) = r!(get_b(i)),
                    OpCode::LOADK => r!(get_a(i)) = kst!(get_bx(i)),
                    OpCode::LOADKX => {
                        let ax = get_ax(code[pc]);
                        pc += 1;
                        r!(get_a(i)) = k[ax as usize];
                    }
                    OpCode::LOADI => r!(get_a(i)) = Value::Int(get_sbx(i) as i64),
                    OpCode::LOADBOOL => {
                        r!(get_a(i)) = Value::Bool(get_b(i) != 0);
                        if get_c(i) != 0 {
                            pc += 1;
                        }
                    }
                    OpCode::LOADNIL => {
                        let a = get_a(i) as usize;
                        for slot in &mut stack!()[base + a..=base + a + get_b(i) as usize] {
                            *slot = Value::Nil;
                        }
                    }
                    OpCode::GETUPVAL => r!(get_a(i)) = cl.upvals[get_b(i) as usize].get(),
                    OpCode::SETUPVAL => {
                        let v = r!(get_a(i));
                        unsafe { cl.upvals[get_b(i) as usize].get_mut().set(v) };
                    }
                    OpCode::GETTABUP => {
                        let t = cl.upvals[get_b(i) as usize].get();
                        let key = rk!(get_c(i));
                        if let Value::Table(tt) = t {
                            let v = tt.get(&key);
                            if !v.is_nil() || tt.meta.is_none() {
                                r!(get_a(i)) = v;
                                continue;
                            }
                        }
                        let a = get_a(i);
                        step_into!(a, self.index_slow(t, key, base + a as usize));
                    }
                    OpCode::GETTABLE => {
                        let t = r!(get_b(i));
                        let key = rk!(get_c(i));
                        if let Value::Table(tt) = t {
                            let v = tt.get(&key);
                            if !v.is_nil() || tt.meta.is_none() {
                                r!(get_a(i)) = v;
                                continue;
                            }
                        }
                        let a = get_a(i);
                        step_into!(a, self.index_slow(t, key, base + a as usize));
                    }
                    OpCode::GETFIELD => {
                        let t = r!(get_b(i));
                        let key = kst!(get_c(i));
                        if let Value::Table(tt) = t {
                            let v = tt.get_str(&key);
                            if !v.is_nil() || tt.meta.is_none() {
                                r!(get_a(i)) = v;
                                continue;
                            }
                        }
                        let a = get_a(i);
                        step_into!(a, self.index_slow(t, key, base + a as usize));
                    }
                    OpCode::SELF => {
                        let a = get_a(i);
                        let t = r!(get_b(i));
                        let key = rk!(get_c(i));
                        r!(a + 1) = t;
                        if let Value::Table(tt) = t {
                            let v = tt.get(&key);
                            if !v.is_nil() || tt.meta.is_none() {
                                r!(a) = v;
                                continue;
                            }
                        }
                        step_into!(a, self.index_slow(t, key, base + a as usize));
                    }
                    OpCode::SETTABUP => {
                        let t = cl.upvals[get_a(i) as usize].get();
                        let key = rk!(get_b(i));
                        let v = rk!(get_c(i));
                        save_pc!();
                        match tri!(self.set_index(t, key, v, frame_top(&th))) {
                            Step::Pending => continue 'newframe,
                            Step::Value(_) => refresh!(),
                        }
                    }
                    OpCode::SETTABLE => {
                        let t = r!(get_a(i));
                        let key = rk!(get_b(i));
                        let v = rk!(get_c(i));
                        save_pc!();
                        match tri!(self.set_index(t, key, v, frame_top(&th))) {
                            Step::Pending => continue 'newframe,
                            Step::Value(_) => refresh!(),
                        }
                    }
                    OpCode::SETFIELD => {
                        let t = r!(get_a(i));
                        let key = kst!(get_b(i));
                        let v = rk!(get_c(i));
                        save_pc!();
                        match tri!(self.set_index(t, key, v, frame_top(&th))) {
                            Step::Pending => continue 'newframe,
                            Step::Value(_) => refresh!(),
                        }
                    }
                    OpCode::NEWTABLE => {
                        let b = fb2int(get_b(i)) as usize;
                        let c = fb2int(get_c(i)) as usize;
                        let mut t = Table::with_capacity(b, c);
                        t.presize_array(b);
                        let t = tri!(self.heap.new_table(t).map_err(LuaError::from));
                        r!(get_a(i)) = Value::Table(t);
                        save_pc!();
                        self.top = base + get_a(i) as usize + 1;
                        self.maybe_collect();
                        if self.heap.has_pending_finalizers() {
                            save_pc!();
                            tri!(self.run_finalizers());
                            refresh!();
                        }
                    }
                    OpCode::ADD => arith!(
                        i,
                        i64::wrapping_add,
                        |x: f64, y: f64| x + y,
                        MetaMethod::Add
                    ),
                    OpCode::SUB => arith!(
                        i,
                        i64::wrapping_sub,
                        |x: f64, y: f64| x - y,
                        MetaMethod::Sub
                    ),
                    OpCode::MUL => arith!(
                        i,
                        i64::wrapping_mul,
                        |x: f64, y: f64| x * y,
                        MetaMethod::Mul
                    ),
                    OpCode::DIV => {
                        let a = get_a(i);
                        let b = rkp!(get_b(i));
                        let c = rkp!(get_c(i));
                        match (b, c) {
                            (Value::Float(x), Value::Float(y)) => r!(a) = Value::Float(*x / *y),
                            (Value::Int(x), Value::Int(y)) => {
                                r!(a) = Value::Float(*x as f64 / *y as f64)
                            }
                            (Value::Int(x), Value::Float(y)) => {
                                r!(a) = Value::Float(*x as f64 / *y)
                            }
                            (Value::Float(x), Value::Int(y)) => {
                                r!(a) = Value::Float(*x / *y as f64)
                            }
                            _ => step_into!(
                                a,
                                self.arith_slow(MetaMethod::Div, *b, *c, base + a as usize)
                            ),
                        }
                    }
                    OpCode::POW => {
                        let a = get_a(i);
                        let b = rkp!(get_b(i));
                        let c = rkp!(get_c(i));
                        match (b, c) {
                            (Value::Float(x), Value::Float(y)) => {
                                r!(a) = Value::Float(crate::number::float_pow(*x, *y))
                            }
                            _ => step_into!(
                                a,
                                self.arith_slow(MetaMethod::Pow, *b, *c, base + a as usize)
                            ),
                        }
                    }
                    OpCode::MOD
                    | OpCode::IDIV
                    | OpCode::BAND
                    | OpCode::BOR
                    | OpCode::BXOR
                    | OpCode::SHL
                    | OpCode::SHR => {
                        let a = get_a(i);
                        let b = rkp!(get_b(i));
                        let c = rkp!(get_c(i));
                        let mm = match get_op(i) {
                            OpCode::MOD => MetaMethod::Mod,
                            OpCode::IDIV => MetaMethod::IDiv,
                            OpCode::BAND => MetaMethod::BAnd,
                            OpCode::BOR => MetaMethod::BOr,
                            OpCode::BXOR => MetaMethod::BXor,
                            OpCode::SHL => MetaMethod::Shl,
                            _ => MetaMethod::Shr,
                        };
                        if let (Value::Int(x), Value::Int(y)) = (b, c) {
                            if let Some(v) = arith::int_binop(mm, *x, *y) {
                                r!(a) = Value::Int(v);
                                continue;
                            }
                        }
                        step_into!(a, self.arith_slow(mm, *b, *c, base + a as usize));
                    }
                    OpCode::UNM => {
                        let a = get_a(i);
                        let b = r!(get_b(i));
                        match b {
                            Value::Int(x) => r!(a) = Value::Int(x.wrapping_neg()),
                            Value::Float(x) => r!(a) = Value::Float(-x),
                            _ => step_into!(
                                a,
                                self.arith_slow(MetaMethod::Unm, b, b, base + a as usize)
                            ),
                        }
                    }
                    OpCode::BNOT => {
                        let a = get_a(i);
                        let b = r!(get_b(i));
                        match b {
                            Value::Int(x) => r!(a) = Value::Int(!x),
                            _ => step_into!(
                                a,
                                self.arith_slow(MetaMethod::BNot, b, b, base + a as usize)
                            ),
                        }
                    }
                    OpCode::NOT => r!(get_a(i)) = Value::Bool(!r!(get_b(i)).truthy()),
                    OpCode::LEN => {
                        let a = get_a(i);
                        let b = r!(get_b(i));
                        match b {
                            Value::Str(s) => r!(a) = Value::Int(s.len() as i64),
                            Value::Table(t) if t.meta.is_none() => r!(a) = Value::Int(t.border()),
                            _ => step_into!(a, self.len_slow(b, base + a as usize)),
                        }
                    }
                    OpCode::CONCAT => {
                        let a = get_a(i) as usize;
                        let b = get_b(i) as usize;
                        let c = get_c(i) as usize;
                        save_pc!();
                        match tri!(self.concat(base, b, c)) {
                            Step::Value(v) => {
                                refresh!();
                                r!(a) = v;
                                self.top = base + a + 1;
                                self.maybe_collect();
                                if self.heap.has_pending_finalizers() {
                                    save_pc!();
                                    tri!(self.run_finalizers());
                                    refresh!();
                                }
                            }
                            Step::Pending => continue 'newframe,
                        }
                    }
                    OpCode::JMP => self.jump(i, &mut pc, base),
                    OpCode::EQ => {
                        let b = rkp!(get_b(i));
                        let c = rkp!(get_c(i));
                        let eq = match (b, c) {
                            (Value::Int(x), Value::Int(y)) => x == y,
                            (Value::Str(x), Value::Str(y)) => x.lua_eq(y),
                            (Value::Table(_), Value::Table(_))
                            | (Value::UserData(_), Value::UserData(_)) => {
                                save_pc!();
                                match tri!(self.eq_slow(*b, *c, frame_top(&th))) {
                                    Step::Value(v) => {
                                        refresh!();
                                        v.truthy()
                                    }
                                    Step::Pending => continue 'newframe,
                                }
                            }
                            _ => b.raw_eq(c),
                        };
                        cond_jump!(eq, i);
                    }
                    OpCode::LT => {
                        let b = rkp!(get_b(i));
                        let c = rkp!(get_c(i));
                        let lt = match (b, c) {
                            (Value::Int(x), Value::Int(y)) => x < y,
                            (Value::Float(x), Value::Float(y)) => x < y,
                            _ => {
                                save_pc!();
                                match tri!(self.less_than(*b, *c, frame_top(&th))) {
                                    Step::Value(v) => {
                                        refresh!();
                                        v.truthy()
                                    }
                                    Step::Pending => continue 'newframe,
                                }
                            }
                        };
                        cond_jump!(lt, i);
                    }
                    OpCode::LE => {
                        let b = rkp!(get_b(i));
                        let c = rkp!(get_c(i));
                        let le = match (b, c) {
                            (Value::Int(x), Value::Int(y)) => x <= y,
                            (Value::Float(x), Value::Float(y)) => x <= y,
                            _ => {
                                save_pc!();
                                match tri!(self.less_equal(*b, *c, frame_top(&th))) {
                                    Step::Value(v) => {
                                        refresh!();
                                        v.truthy()
                                    }
                                    Step::Pending => continue 'newframe,
                                }
                            }
                        };
                        cond_jump!(le, i);
                    }
                    OpCode::TEST => {
                        if r!(get_a(i)).truthy() != (get_c(i) != 0) {
                            pc += 1;
                        } else {
                            let j = code[pc];
                            pc += 1;
                            self.jump(j, &mut pc, base);
                        }
                    }
                    OpCode::TESTSET => {
                        let b = r!(get_b(i));
                        if b.truthy() != (get_c(i) != 0) {
                            pc += 1;
                        } else {
                            r!(get_a(i)) = b;
                            let j = code[pc];
                            pc += 1;
                            self.jump(j, &mut pc, base);
                        }
                    }
                    OpCode::CALL => {
                        let a = base + get_a(i) as usize;
                        let b = get_b(i) as usize;
                        let nargs = if b != 0 { b - 1 } else { self.top - a - 1 };
                        let nresults = get_c(i) as i32 - 1;
                        save_pc!();
                        match tri!(self.precall(a, nargs, nresults, 0)) {
                            Called::Lua | Called::Switched => continue 'newframe,
                            Called::ReturnToNative => return Ok(()),
                            Called::Done => {
                                refresh!();
                                if nresults >= 0 {
                                    self.top = frame_top(&th);
                                }
                                self.maybe_collect();
                                if self.heap.has_pending_finalizers() {
                                    save_pc!();
                                    tri!(self.run_finalizers());
                                    refresh!();
                                }
                            }
                        }
                    }
                    OpCode::TAILCALL => {
                        let a = base + get_a(i) as usize;
                        let b = get_b(i) as usize;
                        let nargs = if b != 0 { b - 1 } else { self.top - a - 1 };
                        save_pc!();
                        if let Value::LuaFn(_) = r!(get_a(i)) {
                            // Reuse the current frame: close upvalues, move function and args down.
                            let cur = *th.frames.last().expect("frame");
                            self.close_upvals(base);
                            let dest = cur.func as usize;
                            let st = stack!();
                            st.copy_within(a..a + nargs + 1, dest);
                            let popped = unsafe { th.get_mut().frames.pop().expect("frame") };
                            let flags = popped.flags | crate::thread::FLAG_TAIL;
                            match tri!(self.precall(dest, nargs, popped.nresults, flags)) {
                                Called::Lua | Called::Switched => continue 'newframe,
                                Called::ReturnToNative => return Ok(()),
                                Called::Done => unreachable!("lua function call completes later"),
                            }
                        }
                        match tri!(self.precall(a, nargs, -1, 0)) {
                            Called::ReturnToNative => return Ok(()),
                            Called::Lua | Called::Switched => {
                                // A metamethod __call resolved to a Lua function: run it as a
                                // regular call; its RETURN is followed by ours.
                                continue 'newframe;
                            }
                            Called::Done => {
                                let n = self.top - a;
                                if let Some(done) = tri!(self.return_from_frame(a, n)) {
                                    return done;
                                }
                                continue 'newframe;
                            }
                        }
                    }
                    OpCode::RETURN => {
                        let a = base + get_a(i) as usize;
                        let b = get_b(i) as usize;
                        let n = if b != 0 { b - 1 } else { self.top - a };
                        // Fast path: a plain Lua-to-Lua return with a fixed number of results
                        // and no open upvalues.
                        let t = unsafe { th.get_mut() };
                        let fr = *t.frames.last().expect("frame");
                        if fr.flags == 0
                            && fr.nresults >= 0
                            && t.frames.len() >= 2
                            && t.open_upvals.last().is_none_or(|u| open_index(u) < base)
                        {
                            let caller_top = t.frames[t.frames.len() - 2].top;
                            if t.frames[t.frames.len() - 2].kind == FrameKind::Lua {
                                t.frames.pop();
                                let dest = fr.func as usize;
                                let wanted = fr.nresults as usize;
                                let st = t.stack.as_mut_ptr();
                                for j in 0..wanted {
                                    let v = if j < n {
                                        unsafe { *st.add(a + j) }
                                    } else {
                                        Value::Nil
                                    };
                                    unsafe { *st.add(dest + j) = v };
                                }
                                self.top = caller_top as usize;
                                continue 'newframe;
                            }
                        }
                        save_pc!();
                        if let Some(done) = tri!(self.return_from_frame(a, n)) {
                            return done;
                        }
                        continue 'newframe;
                    }
                    OpCode::FORLOOP => {
                        let a = get_a(i) as usize;
                        match (r!(a), r!(a + 2)) {
                            (Value::Int(idx), Value::Int(step)) => {
                                let limit = match r!(a + 1) {
                                    Value::Int(l) => l,
                                    _ => unreachable!("integer loop limit"),
                                };
                                let next = idx.wrapping_add(step);
                                if if step > 0 {
                                    next <= limit
                                } else {
                                    limit <= next
                                } {
                                    r!(a) = Value::Int(next);
                                    r!(a + 3) = Value::Int(next);
                                    pc = (pc as i64 + get_sbx(i) as i64) as usize;
                                }
                            }
                            (Value::Float(idx), Value::Float(step)) => {
                                let limit = match r!(a + 1) {
                                    Value::Float(l) => l,
                                    _ => unreachable!("float loop limit"),
                                };
                                let next = idx + step;
                                if if step > 0.0 {
                                    next <= limit
                                } else {
                                    limit <= next
                                } {
                                    r!(a) = Value::Float(next);
                                    r!(a + 3) = Value::Float(next);
                                    pc = (pc as i64 + get_sbx(i) as i64) as usize;
                                }
                            }
                            _ => unreachable!("forprep normalises the loop"),
                        }
                    }
                    OpCode::FORPREP => {
                        let a = get_a(i) as usize;
                        tri!(self.for_prep(base + a));
                        pc = (pc as i64 + get_sbx(i) as i64) as usize;
                    }
                    OpCode::TFORCALL => {
                        let a = base + get_a(i) as usize;
                        let st = stack!();
                        st[a + 3] = st[a];
                        st[a + 4] = st[a + 1];
                        st[a + 5] = st[a + 2];
                        self.top = a + 6;
                        save_pc!();
                        match tri!(self.precall(a + 3, 2, get_c(i) as i32, 0)) {
                            Called::Lua | Called::Switched => continue 'newframe,
                            Called::ReturnToNative => return Ok(()),
                            Called::Done => {
                                refresh!();
                                self.top = frame_top(&th);
                            }
                        }
                    }
                    OpCode::TFORLOOP => {
                        let a = get_a(i) as usize;
                        let v = r!(a + 1);
                        if !v.is_nil() {
                            r!(a) = v;
                            pc = (pc as i64 + get_sbx(i) as i64) as usize;
                        }
                    }
                    OpCode::SETLIST => {
                        let a = get_a(i) as usize;
                        let mut n = get_b(i) as usize;
                        let mut c = get_c(i) as usize;
                        if n == 0 {
                            n = self.top - (base + a) - 1;
                        }
                        if c == 0 {
                            c = get_ax(code[pc]) as usize;
                            pc += 1;
                        }
                        if let Value::Table(t) = r!(a) {
                            let first = (c - 1) * FIELDS_PER_FLUSH as usize;
                            let st = stack!();
                            let tm = unsafe { t.get_mut() };
                            tm.ensure_array(first + n);
                            let mut grown = 0isize;
                            for j in 1..=n {
                                grown += tm.set_int((first + j) as i64, st[base + a + j]);
                            }
                            tri!(self.heap.note_growth(grown).map_err(LuaError::from));
                        }
                        self.top = frame_top(&th);
                    }
                    OpCode::CLOSURE => {
                        let a = get_a(i);
                        save_pc!();
                        let c = tri!(self.make_closure(cl, get_bx(i) as usize, base));
                        r!(a) = Value::LuaFn(c);
                        self.top = base + a as usize + 1;
                        self.maybe_collect();
                        if self.heap.has_pending_finalizers() {
                            save_pc!();
                            tri!(self.run_finalizers());
                            refresh!();
                        }
                    }
                    OpCode::VARARG => {
                        let a = base + get_a(i) as usize;
                        let b = get_b(i) as usize;
                        let nvar = th.frames.last().expect("frame").nvarargs as usize;
                        let n = if b == 0 { nvar } else { b - 1 };
                        if b == 0 {
                            tri!(self.ensure_stack(a + n + EXTRA_STACK));
                            refresh!();
                            self.top = a + n;
                        }
                        let st = stack!();
                        for j in 0..n {
                            st[a + j] = if j < nvar {
                                st[base - nvar + j]
                            } else {
                                Value::Nil
                            };
                        }
                    }
                    OpCode::EXTRAARG => unreachable!("EXTRAARG is consumed by its instruction"),
                    OpCode::TYPE => {
                        return Err(LuaError::rt("runtime type values are not supported yet"));
                    }
                }
            }
        }
    }

    /// Performs a JMP instruction (also the one following a comparison).
    #[inline(always)]
    fn jump(&mut self, j: Instruction, pc: &mut usize, base: usize) {
        let a = get_a(j);
        if a != 0 {
            self.close_upvals(base + a as usize - 1);
        }
        *pc = (*pc as i64 + get_sbx(j) as i64) as usize;
    }

    /// Handles RETURN of the top frame with `n` results at `first`. Returns `Some(Ok(()))` when
    /// the loop must return to Rust (a boundary frame finished), `None` to continue.
    fn return_from_frame(&mut self, first: usize, n: usize) -> LuaResult<Option<LuaResult<()>>> {
        let th = self.cur;
        let frame = unsafe { th.get_mut().frames.pop().expect("frame") };
        if !th.open_upvals.is_empty() {
            self.close_upvals(frame.base as usize);
        }
        if th.frames.is_empty() && th != self.main_thread {
            // The coroutine's body finished.
            let boundary = self.finish_coroutine(first, n)?;
            return Ok(if boundary { Some(Ok(())) } else { None });
        }
        if frame.flags & FLAG_METAMETHOD != 0 {
            let v = if n > 0 { th.stack[first] } else { Value::Nil };
            self.finish_metamethod(frame, v)?;
            return Ok(None);
        }
        Ok(if self.deliver(frame, first, n) {
            Some(Ok(()))
        } else {
            None
        })
    }

    /// Completes the caller's instruction whose Lua metamethod just returned `v`.
    fn finish_metamethod(&mut self, frame: Frame, v: Value) -> LuaResult<()> {
        let th = self.cur;
        let caller = th.frames.last().expect("caller frame");
        let cl = caller.closure.expect("lua caller");
        let base = caller.base as usize;
        let pc = caller.pc as usize;
        let i = cl.inst.proto.code[pc - 1];
        let st = unsafe { &mut th.get_mut().stack };
        match get_op(i) {
            OpCode::EQ | OpCode::LT | OpCode::LE => {
                let mut res = v.truthy();
                if frame.flags & FLAG_LE_NEGATE != 0 {
                    res = !res;
                }
                if res != (get_a(i) != 0) {
                    // Skip the jump.
                    unsafe { th.get_mut().frames.last_mut().expect("frame").pc += 1 };
                }
            }
            OpCode::SETTABUP | OpCode::SETTABLE | OpCode::SETFIELD => {}
            OpCode::CONCAT => {
                // The metamethod combined two operands; its result goes to slot `aux`, then the
                // remaining operands are concatenated.
                let slot = caller.aux as usize;
                st[slot] = v;
                match self.concat_range(base + get_b(i) as usize, slot)? {
                    Step::Value(r) => unsafe { th.get_mut().stack[base + get_a(i) as usize] = r },
                    Step::Pending => return Ok(()),
                }
            }
            _ => {
                st[base + get_a(i) as usize] = v;
            }
        }
        if let Some(f) = th.frames.last() {
            self.top = f.top as usize;
        }
        Ok(())
    }

    /// Creates a closure of child proto `idx` of `parent`, capturing upvalues.
    fn make_closure(
        &mut self,
        parent: Gc<LuaClosure>,
        idx: usize,
        base: usize,
    ) -> LuaResult<Gc<LuaClosure>> {
        let pinst = parent.inst;
        let child = match pinst.children[idx].get() {
            Some(c) => c,
            None => {
                let proto = pinst.proto.protos[idx].clone();
                let c = self.instantiate(proto)?;
                pinst.children[idx].set(Some(c));
                c
            }
        };
        let descs = &child.proto.upvalues;
        let mut upvals = Vec::with_capacity(descs.len());
        for d in descs.iter() {
            upvals.push(if d.in_stack {
                self.find_upval(base + d.index as usize)?
            } else {
                parent.upvals[d.index as usize]
            });
        }
        Ok(self.heap.new_closure(LuaClosure {
            inst: child,
            upvals: upvals.into_boxed_slice(),
        })?)
    }

    /// The open upvalue for stack slot `index` of the running coroutine (created if needed).
    fn find_upval(&mut self, index: usize) -> LuaResult<Gc<UpVal>> {
        let th = self.cur;
        let list = &th.open_upvals;
        // Sorted by index; search from the end (most recent locals are highest).
        let pos = list.partition_point(|u| open_index(u) < index);
        if let Some(u) = list.get(pos) {
            if open_index(u) == index {
                return Ok(*u);
            }
        }
        let u = self.heap.new_upval(UpVal {
            state: UpState::Open {
                thread: th,
                index: index as u32,
            },
        })?;
        unsafe { th.get_mut().open_upvals.insert(pos, u) };
        Ok(u)
    }

    /// Closes every open upvalue of the running coroutine at or above `level`.
    pub(crate) fn close_upvals(&mut self, level: usize) {
        self.close_upvals_of(self.cur, level);
    }

    /// Closes every open upvalue of `th` at or above `level`.
    pub(crate) fn close_upvals_of(&mut self, th: Gc<Thread>, level: usize) {
        let t = unsafe { th.get_mut() };
        while let Some(u) = t.open_upvals.last() {
            let idx = open_index(u);
            if idx < level {
                break;
            }
            let v = t.stack[idx];
            unsafe { u.get_mut().state = UpState::Closed(v) };
            t.open_upvals.pop();
        }
    }

    /// FORPREP: validates and normalises the loop control values at `ra`, `ra+1`, `ra+2` and
    /// pre-decrements the index, exactly as lvm.c 5.3 (`forlimit`; integer loops wrap).
    fn for_prep(&mut self, ra: usize) -> LuaResult<()> {
        let st = unsafe { &mut self.cur.get_mut().stack };
        if let (Value::Int(init), Value::Int(step)) = (st[ra], st[ra + 2]) {
            if let Some((limit, stop_now)) = arith::for_limit(st[ra + 1], step) {
                let init = if stop_now { 0 } else { init };
                st[ra + 1] = Value::Int(limit);
                st[ra] = Value::Int(init.wrapping_sub(step));
                return Ok(());
            }
        }
        let Some(limit) = arith::to_float(st[ra + 1]) else {
            return Err(LuaError::rt("'for' limit must be a number"));
        };
        st[ra + 1] = Value::Float(limit);
        let Some(step) = arith::to_float(st[ra + 2]) else {
            return Err(LuaError::rt("'for' step must be a number"));
        };
        st[ra + 2] = Value::Float(step);
        let Some(init) = arith::to_float(st[ra]) else {
            return Err(LuaError::rt("'for' initial value must be a number"));
        };
        st[ra] = Value::Float(init - step);
        Ok(())
    }
}

#[inline(always)]
fn open_index(u: &Gc<UpVal>) -> usize {
    match u.state {
        UpState::Open { index, .. } => index as usize,
        UpState::Closed(_) => usize::MAX,
    }
}

/// The top of the running Lua frame's registers.
#[inline(always)]
fn frame_top(th: &Gc<Thread>) -> usize {
    th.frames.last().map(|f| f.top as usize).unwrap_or(0)
}
