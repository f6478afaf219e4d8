//! Compile errors in PUC Lua 5.3's format.

use std::fmt;

/// A compile error: `line` and the bare message (including PUC's `near '<token>'` part where PUC
/// has one). [`CompileError::full_message`] gives `chunkid:line: msg`, which `Display` prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Line of the error; 0 for limit errors that PUC raises without a position
    /// (e.g. `too many constants (limit is 67108863)`).
    pub line: u32,
    /// The message without the `chunkid:line:` prefix.
    pub message: String,
    /// The chunk name as given to [`crate::compile`].
    pub chunk_name: String,
}

impl CompileError {
    /// The message exactly as PUC Lua reports it: `chunkid:line: msg` (or `msg` when `line` is 0).
    pub fn full_message(&self) -> String {
        if self.line == 0 {
            self.message.clone()
        } else {
            let id = wippy_parser::chunkid(self.chunk_name.as_bytes());
            format!(
                "{}:{}: {}",
                String::from_utf8_lossy(&id),
                self.line,
                self.message
            )
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.full_message())
    }
}

impl std::error::Error for CompileError {}

/// An error detected while compiling, before its position is attached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Fail {
    /// `luaX_syntaxerror`: located at the current token, with `near '<token>'`.
    Syntax(String),
    /// `semerror`: located at the current token, without the `near` part.
    Semantic(String),
    /// `luaG_runerror` from a growing vector: no position at all.
    Plain(String),
}

/// Result of the internal compile steps.
pub(crate) type CResult<T> = Result<T, Fail>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_message_has_location() {
        let e = CompileError {
            line: 3,
            message: "x".into(),
            chunk_name: "@f.lua".into(),
        };
        assert_eq!(e.to_string(), "f.lua:3: x");
    }
}
