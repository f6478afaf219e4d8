//! Syntax errors, reported like PUC Lua 5.3.

use std::fmt;

use wippy_lexer::Span;

/// A syntax (or lexical) error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The line PUC Lua reports (1-based).
    pub line: u32,
    /// The 1-based byte column of the token the error is near.
    pub column: u32,
    /// The token the error is near.
    pub span: Span,
    /// The bare message, e.g. `unexpected symbol near <eof>`.
    pub message: String,
    /// The chunk's display name (see [`crate::chunkid`]), e.g. `file.lua`.
    pub chunk: String,
}

impl SyntaxError {
    /// PUC's full message: `chunkid:line: message`.
    pub fn full_message(&self) -> String {
        format!("{}:{}: {}", self.chunk, self.line, self.message)
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.full_message())
    }
}

impl std::error::Error for SyntaxError {}
