//! Shared test helpers.

use wippy_parser::ast::Chunk;

/// Parses `src` with wippy-parser (as `load` would, chunk name `=test`).
pub fn parse(src: &[u8]) -> Result<Chunk, String> {
    wippy_parser::parse(src, "=test").map_err(|e| e.full_message())
}
