//! A byte cursor with PUC Lua's line counting, used by the hand-written scanners (strings, long
//! brackets, comments) that run inside tokens logos has started.

/// True for the bytes C's `isspace` accepts in the "C" locale (Lua's `lisspace`).
pub(crate) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// True for `\n` and `\r`.
pub(crate) fn is_newline(b: u8) -> bool {
    b == b'\n' || b == b'\r'
}

/// The length of the line break starting at `src[pos]` (which must be `\n` or `\r`): 2 for
/// `\r\n` and `\n\r`, else 1. This is `llex.c`'s `inclinenumber`.
pub(crate) fn newline_len(src: &[u8], pos: usize) -> usize {
    match src.get(pos + 1) {
        Some(&next) if is_newline(next) && next != src[pos] => 2,
        _ => 1,
    }
}

/// A position in the source plus the current line number.
pub(crate) struct Cursor<'s> {
    /// The whole source.
    pub src: &'s [u8],
    /// Offset of the current byte.
    pub pos: usize,
    /// The line of the current byte (1-based).
    pub line: u32,
}

impl<'s> Cursor<'s> {
    /// The current byte, `None` at the end of the input.
    pub fn current(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    /// Skips the line break at the current byte (`\n` or `\r`) and counts the line.
    pub fn skip_newline(&mut self) {
        self.pos += newline_len(self.src, self.pos);
        self.line += 1;
    }
}
