//! Errors raised while running Lua code.

use crate::value::Value;

/// An error propagating through the VM.
#[derive(Clone, Debug)]
pub enum LuaError {
    /// A Lua error value (from `error(v)` or a runtime error whose message is complete).
    Value(Value),
    /// A runtime error message that still needs the position of the running Lua code
    /// (`chunk:line:` of the innermost Lua caller), as `luaL_error` adds it.
    Runtime(String),
    /// `bad argument #arg to 'name' (msg)`: the VM fills in the name from the call site.
    BadArg {
        /// 1-based argument number.
        arg: usize,
        /// The parenthesised explanation.
        msg: String,
    },
    /// Allocation beyond the heap limit.
    OutOfMemory,
}

impl LuaError {
    /// A runtime error with a message (position added by the VM).
    pub fn rt(msg: impl Into<String>) -> LuaError {
        LuaError::Runtime(msg.into())
    }

    /// `bad argument #arg to '?' (msg)`.
    pub fn arg(arg: usize, msg: impl Into<String>) -> LuaError {
        LuaError::BadArg {
            arg,
            msg: msg.into(),
        }
    }
}

impl From<crate::gc::OutOfMemory> for LuaError {
    fn from(_: crate::gc::OutOfMemory) -> Self {
        LuaError::OutOfMemory
    }
}

/// Result of native functions and VM operations.
pub type LuaResult<T> = Result<T, LuaError>;
