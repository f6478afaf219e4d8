//! Diagnostics: stable codes, text rendering with a source excerpt, and JSON rendering.

use std::fmt::Write;
use wippy_parser::ast::Span;

/// Stable diagnostic codes (documented in docs/types.md).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    /// P0001: syntax error (reported by the CLI with [`Diagnostic::syntax`]).
    Syntax,
    /// E0001: a value does not fit the declared type of a variable or field.
    AssignMismatch,
    /// E0002: an argument does not fit the parameter type.
    ArgumentMismatch,
    /// E0003: wrong number of arguments.
    WrongArity,
    /// E0004: a field that the record type does not declare.
    UnknownField,
    /// E0005: calling a value that is not a function.
    NotCallable,
    /// E0006: indexing or calling a value that may be nil.
    PossiblyNil,
    /// E0007: a returned value does not fit the declared result type.
    ReturnMismatch,
    /// E0008: a function with declared results may end without returning.
    MissingReturn,
    /// E0009: an unknown type name.
    UnknownType,
    /// E0010: indexing a value that is not a table.
    NotIndexable,
    /// E0011: an operator applied to operands of the wrong type.
    BadOperand,
    /// E0012: a generic argument does not satisfy the parameter's constraint.
    ConstraintViolation,
    /// E0013: wrong number of type arguments for a generic alias.
    TypeArity,
}

impl Code {
    /// The code as printed (`E0001`).
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Syntax => "P0001",
            Code::AssignMismatch => "E0001",
            Code::ArgumentMismatch => "E0002",
            Code::WrongArity => "E0003",
            Code::UnknownField => "E0004",
            Code::NotCallable => "E0005",
            Code::PossiblyNil => "E0006",
            Code::ReturnMismatch => "E0007",
            Code::MissingReturn => "E0008",
            Code::UnknownType => "E0009",
            Code::NotIndexable => "E0010",
            Code::BadOperand => "E0011",
            Code::ConstraintViolation => "E0012",
            Code::TypeArity => "E0013",
        }
    }
}

/// How serious a diagnostic is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Makes `--check` fail.
    Error,
    /// Reported but does not fail the check.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A secondary line under a diagnostic.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// `note: ...` (context).
    Note(String),
    /// `help: ...` (a suggestion).
    Help(String),
}

impl Note {
    fn label(&self) -> (&'static str, &str) {
        match self {
            Note::Note(m) => ("note", m),
            Note::Help(m) => ("help", m),
        }
    }
}

/// One finding about a source file.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// The file's path as given to the checker.
    pub file: String,
    /// Where in the source (byte offsets).
    pub span: Span,
    /// The stable code.
    pub code: Code,
    /// Error or warning.
    pub severity: Severity,
    /// The main message (names both types for mismatches).
    pub message: String,
    /// Extra `note:`/`help:` lines.
    pub notes: Vec<Note>,
}

impl Diagnostic {
    /// An error with code `code` at `span`.
    pub fn error(file: &str, span: Span, code: Code, message: String) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            span,
            code,
            severity: Severity::Error,
            message,
            notes: Vec::new(),
        }
    }

    /// A syntax error (code P0001), for the CLI to report parse failures uniformly.
    pub fn syntax(file: &str, span: Span, message: String) -> Diagnostic {
        Diagnostic::error(file, span, Code::Syntax, message)
    }

    /// Adds a `note:` line.
    pub fn with_note(mut self, note: String) -> Diagnostic {
        self.notes.push(Note::Note(note));
        self
    }

    /// Adds a `help:` line.
    pub fn with_help(mut self, help: String) -> Diagnostic {
        self.notes.push(Note::Help(help));
        self
    }

    /// 1-based (line, column) of the start of the span (columns count bytes).
    pub fn position(&self, source: &[u8]) -> (usize, usize) {
        line_col(source, self.span.start as usize)
    }

    /// `file:line:col: error[CODE]: message`, the source line with a `^~~~` underline, then notes.
    pub fn render(&self, source: &[u8]) -> String {
        let (line, col) = self.position(source);
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            self.file,
            line,
            col,
            self.severity.as_str(),
            self.code.as_str(),
            self.message
        );
        let start = (self.span.start as usize).min(source.len());
        let line_start = source[..start]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let line_end = source[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(source.len(), |p| start + p);
        let text = String::from_utf8_lossy(&source[line_start..line_end]);
        let text = text.trim_end_matches('\r');
        let gutter = line.to_string();
        let _ = writeln!(out, " {gutter} | {text}");
        let mut marker = String::new();
        for &b in &source[line_start..start] {
            marker.push(if b == b'\t' { '\t' } else { ' ' });
        }
        let end = (self.span.end as usize).clamp(start, line_end);
        marker.push('^');
        for _ in start + 1..end {
            marker.push('~');
        }
        let _ = writeln!(out, " {} | {}", " ".repeat(gutter.len()), marker);
        for note in &self.notes {
            let (label, msg) = note.label();
            let _ = writeln!(out, " {} = {label}: {msg}", " ".repeat(gutter.len()));
        }
        out
    }

    /// The diagnostic as a JSON object (see [`render_json`]).
    pub fn to_json(&self, source: &[u8]) -> String {
        let (line, col) = self.position(source);
        let (end_line, end_col) = line_col(source, self.span.end as usize);
        let mut out = String::from("{");
        out.push_str("\"file\":");
        json_string(&mut out, &self.file);
        let _ = write!(
            out,
            ",\"line\":{line},\"column\":{col},\"end_line\":{end_line},\"end_column\":{end_col},\"code\":\"{}\",\"severity\":\"{}\",\"message\":",
            self.code.as_str(),
            self.severity.as_str()
        );
        json_string(&mut out, &self.message);
        out.push_str(",\"notes\":[");
        for (i, note) in self.notes.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let (label, msg) = note.label();
            json_string(&mut out, &format!("{label}: {msg}"));
        }
        out.push_str("]}");
        out
    }
}

/// Renders diagnostics of one source file as a JSON array (`--format json`).
pub fn render_json(diagnostics: &[Diagnostic], source: &[u8]) -> String {
    let mut out = String::from("[");
    for (i, d) in diagnostics.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&d.to_json(source));
    }
    out.push(']');
    out
}

/// 1-based line and byte column of `offset` in `source`.
pub fn line_col(source: &[u8], offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    (line, offset - line_start + 1)
}

fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_with_underline() {
        let src = b"local a = 1\nlocal x: number = \"hello\"\n";
        let d = Diagnostic::error(
            "main.lua",
            Span::new(30, 37),
            Code::AssignMismatch,
            "cannot assign string to number".into(),
        )
        .with_help("use tonumber".into());
        let text = d.render(src);
        assert_eq!(
            text,
            "main.lua:2:19: error[E0001]: cannot assign string to number\n \
             2 | local x: number = \"hello\"\n   \
             |                   ^~~~~~~\n   \
             = help: use tonumber\n"
        );
    }

    #[test]
    fn json_escapes() {
        let src = b"x";
        let d = Diagnostic::syntax("a\"b.lua", Span::new(0, 1), "unexpected 'x'\n".into());
        assert_eq!(
            render_json(&[d], src),
            "[{\"file\":\"a\\\"b.lua\",\"line\":1,\"column\":1,\"end_line\":1,\"end_column\":2,\"code\":\"P0001\",\"severity\":\"error\",\"message\":\"unexpected 'x'\\n\",\"notes\":[]}]"
        );
    }
}
