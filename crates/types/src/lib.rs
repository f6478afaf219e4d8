//! wippy-types: the gradual type system of wippy-lua.
//!
//! The [`model`] (an interned [`TypeArena`] with subtyping) is shared by the static checker and
//! by runtime validation of type values.

pub mod display;
pub mod intern;
pub mod model;
pub mod ops;
pub mod subtype;

pub use intern::{Interner, Sym};
pub use model::{Type, TypeArena, TypeId};
