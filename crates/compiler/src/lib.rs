//! wippy-compiler: AST to register bytecode ([`Proto`]).
//!
//! The code generator follows Lua 5.3's lparser.c/lcode.c step by step, so that with
//! [`CompileOptions::puc_compatible`] the output is instruction-for-instruction what `luac5.3`
//! produces (see docs/bytecode.md). By default it also uses wippy's LOADI, GETFIELD and SETFIELD.

mod code;
mod compiler;
mod dump;
mod emit;
mod error;
mod expr;
mod fold;
mod funcstate;
pub mod opcode;
mod proto;
mod source;
mod stat;

use std::sync::Arc;

use wippy_parser::ast;

pub use dump::{dump, dump_with, DumpOptions};
pub use error::CompileError;
pub use proto::{Constant, LocalVar, Proto, UpvalDesc};

/// Code generation options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompileOptions {
    /// Emit exactly Lua 5.3's instruction set (no LOADI, GETFIELD, SETFIELD), so listings can
    /// be compared with `luac5.3 -l`.
    pub puc_compatible: bool,
}

/// Compiles a parsed chunk with the default options. `source` is the text the chunk was parsed
/// from (for line numbers and error positions); `chunk_name` is Lua's chunk name (`@file.lua`,
/// `=stdin`, or the source itself).
pub fn compile(
    chunk: &ast::Chunk,
    source: &[u8],
    chunk_name: &str,
) -> Result<Arc<Proto>, CompileError> {
    compile_with(chunk, source, chunk_name, CompileOptions::default())
}

/// Compiles a parsed chunk with explicit options.
pub fn compile_with(
    chunk: &ast::Chunk,
    source: &[u8],
    chunk_name: &str,
    opts: CompileOptions,
) -> Result<Arc<Proto>, CompileError> {
    let mut c = compiler::Compiler::new(source, chunk_name, opts);
    c.open_main();
    let block = &chunk.block;
    let result = c
        .statlist(&block.stats, block.ret.as_ref(), false)
        .and_then(|()| c.close_func(0));
    result.map_err(|fail| c.located(fail))
}
