//! wippy-types: the gradual type system of wippy-lua.
//!
//! * [`model`]: the type model, an interned [`TypeArena`] with subtyping ([`TypeArena::is_subtype`]),
//!   shared by the static checker and by runtime validation of type values.
//! * [`check_source`] / [`Session`]: the static checker (`wippy-lua --check`).
//! * [`Diagnostic`]: findings with stable codes, rendered as text or JSON.

mod check;
pub mod diag;
pub mod display;
pub mod intern;
pub mod model;
pub mod ops;
mod session;
pub mod subtype;
pub mod validate;

pub use diag::{render_json, Code, Diagnostic, Note, Severity};
pub use intern::{Interner, Sym};
pub use model::{Type, TypeArena, TypeId};
pub use session::{ModuleResolver, NoModules, Session};
pub use validate::{ValidationError, ValueKind, ValueView};

/// Parses and checks one file in a fresh session (syntax errors become P0001 diagnostics).
pub fn check_source(
    source: &[u8],
    path: &str,
    resolver: &mut dyn ModuleResolver,
) -> Vec<Diagnostic> {
    Session::new().check_source(source, path, resolver)
}

/// Checks an already parsed chunk in a fresh session.
pub fn check(
    chunk: &wippy_parser::ast::Chunk,
    path: &str,
    resolver: &mut dyn ModuleResolver,
) -> Vec<Diagnostic> {
    Session::new().check(chunk, path, resolver)
}
