//! Source text to a compiled main function (parser + compiler).

use std::sync::Arc;

use wippy_compiler::Proto;

/// Parses and compiles a chunk; the error is PUC Lua's full message (`chunkid:line: msg`).
pub fn compile_chunk(source: &[u8], chunk_name: &str) -> Result<Arc<Proto>, String> {
    let chunk = wippy_parser::parse(source, chunk_name).map_err(|e| e.full_message())?;
    wippy_compiler::compile(&chunk, source, chunk_name).map_err(|e| e.full_message())
}

/// `luaL_loadfilex`'s treatment of a file's first line: if it starts with `#` (a shebang), it is
/// replaced by an empty line so line numbers stay right.
pub fn skip_shebang(source: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if source.first() != Some(&b'#') {
        return std::borrow::Cow::Borrowed(source);
    }
    let rest = match source.iter().position(|&b| b == b'\n') {
        Some(i) => &source[i..],
        None => &[][..],
    };
    std::borrow::Cow::Owned(rest.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shebang_line_is_emptied() {
        assert_eq!(&*skip_shebang(b"#!/usr/bin/env lua\nprint(1)"), b"\nprint(1)");
        assert_eq!(&*skip_shebang(b"print(1)"), b"print(1)");
        assert_eq!(&*skip_shebang(b"# only"), b"");
    }
}
