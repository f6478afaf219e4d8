//! Pure algorithms of the Lua 5.3 standard library, independent of the VM's value type.
//!
//! Each submodule implements one library's core over bytes and numbers with results and error
//! messages identical to PUC-Rio Lua 5.3.6; the VM's library bindings convert values and call in.
//! Messages are bare, as `luaL_error` builds them before it prepends the caller's position.

#![warn(missing_docs)]

pub mod arith;
pub mod format;
pub mod math;
pub mod number;
pub mod pack;
pub mod pattern;
pub mod printf;
pub mod strftime;
pub mod strlib;
pub mod time;
pub mod utf8;

#[cfg(test)]
mod robustness;

use std::borrow::Cow;
use std::fmt;

/// An error from a library function whose arguments come from the VM through an accessor trait.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LibError<E> {
    /// An error raised by an argument accessor (e.g. "number expected, got string"), unchanged.
    Arg(E),
    /// `luaL_argerror`: reported as "bad argument #`arg` to '`function`' (`msg`)".
    BadArgument {
        /// Lua argument position (1-based).
        arg: usize,
        /// The parenthesised part of the message.
        msg: Cow<'static, str>,
    },
    /// `luaL_error` with this message.
    Error(String),
}

impl<E> LibError<E> {
    /// A `luaL_argerror` for argument `arg`.
    pub fn bad_arg(arg: usize, msg: impl Into<Cow<'static, str>>) -> Self {
        LibError::BadArgument {
            arg,
            msg: msg.into(),
        }
    }
}

impl<E: fmt::Display> LibError<E> {
    /// The full message, naming `function` for argument errors as Lua does.
    pub fn message(&self, function: &str) -> String {
        match self {
            LibError::Arg(e) => e.to_string(),
            LibError::BadArgument { arg, msg } => {
                format!("bad argument #{arg} to '{function}' ({msg})")
            }
            LibError::Error(m) => m.clone(),
        }
    }
}

/// Lua's `posrelat`: a string position made absolute (negative positions count from the end);
/// positions before the start become 0.
pub fn posrelat(pos: i64, len: usize) -> i64 {
    if pos >= 0 {
        pos
    } else if pos.unsigned_abs() > len as u64 {
        0
    } else {
        len as i64 + pos + 1
    }
}

/// Lua's `luaO_pushfstring("%c")`: a printable character as itself, any other as `<\code>`.
pub(crate) fn show_char(c: u8) -> String {
    if (0x20..0x7f).contains(&c) {
        (c as char).to_string()
    } else {
        format!("<\\{c}>")
    }
}
