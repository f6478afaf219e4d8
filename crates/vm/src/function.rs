//! Function objects: Lua closures, native functions, upvalues, and per-heap proto instances.

use std::cell::Cell;
use std::sync::Arc;

use wippy_compiler::Proto;

use crate::error::LuaError;
use crate::gc::Gc;
use crate::thread::Thread;
use crate::value::Value;
use crate::vm::Vm;

/// A compiled function materialised in one heap: its constants as heap values, and lazily the
/// instances of its nested functions. Shared by every closure of the same proto in this heap.
pub struct ProtoInstance {
    /// The shared, immutable compiled function.
    pub proto: Arc<Proto>,
    /// The constant table as values of this heap.
    pub consts: Box<[Value]>,
    /// Instances of nested protos, created on first CLOSURE.
    pub children: Box<[Cell<Option<Gc<ProtoInstance>>>]>,
    /// `proto.num_params`, copied here so calls read it without chasing the `Arc`.
    pub num_params: u8,
    /// `proto.is_vararg`.
    pub is_vararg: bool,
    /// `proto.max_stack`.
    pub max_stack: u8,
}

/// A Lua closure.
pub struct LuaClosure {
    /// The function's code and constants.
    pub inst: Gc<ProtoInstance>,
    /// Captured variables.
    pub upvals: Box<[Gc<UpVal>]>,
}

/// A captured variable: open while its local is alive on a stack, closed afterwards.
pub struct UpVal {
    /// Current state.
    pub state: UpState,
}

/// Where an upvalue's value lives.
pub enum UpState {
    /// In a stack slot of a (possibly suspended) coroutine.
    Open {
        /// The coroutine owning the slot.
        thread: Gc<Thread>,
        /// The slot index.
        index: u32,
    },
    /// Moved into the upvalue itself.
    Closed(Value),
}

impl UpVal {
    /// Reads the variable.
    #[inline(always)]
    pub fn get(&self) -> Value {
        match &self.state {
            UpState::Open { thread, index } => thread.stack[*index as usize],
            UpState::Closed(v) => *v,
        }
    }

    /// Writes the variable.
    #[inline(always)]
    pub fn set(&mut self, v: Value) {
        match &mut self.state {
            UpState::Open { thread, index } => unsafe {
                thread.get_mut().stack[*index as usize] = v
            },
            UpState::Closed(slot) => *slot = v,
        }
    }
}

/// Signature of an ordinary native function: arguments are `vm.arg(0..nargs)` in the current
/// frame; results are pushed with `vm.push`; returns the number of results pushed.
pub type NativeFn = fn(&mut Vm, usize) -> Result<usize, LuaError>;

/// What calling a native function does.
#[derive(Clone, Copy)]
pub enum NativeKind {
    /// An ordinary function.
    Plain(NativeFn),
    /// `pcall` (handled by the interpreter, stackless).
    Pcall,
    /// `xpcall` (handled by the interpreter, stackless).
    Xpcall,
    /// `coroutine.resume`.
    Resume,
    /// `coroutine.yield`.
    Yield,
    /// A function made by `coroutine.wrap` (its coroutine is upvalue 0).
    Wrap,
}

/// A native function value.
pub struct NativeClosure {
    /// Behaviour.
    pub kind: NativeKind,
    /// Name used when no call-site name is available.
    pub name: &'static str,
    /// Upvalues (e.g. the coroutine of a `wrap` function).
    pub upvals: Box<[Value]>,
}
