//! Pure algorithms of the Lua 5.3 standard library, independent of the VM's value type.
//!
//! Each submodule implements one library's core over bytes and numbers with results and error
//! messages identical to PUC-Rio Lua 5.3.6; the VM's library bindings convert values and call in.
//! Messages are bare, as `luaL_error` builds them before it prepends the caller's position.
//!
//! Modules: [`pattern`] (find/match/gmatch/gsub), [`format`](mod@format) (`string.format`) over
//! [`printf`] (C conversions), [`number`] (tostring/tonumber/float-to-int), [`arith`] (`//`,
//! `%`, shifts, int/float comparisons, `for` limits), [`pack`], [`strlib`] (sub/byte/rep/char),
//! [`utf8`], [`math`] (random, fmod, modf, floor, ceil), [`time`] and [`strftime`] (`os.time`,
//! `os.date`). Expected test values were produced by lua5.3; the generators are in `testgen/`.
//!
//! Notes for the bindings (all checked against lua5.3):
//! - `LibError::Error` is `luaL_error`: Lua prefixes "chunk:line:" of the calling Lua function
//!   (nothing when called from C, e.g. through `pcall(string.rep, ...)`). `LibError::BadArgument`
//!   is `luaL_argerror`: "bad argument #n to 'name' (msg)".
//! - `string.gmatch`: call [`pattern::GMatch::next`] (it advances the iterator) before asking the
//!   match for its values, so a capture error leaves the iterator advanced, as in PUC.
//! - `string.gsub` with a table or function: alternate [`pattern::Gsub::next`] with appending the
//!   replacement; a false/nil result keeps the match, a non-string one is "invalid replacement
//!   value (a table)".
//! - `string.pack`: the first missing argument reads as nil ("number expected, got nil").
//! - `io.write` prints floats with [`number::write_float_plain`] (`1`, not `1.0`).
//! - `os.time(t)` writes the normalised fields back into `t` ([`time::Tm::lua_fields`]).

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
