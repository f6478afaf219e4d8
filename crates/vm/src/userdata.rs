//! Full userdata: an opaque Rust payload with a metatable and a user value.

use std::any::Any;

use crate::gc::Gc;
use crate::table::Table;
use crate::value::Value;

/// A full userdata.
pub struct UserData {
    /// The Rust payload.
    pub data: Box<dyn Any + Send>,
    /// The metatable.
    pub meta: Option<Gc<Table>>,
    /// The associated user value (`debug.setuservalue`).
    pub user_value: Value,
}
