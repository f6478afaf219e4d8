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
            format!(
                "{}:{}: {}",
                chunk_id(&self.chunk_name),
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

/// Lua 5.3's `luaO_chunkid` with `LUA_IDSIZE` 60: how a chunk name appears in messages.
pub(crate) fn chunk_id(source: &str) -> String {
    const IDSIZE: usize = 60;
    let bytes = source.as_bytes();
    let lossy = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    match bytes.first() {
        Some(b'=') => {
            let rest = &bytes[1..];
            lossy(&rest[..rest.len().min(IDSIZE - 1)])
        }
        Some(b'@') => {
            let rest = &bytes[1..];
            if bytes.len() <= IDSIZE {
                lossy(rest)
            } else {
                let keep = IDSIZE - 3 - 1;
                format!("...{}", lossy(&rest[rest.len() - keep..]))
            }
        }
        _ => {
            let avail = IDSIZE - "[string \"...\"]".len() - 1;
            let first_line = bytes.iter().position(|&c| c == b'\n');
            if bytes.len() < avail && first_line.is_none() {
                format!("[string \"{}\"]", lossy(bytes))
            } else {
                let l = first_line.unwrap_or(bytes.len()).min(avail);
                format!("[string \"{}...\"]", lossy(&bytes[..l]))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunk_ids_match_puc() {
        assert_eq!(chunk_id("@test.lua"), "test.lua");
        assert_eq!(chunk_id("=stdin"), "stdin");
        assert_eq!(chunk_id("x = 1"), "[string \"x = 1\"]");
        assert_eq!(chunk_id("x = 1\ny = 2"), "[string \"x = 1...\"]");
        let long = format!("@{}", "d/".repeat(40));
        let id = chunk_id(&long);
        assert!(id.starts_with("...") && id.len() == 59);
        let long_src = "a".repeat(100);
        assert_eq!(
            chunk_id(&long_src),
            format!("[string \"{}...\"]", "a".repeat(45))
        );
    }

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
