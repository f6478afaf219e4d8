//! Shared test helpers.

// Each test binary uses only some of these.
#![allow(dead_code)]

use wippy_parser::ast::Chunk;

/// Parses `src` with wippy-parser (as `load` would, chunk name `=test`).
pub fn parse(src: &[u8]) -> Result<Chunk, String> {
    wippy_parser::parse(src, "=test").map_err(|e| e.full_message())
}

/// Replaces every `0x...` address in a listing with `0x?` (addresses differ between runs).
pub fn normalise(listing: &str) -> String {
    let mut out = String::with_capacity(listing.len());
    let mut rest = listing;
    while let Some(pos) = rest.find("0x") {
        out.push_str(&rest[..pos]);
        out.push_str("0x?");
        rest = rest[pos + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}
