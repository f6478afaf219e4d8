//! wippy-vm: values, the per-process heap and collector, the interpreter and the standard
//! library, plus the embedding API ([`Vm`]).

pub mod error;
pub mod function;
pub mod gc;
mod interp;
pub mod load;
pub mod lualib;
pub mod meta;
pub mod number;
mod stdlib;
pub mod table;
pub mod thread;
pub mod userdata;
pub mod value;
pub mod vm;

pub use error::{LuaError, LuaResult};
pub use interp::chunk_id;
pub use value::Value;
pub use vm::Vm;
