//! Byte offset -> line/column lookup, built once per source.

use crate::cursor::newline_len;

/// The start offset of every line of a source, for binary-search lookups of line and column.
///
/// Lines end at `\n`, `\r`, `\r\n` or `\n\r` (each one line break, as in PUC Lua), so the
/// lines agree with the ones the lexer reports.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes a chunk lexed with [`crate::Lexer::new`].
    pub fn new(src: &[u8]) -> LineIndex {
        LineIndex::from_offset(src, 0)
    }

    /// Indexes a file lexed with [`crate::Lexer::new_file`]: a skipped `#` first line ends at
    /// `\n` only, as in `luaL_loadfile`.
    pub fn new_file(src: &[u8]) -> LineIndex {
        LineIndex::from_offset(src, crate::lexer::file_prefix_len(src))
    }

    /// Indexes `src`, counting line breaks from `from` on (bytes before it are on line 1).
    fn from_offset(src: &[u8], from: usize) -> LineIndex {
        let mut starts = vec![0u32];
        // The offset after the last line break: a hit before it is the second byte of a pair.
        let mut next = from;
        for off in memchr::memchr2_iter(b'\n', b'\r', &src[from..]) {
            let pos = from + off;
            if pos >= next {
                next = pos + newline_len(src, pos);
                starts.push(next as u32);
            }
        }
        LineIndex { starts }
    }

    /// The 1-based line of byte offset `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        self.starts.partition_point(|&s| s <= offset) as u32
    }

    /// The 1-based line and 1-based byte column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line(offset);
        (line, offset - self.starts[line as usize - 1] + 1)
    }

    /// The number of lines (a source without line breaks has one).
    pub fn line_count(&self) -> u32 {
        self.starts.len() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let idx = LineIndex::new(b"ab\ncd\r\nef\n\rg\r\rh");
        assert_eq!(idx.line_count(), 6);
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(2), (1, 3));
        assert_eq!(idx.line_col(3), (2, 1));
        assert_eq!(idx.line_col(7), (3, 1));
        assert_eq!(idx.line_col(11), (4, 1));
        assert_eq!(idx.line(12), 4);
        assert_eq!(idx.line(13), 5);
        assert_eq!(idx.line(14), 6);
        assert_eq!(idx.line(100), 6);
    }

    #[test]
    fn file_first_line_ends_at_lf_only() {
        let src = b"#!x\ry\nz";
        assert_eq!(LineIndex::new_file(src).line(6), 2);
        assert_eq!(LineIndex::new(src).line(6), 3);
    }
}
