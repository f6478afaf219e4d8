//! Coroutines: a value stack, a frame stack and the list of open upvalues.

use crate::function::{LuaClosure, UpVal};
use crate::gc::Gc;
use crate::value::Value;

/// Maximum number of stack slots of one coroutine (LUAI_MAXSTACK).
pub const MAX_STACK: usize = 1_000_000;

/// Coroutine status as `coroutine.status` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoStatus {
    /// Created or yielded: can be resumed.
    Suspended,
    /// Currently running.
    Running,
    /// Resumed another coroutine and waits for it.
    Normal,
    /// Finished or died with an error.
    Dead,
}

/// What kind of frame this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// A Lua function.
    Lua,
    /// A native function (only present while it runs, or during a nested call from it).
    Native,
}

/// One activation record.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    /// Lua or native.
    pub kind: FrameKind,
    /// Stack index of the called function value.
    pub func: u32,
    /// Stack index of the first register / argument.
    pub base: u32,
    /// Lua frames: index of the next instruction to run (saved when the frame is not on top).
    pub pc: u32,
    /// Results wanted by the caller (-1: all).
    pub nresults: i32,
    /// Lua frames: the closure being run.
    pub closure: Option<Gc<LuaClosure>>,
    /// Native frames: stack top (one past the last argument/result).
    pub top: u32,
    /// Number of extra (vararg) arguments stored below `base`.
    pub nvarargs: u32,
    /// Status flags (`FLAG_*`).
    pub flags: u8,
    /// Continuation data of the running instruction (CONCAT: slot of a pending `__concat` result).
    pub aux: u32,
    /// Nesting of metamethod calls and native re-entries below this frame (PUC's `nCcalls`).
    pub cdepth: u16,
}

/// The frame is the callee of `pcall`/`xpcall`: returning completes the pcall frame below it.
pub const FLAG_PROTECTED: u8 = 1;
/// A pending `pcall`/`xpcall` native frame: errors above it unwind to it.
pub const FLAG_CATCH: u8 = 64;
/// The frame's results go to a metamethod continuation of the caller's current instruction.
pub const FLAG_METAMETHOD: u8 = 2;
/// The frame was entered by a tail call (for tracebacks).
pub const FLAG_TAIL: u8 = 4;
/// The frame runs a nested interpreter loop started by a native function; returning from it
/// returns to Rust.
pub const FLAG_NATIVE_BOUNDARY: u8 = 8;
/// The catching frame is an `xpcall` whose handler is stored at `func + 1`.
pub const FLAG_XPCALL: u8 = 16;

/// A coroutine.
pub struct Thread {
    /// Value stack.
    pub stack: Vec<Value>,
    /// Call frames, innermost last.
    pub frames: Vec<Frame>,
    /// Open upvalues, sorted by stack index.
    pub open_upvals: Vec<Gc<UpVal>>,
    /// Current status.
    pub status: CoStatus,
    /// The coroutine that resumed this one (while running or normal).
    pub resumer: Option<Gc<Thread>>,
}

impl Thread {
    /// A new coroutine whose stack holds just `f`.
    pub fn new(f: Value) -> Thread {
        Thread {
            stack: vec![f],
            frames: Vec::new(),
            open_upvals: Vec::new(),
            status: CoStatus::Suspended,
            resumer: None,
        }
    }

    /// Approximate bytes owned (for heap accounting).
    pub fn alloc_size(&self) -> usize {
        std::mem::size_of::<Thread>()
            + self.stack.capacity() * std::mem::size_of::<Value>()
            + self.frames.capacity() * std::mem::size_of::<Frame>()
            + self.open_upvals.capacity() * 8
    }
}
