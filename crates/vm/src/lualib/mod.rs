//! Pure algorithms of the Lua 5.3 standard library, independent of the VM's value type.
//!
//! Each submodule implements one library's core over bytes and numbers with results and error
//! messages identical to PUC-Rio Lua 5.3.6; the VM's library bindings convert values and call in.

pub mod format;
pub mod number;
pub mod pattern;
pub mod printf;
