//! Source text to a compiled main function (parser + compiler).

use std::sync::Arc;

use wippy_compiler::Proto;

/// Parses and compiles a chunk; the error is PUC Lua's full message (`chunkid:line: msg`).
pub fn compile_chunk(source: &[u8], chunk_name: &str) -> Result<Arc<Proto>, String> {
    let chunk = wippy_parser::parse(source, chunk_name).map_err(|e| e.full_message())?;
    wippy_compiler::compile(&chunk, source, chunk_name).map_err(|e| e.full_message())
}
