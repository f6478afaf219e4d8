//! wippy-parser: Lua 5.3 (plus type annotations) source to [`ast::Chunk`].
//!
//! [`parse`] runs the LALRPOP grammar over the logos lexer (through the token adapter in
//! `tok.rs`). On failure the diagnoser (`diagnose.rs`, a transcription of PUC's `lparser.c`)
//! re-reads the tokens to produce PUC Lua 5.3's exact message and line. See docs/parser.md.

mod actions;
pub mod ast;
mod diagnose;
mod error;
pub mod pretty;
mod tok;

#[allow(clippy::all, missing_docs, unused_parens, unused_imports, dead_code)]
mod grammar {
    include!(concat!(env!("OUT_DIR"), "/grammar.rs"));
}

use lalrpop_util::ParseError;
use wippy_lexer::{Lexer, LineIndex, Near, Span};

pub use actions::{MAX_C_LEVELS, MAX_DEPTH};
pub use error::SyntaxError;
/// PUC Lua's `luaO_chunkid`: the display name of a chunk in messages (`@file.lua` ->
/// `file.lua`, `=stdin` -> `stdin`, other sources -> `[string "first line..."]`).
pub use wippy_lexer::chunk_id as chunkid;

use actions::{Ctx, GrammarError, GrammarErrorKind, PE};
use tok::Feeder;

/// Parses a chunk as `load` does (no line is skipped). `chunk_name` is the chunk's source name
/// as given to `load` (`@file.lua`, `=stdin`, or the source text itself).
pub fn parse(source: &[u8], chunk_name: &str) -> Result<ast::Chunk, SyntaxError> {
    run(source, chunk_name, false)
}

/// Parses a file as `luaL_loadfile` does: a UTF-8 byte order mark and a first line starting
/// with `#` are skipped (spans and lines still count them).
pub fn parse_file(source: &[u8], chunk_name: &str) -> Result<ast::Chunk, SyntaxError> {
    run(source, chunk_name, true)
}

fn lexer(source: &[u8], file: bool) -> Lexer<'_> {
    if file {
        Lexer::new_file(source)
    } else {
        Lexer::new(source)
    }
}

fn run(source: &[u8], chunk_name: &str, file: bool) -> Result<ast::Chunk, SyntaxError> {
    let lines = if file {
        LineIndex::new_file(source)
    } else {
        LineIndex::new(source)
    };
    let ctx = Ctx {
        stats: Default::default(),
        lines,
        len: source.len().min(u32::MAX as usize) as u32,
    };
    let parsed = grammar::ChunkParser::new().parse(&ctx, Feeder::new(lexer(source, file)));
    parsed.map_err(|e| report(source, chunk_name, file, &ctx.lines, e))
}

/// Turns a failed parse into PUC's message, by running the diagnoser.
fn report(source: &[u8], chunk_name: &str, file: bool, lines: &LineIndex, e: PE) -> SyntaxError {
    let chunk = String::from_utf8_lossy(&chunkid(chunk_name.as_bytes())).into_owned();
    let (toks, end) = tok::classify_all(lexer(source, file));
    let fallback_toks = toks.clone();
    let (message, line, span) = match diagnose::diagnose(source, lines, toks, end) {
        Some(d) => (d.message, d.line, d.span),
        None => fallback(source, lines, &fallback_toks, e),
    };
    let column = lines.line_col(span.start).1;
    SyntaxError {
        line,
        column,
        span,
        message,
        chunk,
    }
}

/// The message when the diagnoser accepts what the grammar rejected (type syntax it does not
/// model exactly, or the AST depth limit PUC does not have).
fn fallback(source: &[u8], lines: &LineIndex, toks: &[tok::Spanned], e: PE) -> (String, u32, Span) {
    let near = |at: usize| -> (Near, Span) {
        let i = toks.partition_point(|t| (t.start as usize) < at);
        match toks.get(i) {
            Some(t) => {
                let span = Span::new(t.start, t.end);
                (Near::for_token(source, span, &t.tok.raw()), span)
            }
            None => {
                let end = source.len() as u32;
                (Near::Eof, Span::new(end, end))
            }
        }
    };
    let (msg, at) = match e {
        ParseError::User {
            error:
                GrammarError {
                    kind: GrammarErrorKind::Lex(le),
                    ..
                },
        } => {
            return (le.message_lossy().into_owned(), le.line, le.span);
        }
        ParseError::User {
            error: GrammarError { kind, start },
        } => {
            let msg = match kind {
                GrammarErrorKind::TooDeep => "chunk has too many syntax levels",
                GrammarErrorKind::CLevels => "chunk has too many C levels",
                _ => "syntax error",
            };
            (msg, start)
        }
        ParseError::ExtraToken { token: (lo, _, _) } => ("<eof> expected", lo),
        ParseError::UnrecognizedToken {
            token: (lo, _, _), ..
        } => ("unexpected symbol", lo),
        ParseError::UnrecognizedEof { .. } | ParseError::InvalidToken { .. } => {
            ("unexpected symbol", source.len())
        }
    };
    let (near, span) = near(at);
    let mut text = msg.as_bytes().to_vec();
    near.append_to(&mut text);
    let line = lines.line(span.end.saturating_sub(1).max(span.start));
    (String::from_utf8_lossy(&text).into_owned(), line, span)
}
