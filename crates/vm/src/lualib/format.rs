//! `string.format` (lstrlib.c `str_format`): scans the format, checks specs exactly like Lua 5.3.6,
//! and formats each item with [`super::printf`]. Argument values come from a [`FormatArgs`]
//! implementation supplied by the VM, which also raises the argument-conversion errors.

use super::printf::{format_char, format_float, format_int, format_str, Spec};
use super::{show_char, LibError};
use std::borrow::Cow;

/// Flag characters accepted in a conversion spec.
const FLAGS: &[u8] = b"-+ #0";

/// The value of a `%q` argument, as the VM sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Literal<'a> {
    /// `nil`.
    Nil,
    /// A boolean.
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A float.
    Float(f64),
    /// A string's bytes.
    Str(&'a [u8]),
    /// Any other value (it has no literal form).
    Other,
}

/// Access to `string.format`'s arguments. `arg` is the Lua argument position: the format string is
/// argument 1, so the first value is argument 2.
pub trait FormatArgs {
    /// The VM's error type.
    type Error;
    /// Number of arguments including the format string (`lua_gettop`).
    fn count(&self) -> usize;
    /// `luaL_checkinteger(arg)`: errors like "number has no integer representation".
    fn integer(&mut self, arg: usize) -> Result<i64, Self::Error>;
    /// `luaL_checknumber(arg)`.
    fn number(&mut self, arg: usize) -> Result<f64, Self::Error>;
    /// `luaL_tolstring(arg)` (honours `__tostring` and `__name`).
    fn tostring(&mut self, arg: usize) -> Result<Cow<'_, [u8]>, Self::Error>;
    /// The raw value for `%q`.
    fn literal(&mut self, arg: usize) -> Result<Literal<'_>, Self::Error>;
}

/// Why `string.format` failed.
pub type FormatError<E> = LibError<E>;

/// Parses the spec after `%` (`scanformat`). Returns the spec, whether it had any modifier, and
/// the index of the conversion letter.
fn scan_spec<E>(fmt: &[u8], start: usize) -> Result<(Spec, bool, usize), FormatError<E>> {
    let at = |i: usize| fmt.get(i).copied().unwrap_or(0);
    let mut spec = Spec::default();
    let mut p = start;
    while let Some(&c) = fmt.get(p).filter(|c| FLAGS.contains(c)) {
        match c {
            b'-' => spec.left = true,
            b'+' => spec.plus = true,
            b' ' => spec.space = true,
            b'#' => spec.alt = true,
            _ => spec.zero = true,
        }
        p += 1;
    }
    if p - start > FLAGS.len() {
        return Err(LibError::Error("invalid format (repeated flags)".into()));
    }
    let digits = |p: &mut usize| {
        let mut n = 0;
        for _ in 0..2 {
            if at(*p).is_ascii_digit() {
                n = n * 10 + usize::from(at(*p) - b'0');
                *p += 1;
            }
        }
        n
    };
    spec.width = digits(&mut p);
    if at(p) == b'.' {
        p += 1;
        spec.precision = Some(digits(&mut p));
    }
    if at(p).is_ascii_digit() {
        return Err(LibError::Error(
            "invalid format (width or precision too long)".into(),
        ));
    }
    Ok((spec, p > start, p))
}

/// Appends `s` quoted as a Lua string literal, as `%q` does (`addquoted`).
pub fn write_quoted(out: &mut Vec<u8>, s: &[u8]) {
    out.push(b'"');
    for (i, &c) in s.iter().enumerate() {
        match c {
            b'"' | b'\\' | b'\n' => out.extend_from_slice(&[b'\\', c]),
            _ if c.is_ascii_control() => {
                let next_is_digit = s.get(i + 1).is_some_and(u8::is_ascii_digit);
                let esc = if next_is_digit {
                    format!("\\{c:03}")
                } else {
                    format!("\\{c}")
                };
                out.extend_from_slice(esc.as_bytes());
            }
            _ => out.push(c),
        }
    }
    out.push(b'"');
}

/// Appends the `%q` form of a value (`addliteral`); `None` if it has no literal form.
pub fn write_literal(out: &mut Vec<u8>, lit: Literal<'_>) -> Option<()> {
    match lit {
        Literal::Str(s) => write_quoted(out, s),
        Literal::Int(i64::MIN) => out.extend_from_slice(b"0x8000000000000000"),
        Literal::Int(n) => out.extend_from_slice(n.to_string().as_bytes()),
        Literal::Float(x) => format_float(out, &Spec::default(), b'a', x),
        Literal::Nil => out.extend_from_slice(b"nil"),
        Literal::Bool(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
        Literal::Other => return None,
    }
    Some(())
}

/// `string.format(fmt, ...)`: appends the result to `out`.
pub fn format<A: FormatArgs>(
    fmt: &[u8],
    args: &mut A,
    out: &mut Vec<u8>,
) -> Result<(), FormatError<A::Error>> {
    let mut arg = 1;
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        if fmt.get(i) == Some(&b'%') {
            out.push(b'%');
            i += 1;
            continue;
        }
        arg += 1;
        if arg > args.count() {
            return Err(LibError::bad_arg(arg, "no value"));
        }
        let (spec, modified, conv_at) = scan_spec(fmt, i)?;
        let conv = fmt.get(conv_at).copied().unwrap_or(0);
        i = conv_at + 1;
        format_item(out, args, arg, &spec, modified, conv)?;
    }
    Ok(())
}

/// Formats one conversion of argument `arg`.
fn format_item<A: FormatArgs>(
    out: &mut Vec<u8>,
    args: &mut A,
    arg: usize,
    spec: &Spec,
    modified: bool,
    conv: u8,
) -> Result<(), FormatError<A::Error>> {
    match conv {
        b'c' => {
            let n = args.integer(arg).map_err(LibError::Arg)?;
            format_char(out, spec, n as u8);
        }
        b'd' | b'i' | b'o' | b'u' | b'x' | b'X' => {
            let n = args.integer(arg).map_err(LibError::Arg)?;
            format_int(out, spec, conv, n);
        }
        b'a' | b'A' | b'e' | b'E' | b'f' | b'g' | b'G' => {
            let x = args.number(arg).map_err(LibError::Arg)?;
            format_float(out, spec, conv, x);
        }
        b'q' => {
            let lit = args.literal(arg).map_err(LibError::Arg)?;
            write_literal(out, lit).ok_or(LibError::bad_arg(arg, "value has no literal form"))?;
        }
        b's' => {
            let s = args.tostring(arg).map_err(LibError::Arg)?;
            if !modified {
                out.extend_from_slice(&s);
            } else if s.contains(&0) {
                return Err(LibError::bad_arg(arg, "string contains zeros"));
            } else if spec.precision.is_none() && s.len() >= 100 {
                out.extend_from_slice(&s);
            } else {
                format_str(out, spec, &s);
            }
        }
        _ => {
            return Err(LibError::Error(format!(
                "invalid option '%{}' to 'format'",
                show_char(conv)
            )))
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
