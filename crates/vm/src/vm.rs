//! The VM state of one process: heap, globals, registry, coroutines, and the embedding API.

use std::sync::Arc;

use wippy_compiler::{Constant, Proto};

use crate::error::{LuaError, LuaResult};
use crate::function::{
    LuaClosure, NativeClosure, NativeFn, NativeKind, ProtoInstance, UpState, UpVal,
};
use crate::gc::{Gc, Heap, LuaStr};
use crate::meta::{MetaMethod, MetaNames};
use crate::number::{fmt_float, str_to_number, Number};
use crate::table::Table;
use crate::thread::{CoStatus, Frame, FrameKind, Thread};
use crate::value::Value;

/// Maximum nesting of native -> Lua re-entries (LUAI_MAXCCALLS).
pub const MAX_NATIVE_DEPTH: u32 = 200;

/// One Lua state: everything a process owns.
pub struct Vm {
    /// The process heap.
    pub heap: Heap,
    /// The global table (`_G`, the `_ENV` of loaded chunks).
    pub globals: Gc<Table>,
    /// The registry (`debug.getregistry`).
    pub registry: Gc<Table>,
    /// Metatable shared by all strings.
    pub string_meta: Option<Gc<Table>>,
    /// Interned metamethod keys.
    pub names: MetaNames,
    /// The main coroutine.
    pub main_thread: Gc<Thread>,
    /// The running coroutine.
    pub cur: Gc<Thread>,
    /// Top of the running frame's used stack area (for natives and multiple results).
    pub(crate) top: usize,
    /// Current nesting of native -> Lua calls.
    pub(crate) native_depth: u32,
    /// Values that must survive a collection but live only in Rust (rare; e.g. during load).
    pub(crate) pinned: Vec<Value>,
    /// While `call_traced` runs: the frame depth of its call, whose uncaught errors get a
    /// traceback recorded before the stack unwinds.
    pub(crate) trace_uncaught: Option<usize>,
    /// The traceback recorded for the last uncaught error under `call_traced`.
    pub(crate) uncaught_traceback: Option<Vec<u8>>,
}

// The VM is a self-contained graph of objects owned by `heap`; it never shares mutable state with
// other VMs, so moving it to another thread is sound.
unsafe impl Send for Vm {}

impl Vm {
    /// A new state with the standard library opened.
    pub fn new() -> Vm {
        let mut vm = Vm::bare().expect("out of memory creating a VM");
        crate::stdlib::open_all(&mut vm).expect("out of memory opening the standard library");
        vm
    }

    /// A new state without any library.
    pub fn bare() -> LuaResult<Vm> {
        let mut heap = Heap::new();
        let globals = heap.new_table(Table::default())?;
        let registry = heap.new_table(Table::default())?;
        let names = MetaNames::new(&mut heap)?;
        let main_thread = heap.new_thread(Thread::new(Value::Nil))?;
        unsafe { main_thread.get_mut().status = CoStatus::Running };
        Ok(Vm {
            heap,
            globals,
            registry,
            string_meta: None,
            names,
            main_thread,
            cur: main_thread,
            top: 1,
            native_depth: 0,
            pinned: Vec::new(),
            trace_uncaught: None,
            uncaught_traceback: None,
        })
    }

    // ---------------------------------------------------------------------------------------
    // Allocation helpers
    // ---------------------------------------------------------------------------------------

    /// Makes a string value.
    pub fn str(&mut self, s: impl AsRef<[u8]>) -> LuaResult<Value> {
        Ok(Value::Str(self.heap.new_str(s.as_ref())?))
    }

    /// Interns a string.
    pub fn intern(&mut self, s: impl AsRef<[u8]>) -> LuaResult<LuaStr> {
        Ok(self.heap.new_str(s.as_ref())?)
    }

    /// Makes an empty table.
    pub fn new_table(&mut self) -> LuaResult<Gc<Table>> {
        Ok(self.heap.new_table(Table::default())?)
    }

    /// Makes a native function value.
    pub fn native(&mut self, name: &'static str, f: NativeFn) -> LuaResult<Value> {
        Ok(Value::NativeFn(self.heap.new_native(NativeClosure {
            kind: NativeKind::Plain(f),
            name,
            upvals: Box::new([]),
        })?))
    }

    /// Makes a native function value with upvalues (read with [`Vm::current_native_upvalue`]).
    pub fn native_with_upvals(
        &mut self,
        name: &'static str,
        f: NativeFn,
        upvals: Vec<Value>,
    ) -> LuaResult<Value> {
        self.native_kind(name, NativeKind::Plain(f), upvals)
    }

    /// Upvalue `i` of the running native function (nil if absent).
    pub fn current_native_upvalue(&self, i: usize) -> Value {
        let Some(f) = self.cur.frames.last() else {
            return Value::Nil;
        };
        match self.cur.stack[f.func as usize] {
            Value::NativeFn(nf) => nf.upvals.get(i).copied().unwrap_or(Value::Nil),
            _ => Value::Nil,
        }
    }

    /// Makes a native function value with a special interpreter-handled behaviour.
    pub fn native_kind(
        &mut self,
        name: &'static str,
        kind: NativeKind,
        upvals: Vec<Value>,
    ) -> LuaResult<Value> {
        Ok(Value::NativeFn(self.heap.new_native(NativeClosure {
            kind,
            name,
            upvals: upvals.into_boxed_slice(),
        })?))
    }

    /// Raw-sets `t[key] = v` with a string key.
    pub fn set_field(&mut self, t: Gc<Table>, key: &str, v: Value) -> LuaResult<()> {
        let k = self.str(key)?;
        self.raw_set(t, k, v)
    }

    /// Raw set with accounting and key checks.
    pub fn raw_set(&mut self, t: Gc<Table>, k: Value, v: Value) -> LuaResult<()> {
        match unsafe { t.get_mut().set(k, v) } {
            Ok(delta) => Ok(self.heap.note_growth(delta)?),
            Err(crate::table::KeyError::Nil) => Err(LuaError::rt("table index is nil")),
            Err(crate::table::KeyError::NaN) => Err(LuaError::rt("table index is NaN")),
        }
    }

    /// Instantiates a compiled function in this heap (constants become heap values).
    pub fn instantiate(&mut self, proto: Arc<Proto>) -> LuaResult<Gc<ProtoInstance>> {
        if !wippy_compiler::opcode::validate(&proto.code) {
            return Err(LuaError::rt("invalid bytecode"));
        }
        let mut consts = Vec::with_capacity(proto.constants.len());
        for c in proto.constants.iter() {
            consts.push(match c {
                Constant::Nil => Value::Nil,
                Constant::Bool(b) => Value::Bool(*b),
                Constant::Int(i) => Value::Int(*i),
                Constant::Float(f) => Value::Float(*f),
                Constant::Str(s) => Value::Str(self.heap.new_str(s)?),
            });
        }
        let children = (0..proto.protos.len())
            .map(|_| std::cell::Cell::new(None))
            .collect();
        Ok(self.heap.new_instance(ProtoInstance {
            num_params: proto.num_params,
            is_vararg: proto.is_vararg,
            max_stack: proto.max_stack,
            proto,
            consts: consts.into_boxed_slice(),
            children,
        })?)
    }

    /// Makes a closure of a main chunk with `_ENV` = the globals table.
    pub fn load_proto(&mut self, proto: Arc<Proto>) -> LuaResult<Value> {
        let env = Value::Table(self.globals);
        self.load_proto_env(proto, env)
    }

    /// Makes a closure of a main chunk with the given `_ENV`.
    pub fn load_proto_env(&mut self, proto: Arc<Proto>, env: Value) -> LuaResult<Value> {
        let nup = proto.upvalues.len();
        let inst = self.instantiate(proto)?;
        let mut upvals = Vec::with_capacity(nup);
        for i in 0..nup {
            let v = if i == 0 { env } else { Value::Nil };
            upvals.push(self.heap.new_upval(UpVal {
                state: UpState::Closed(v),
            })?);
        }
        Ok(Value::LuaFn(self.heap.new_closure(LuaClosure {
            inst,
            upvals: upvals.into_boxed_slice(),
        })?))
    }

    /// Parses and compiles `source`, returning the main function.
    pub fn load(&mut self, source: &[u8], chunk_name: &str) -> LuaResult<Value> {
        let proto = crate::load::compile_chunk(source, chunk_name).map_err(|msg| -> LuaError {
            match self.str(msg) {
                Ok(v) => LuaError::Value(v),
                Err(e) => e,
            }
        })?;
        self.load_proto(proto)
    }

    // ---------------------------------------------------------------------------------------
    // Stack API for native functions
    // ---------------------------------------------------------------------------------------

    #[inline]
    fn native_base(&self) -> usize {
        self.cur.frames.last().map(|f| f.base as usize).unwrap_or(0)
    }

    /// Argument `i` (0-based) of the running native function, or nil.
    #[inline]
    pub fn arg(&self, i: usize) -> Value {
        let idx = self.native_base() + i;
        if idx < self.top {
            self.cur.stack[idx]
        } else {
            Value::Nil
        }
    }

    /// Number of arguments of the running native function.
    #[inline]
    pub fn nargs(&self) -> usize {
        self.top - self.native_base()
    }

    /// Pushes a value on the running frame's stack.
    #[inline]
    pub fn push(&mut self, v: Value) -> LuaResult<()> {
        let top = self.top;
        let th = unsafe { self.cur.get_mut() };
        if top >= th.stack.len() {
            if top >= crate::thread::MAX_STACK {
                return Err(LuaError::rt("stack overflow"));
            }
            th.stack.resize(top + 1 + top / 2, Value::Nil);
        }
        th.stack[top] = v;
        self.top = top + 1;
        Ok(())
    }

    /// Makes sure the stack has room for `n` more slots above `top`.
    #[inline(always)]
    pub(crate) fn ensure_stack(&mut self, needed_top: usize) -> LuaResult<()> {
        if needed_top > self.cur.stack.len() {
            return self.grow_stack(needed_top);
        }
        Ok(())
    }

    #[cold]
    fn grow_stack(&mut self, needed_top: usize) -> LuaResult<()> {
        let th = unsafe { self.cur.get_mut() };
        if needed_top > th.stack.len() {
            if needed_top > crate::thread::MAX_STACK {
                return Err(LuaError::rt("stack overflow"));
            }
            let new_len = needed_top
                .max(th.stack.len() * 2)
                .min(crate::thread::MAX_STACK + 200);
            let old = th.stack.capacity();
            th.stack.resize(new_len, Value::Nil);
            let grown = (th.stack.capacity() - old) * std::mem::size_of::<Value>();
            self.heap.note_growth(grown as isize)?;
        }
        Ok(())
    }

    // ---------------------------------------------------------------------------------------
    // Conversions
    // ---------------------------------------------------------------------------------------

    /// `tonumber`-style conversion used by arithmetic (strings convert).
    pub fn to_number(&self, v: &Value) -> Option<Number> {
        match v {
            Value::Int(i) => Some(Number::Int(*i)),
            Value::Float(f) => Some(Number::Float(*f)),
            Value::Str(s) => str_to_number(s.as_bytes()),
            _ => None,
        }
    }

    /// Converts a number to its string form without metamethods (`luaO_tostring`).
    pub fn number_to_str(&mut self, v: &Value) -> LuaResult<Option<LuaStr>> {
        Ok(match v {
            Value::Int(i) => Some(self.intern(i.to_string())?),
            Value::Float(f) => Some(self.intern(fmt_float(*f))?),
            Value::Str(s) => Some(*s),
            _ => None,
        })
    }

    /// The metatable of any value.
    pub fn metatable(&self, v: &Value) -> Option<Gc<Table>> {
        match v {
            Value::Table(t) => t.meta,
            Value::UserData(u) => u.meta,
            Value::Str(_) => self.string_meta,
            _ => None,
        }
    }

    /// A metamethod of a value, or nil.
    #[inline]
    pub fn metamethod(&self, v: &Value, mm: MetaMethod) -> Value {
        match self.metatable(v) {
            Some(mt) => self.names.lookup(&mt, mm),
            None => Value::Nil,
        }
    }

    /// `tostring(v)` with `__tostring` and `__name` (may call Lua).
    pub fn tostring(&mut self, v: Value) -> LuaResult<LuaStr> {
        let mm = self.metamethod(&v, MetaMethod::ToString);
        if !mm.is_nil() {
            let r = self.call(mm, &[v])?;
            return match r.first() {
                Some(Value::Str(s)) => Ok(*s),
                Some(n @ (Value::Int(_) | Value::Float(_))) => {
                    Ok(self.number_to_str(n)?.expect("number"))
                }
                _ => Err(LuaError::rt("'__tostring' must return a string")),
            };
        }
        self.tostring_raw(v)
    }

    /// `tostring` without `__tostring` (but honouring `__name`).
    pub fn tostring_raw(&mut self, v: Value) -> LuaResult<LuaStr> {
        let text = match v {
            Value::Nil => "nil".to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Int(_) | Value::Float(_) | Value::Str(_) => {
                return Ok(self.number_to_str(&v)?.expect("number"))
            }
            _ => {
                let kind = match self.metamethod(&v, MetaMethod::Name) {
                    Value::Str(s) => s.to_str_lossy().into_owned(),
                    _ => v.type_name().to_string(),
                };
                format!("{}: {:#x}", kind, v.object_addr().unwrap_or(0))
            }
        };
        self.intern(text)
    }

    // ---------------------------------------------------------------------------------------
    // Calling from Rust
    // ---------------------------------------------------------------------------------------

    /// Calls `f` with `args` and returns all its results. Runs a nested interpreter loop, so a
    /// blocking operation or `coroutine.yield` inside it is an error.
    pub fn call(&mut self, f: Value, args: &[Value]) -> LuaResult<Vec<Value>> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(LuaError::rt("C stack overflow"));
        }
        let func = self.call_base();
        self.ensure_stack(func + args.len() + 1 + crate::interp::EXTRA_STACK)?;
        {
            let th = unsafe { self.cur.get_mut() };
            th.stack[func] = f;
            th.stack[func + 1..func + 1 + args.len()].copy_from_slice(args);
        }
        let saved_top = self.top;
        self.top = func + 1 + args.len();
        self.native_depth += 1;
        let r = self.call_at(func, args.len());
        self.native_depth -= 1;
        let out = r.map(|n| {
            let th = &self.cur;
            th.stack[func..func + n].to_vec()
        });
        self.top = saved_top;
        out
    }

    /// Stack slot where a nested call from Rust places its function.
    fn call_base(&self) -> usize {
        match self.cur.frames.last() {
            Some(f) if f.kind == FrameKind::Lua => {
                let cl = f.closure.expect("lua frame");
                (f.base as usize + cl.inst.proto.max_stack as usize).max(self.top)
            }
            _ => self.top,
        }
    }

    /// `luaL_traceback` of the running coroutine from `level`, after an optional message.
    pub fn traceback(&mut self, msg: Option<&[u8]>, level: i64) -> Vec<u8> {
        let th = self.cur;
        crate::stdlib::debug::build_traceback(self, th, msg, level)
    }

    /// Calls `f` like [`Vm::call`], but an error is turned into lua.c's message: the error
    /// value as text (`__tostring`, or `(error object is a X value)`) plus the stack traceback
    /// taken where the error happened (before unwinding).
    pub fn call_traced(&mut self, f: Value, args: &[Value]) -> Result<Vec<Value>, Vec<u8>> {
        let outer = self.cur.frames.len();
        self.trace_uncaught = Some(outer);
        let r = self.call(f, args);
        self.trace_uncaught = None;
        let tb = self.uncaught_traceback.take();
        match r {
            Ok(v) => Ok(v),
            Err(e) => {
                let mut text = self.error_text(e);
                if let Some(tb) = tb {
                    text.push(b'\n');
                    text.extend_from_slice(&tb);
                }
                Err(text)
            }
        }
    }

    /// lua.c's `msghandler` text for an error value.
    fn error_text(&mut self, e: LuaError) -> Vec<u8> {
        let err = match e {
            LuaError::Value(v) => v,
            LuaError::OutOfMemory => return b"not enough memory".to_vec(),
            LuaError::Runtime(m) => return m.into_bytes(),
            LuaError::BadArg { arg, msg } => {
                return format!("bad argument #{} ({})", arg, msg).into_bytes()
            }
        };
        match err {
            Value::Str(s) => s.as_bytes().to_vec(),
            Value::Int(_) | Value::Float(_) => self
                .tostring_raw(err)
                .map(|s| s.as_bytes().to_vec())
                .unwrap_or_default(),
            _ if !self.metamethod(&err, MetaMethod::ToString).is_nil() => {
                match self.tostring(err) {
                    Ok(s) => s.as_bytes().to_vec(),
                    Err(_) => format!("(error object is a {} value)", err.type_name()).into_bytes(),
                }
            }
            _ => format!("(error object is a {} value)", err.type_name()).into_bytes(),
        }
    }

    /// Runs a whole chunk (or any function) as the main program: like `call`, but at depth 0.
    pub fn run_main(&mut self, f: Value, args: &[Value]) -> LuaResult<Vec<Value>> {
        self.call(f, args)
    }

    /// Records a frame for a native function about to run (so errors and `debug` see it).
    pub(crate) fn push_native_frame(
        &mut self,
        func: usize,
        nargs: usize,
        nresults: i32,
        flags: u8,
    ) {
        let th = unsafe { self.cur.get_mut() };
        let cdepth = th.frames.last().map_or(0, |f| f.cdepth);
        th.frames.push(Frame {
            kind: FrameKind::Native,
            func: func as u32,
            base: func as u32 + 1,
            pc: 0,
            nresults,
            closure: None,
            top: (func + 1 + nargs) as u32,
            nvarargs: 0,
            flags,
            aux: 0,
            cdepth,
        });
    }

    /// Runs a collection now (only called at safepoints).
    pub fn collect_garbage(&mut self) {
        let mut roots = vec![Value::Table(self.globals), Value::Table(self.registry)];
        if let Some(m) = self.string_meta {
            roots.push(Value::Table(m));
        }
        roots.extend(self.names.all());
        roots.extend_from_slice(&self.pinned);
        // The running coroutine's live stack: everything below the current top.
        let cur = self.cur;
        let live = self.live_top();
        unsafe {
            let th = cur.get_mut();
            let from = live.min(th.stack.len());
            for v in th.stack[from..].iter_mut() {
                *v = Value::Nil;
            }
        }
        self.heap.collect(&roots, &[self.main_thread, cur]);
    }

    /// One past the highest stack slot in use by the running coroutine.
    fn live_top(&self) -> usize {
        let mut top = self.top;
        if let Some(f) = self.cur.frames.last() {
            if let (FrameKind::Lua, Some(cl)) = (f.kind, f.closure) {
                top = top.max(f.base as usize + cl.inst.proto.max_stack as usize);
            }
        }
        top
    }

    /// Runs the `__gc` metamethods of collected objects (newest first). An error in one is
    /// raised as `error in __gc metamethod (msg)`, like Lua 5.3.
    pub fn run_finalizers(&mut self) -> LuaResult<()> {
        while let Some(t) = self.heap.next_to_finalize() {
            let gc_key = self.names.key(MetaMethod::Gc);
            let mm = t.meta.map_or(Value::Nil, |m| m.get_str(&gc_key));
            if !mm.is_function() {
                continue;
            }
            if let Err(e) = self.call(mm, &[Value::Table(t)]) {
                let msg = match e {
                    LuaError::Value(Value::Str(s)) => s.to_str_lossy().into_owned(),
                    LuaError::Value(v) => format!("(error object is a {} value)", v.type_name()),
                    LuaError::Runtime(m) => m,
                    LuaError::BadArg { msg, .. } => msg,
                    LuaError::OutOfMemory => return Err(LuaError::OutOfMemory),
                };
                let v = self.str(format!("error in __gc metamethod ({})", msg))?;
                return Err(LuaError::Value(v));
            }
        }
        Ok(())
    }

    /// Closes the state like `lua_close`: every pending finalizer runs (errors are ignored).
    pub fn close(&mut self) {
        // Finalizers already pending run first, then every remaining finalizable object's.
        while self.heap.has_pending_finalizers() {
            let _ = self.run_finalizers();
        }
        self.heap.finalize_all();
        while self.heap.has_pending_finalizers() {
            let _ = self.run_finalizers();
        }
    }

    /// Like [`Vm::collect_garbage`], but only when the heap asks for it.
    #[inline]
    pub fn maybe_collect(&mut self) {
        if self.heap.should_collect() {
            self.collect_garbage();
        }
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
