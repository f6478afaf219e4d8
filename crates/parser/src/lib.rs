//! wippy-parser: Lua 5.3 (plus type annotations) source to [`ast::Chunk`].

pub mod ast;
