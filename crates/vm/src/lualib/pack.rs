//! `string.pack`, `string.unpack` and `string.packsize` (lstrlib.c), for a 64-bit little-endian
//! host like PUC-Rio's usual build: native `int` 4 bytes, `long`/`size_t`/`lua_Integer` 8 bytes,
//! maximum alignment 8. Results and errors match Lua 5.3.6.

use super::{posrelat, show_char, LibError};
use std::borrow::Cow;
use std::convert::Infallible;
use std::ops::Range;

/// Largest integer size an `i[n]`/`I[n]` option accepts.
const MAXINTSIZE: usize = 16;
/// `sizeof(lua_Integer)`.
const SZINT: usize = 8;
/// Default maximum alignment (`offsetof(struct cD, u)`).
const MAXALIGN: usize = 8;
/// Largest result size (`MAXSIZE`: `INT_MAX` on 64-bit hosts).
const MAXSIZE: usize = i32::MAX as usize;

/// Access to `string.pack`'s value arguments (Lua positions: the format is argument 1).
/// PUC's `str_pack` pushes a nil marker after its arguments, so the first missing argument must
/// read as nil ("number expected, got nil"), not "no value".
pub trait PackArgs {
    /// The VM's error type.
    type Error;
    /// `luaL_checkinteger(arg)`.
    fn integer(&mut self, arg: usize) -> Result<i64, Self::Error>;
    /// `luaL_checknumber(arg)`.
    fn number(&mut self, arg: usize) -> Result<f64, Self::Error>;
    /// `luaL_checklstring(arg)` (numbers are converted).
    fn string(&mut self, arg: usize) -> Result<Cow<'_, [u8]>, Self::Error>;
}

/// One value produced by `string.unpack`.
#[derive(Debug, Clone, PartialEq)]
pub enum Unpacked {
    /// An integer option.
    Int(i64),
    /// A float option.
    Float(f64),
    /// A string option: the byte range in the data.
    Str(Range<usize>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Uint,
    Float,
    Char,
    Str,
    Zstr,
    Padding,
    PadAlign,
    Nop,
}

/// Reads options from a format string, tracking endianness and maximum alignment.
struct Reader<'a> {
    fmt: &'a [u8],
    pos: usize,
    little: bool,
    maxalign: usize,
}

impl<'a> Reader<'a> {
    fn new(fmt: &'a [u8]) -> Self {
        // The format is a C string: it ends at the first zero byte.
        let end = fmt.iter().position(|&c| c == 0).unwrap_or(fmt.len());
        Reader {
            fmt: &fmt[..end],
            pos: 0,
            little: true,
            maxalign: 1,
        }
    }

    fn done(&self) -> bool {
        self.pos >= self.fmt.len()
    }

    fn peek_digit(&self) -> bool {
        self.fmt.get(self.pos).is_some_and(u8::is_ascii_digit)
    }

    /// `getnum`: a decimal size, or `default` when none is written.
    fn num(&mut self, default: usize) -> usize {
        if !self.peek_digit() {
            return default;
        }
        let mut a = 0;
        loop {
            a = a * 10 + usize::from(self.fmt[self.pos] - b'0');
            self.pos += 1;
            if !(self.peek_digit() && a <= (MAXSIZE - 9) / 10) {
                return a;
            }
        }
    }

    /// `getnumlimit`: a size in 1..=16.
    fn num_limit<E>(&mut self, default: usize) -> Result<usize, LibError<E>> {
        let sz = self.num(default);
        if sz > MAXINTSIZE || sz == 0 {
            return Err(LibError::Error(format!(
                "integral size ({sz}) out of limits [1,{MAXINTSIZE}]"
            )));
        }
        Ok(sz)
    }

    /// `getoption`: the next option's kind and size.
    fn option<E>(&mut self) -> Result<(Kind, usize), LibError<E>> {
        let opt = self.fmt[self.pos];
        self.pos += 1;
        Ok(match opt {
            b'b' => (Kind::Int, 1),
            b'B' => (Kind::Uint, 1),
            b'h' => (Kind::Int, 2),
            b'H' => (Kind::Uint, 2),
            b'l' | b'j' => (Kind::Int, 8),
            b'L' | b'J' | b'T' => (Kind::Uint, 8),
            b'f' => (Kind::Float, 4),
            b'd' | b'n' => (Kind::Float, 8),
            b'i' => (Kind::Int, self.num_limit(4)?),
            b'I' => (Kind::Uint, self.num_limit(4)?),
            b's' => (Kind::Str, self.num_limit(8)?),
            b'c' => {
                if !self.peek_digit() {
                    return Err(LibError::Error("missing size for format option 'c'".into()));
                }
                (Kind::Char, self.num(0))
            }
            b'z' => (Kind::Zstr, 0),
            b'x' => (Kind::Padding, 1),
            b'X' => (Kind::PadAlign, 0),
            b' ' => (Kind::Nop, 0),
            b'<' | b'=' => {
                self.little = true;
                (Kind::Nop, 0)
            }
            b'>' => {
                self.little = false;
                (Kind::Nop, 0)
            }
            b'!' => {
                self.maxalign = self.num_limit(MAXALIGN)?;
                (Kind::Nop, 0)
            }
            _ => {
                return Err(LibError::Error(format!(
                    "invalid format option '{}'",
                    show_char(opt)
                )))
            }
        })
    }

    /// `getdetails`: the next option, its size, and the padding that aligns it at `total`.
    fn details<E>(&mut self, total: usize) -> Result<(Kind, usize, usize), LibError<E>> {
        let (kind, size) = self.option()?;
        let mut align = size;
        if kind == Kind::PadAlign {
            let bad = LibError::bad_arg(1, "invalid next option for option 'X'");
            if self.done() {
                return Err(bad);
            }
            let (next, next_size) = self.option()?;
            if next == Kind::Char || next_size == 0 {
                return Err(bad);
            }
            align = next_size;
        }
        if align <= 1 || kind == Kind::Char {
            return Ok((kind, size, 0));
        }
        let align = align.min(self.maxalign);
        if !align.is_power_of_two() {
            return Err(LibError::bad_arg(
                1,
                "format asks for alignment not power of 2",
            ));
        }
        Ok((kind, size, (align - (total & (align - 1))) & (align - 1)))
    }
}

/// Appends `size` bytes of `n` (sign-extended past 8 bytes when `neg`).
fn pack_int(out: &mut Vec<u8>, n: u64, little: bool, size: usize, neg: bool) {
    let start = out.len();
    for i in 0..size {
        out.push(match i {
            0..SZINT => (n >> (8 * i)) as u8,
            _ if neg => 0xff,
            _ => 0,
        });
    }
    if !little {
        out[start..].reverse();
    }
}

/// `string.pack(fmt, ...)`: appends the packed bytes to `out`.
pub fn pack<A: PackArgs>(
    fmt: &[u8],
    args: &mut A,
    out: &mut Vec<u8>,
) -> Result<(), LibError<A::Error>> {
    let mut r = Reader::new(fmt);
    let mut total = 0usize;
    let mut arg = 1;
    while !r.done() {
        let (kind, size, ntoalign) = r.details(total)?;
        total += ntoalign + size;
        out.resize(out.len() + ntoalign, 0);
        arg += 1;
        let bad = |msg: &'static str| LibError::bad_arg(arg, msg);
        match kind {
            Kind::Int => {
                let n = args.integer(arg).map_err(LibError::Arg)?;
                if size < SZINT {
                    let lim = 1i64 << (size * 8 - 1);
                    if !(-lim <= n && n < lim) {
                        return Err(bad("integer overflow"));
                    }
                }
                pack_int(out, n as u64, r.little, size, n < 0);
            }
            Kind::Uint => {
                let n = args.integer(arg).map_err(LibError::Arg)?;
                if size < SZINT && (n as u64) >= 1u64 << (size * 8) {
                    return Err(bad("unsigned overflow"));
                }
                pack_int(out, n as u64, r.little, size, false);
            }
            Kind::Float => {
                let x = args.number(arg).map_err(LibError::Arg)?;
                let start = out.len();
                if size == 4 {
                    out.extend_from_slice(&(x as f32).to_le_bytes());
                } else {
                    out.extend_from_slice(&x.to_le_bytes());
                }
                if !r.little {
                    out[start..].reverse();
                }
            }
            Kind::Char => {
                let s = args.string(arg).map_err(LibError::Arg)?;
                if s.len() > size {
                    return Err(bad("string longer than given size"));
                }
                out.extend_from_slice(&s);
                out.resize(out.len() + size - s.len(), 0);
            }
            Kind::Str => {
                let s = args.string(arg).map_err(LibError::Arg)?;
                if size < 8 && s.len() as u64 >= 1u64 << (size * 8) {
                    return Err(bad("string length does not fit in given size"));
                }
                pack_int(out, s.len() as u64, r.little, size, false);
                out.extend_from_slice(&s);
                total += s.len();
            }
            Kind::Zstr => {
                let s = args.string(arg).map_err(LibError::Arg)?;
                if s.contains(&0) {
                    return Err(bad("string contains zeros"));
                }
                out.extend_from_slice(&s);
                out.push(0);
                total += s.len() + 1;
            }
            Kind::Padding => {
                out.push(0);
                arg -= 1;
            }
            Kind::PadAlign | Kind::Nop => arg -= 1,
        }
    }
    Ok(())
}

/// `string.packsize(fmt)`.
pub fn packsize(fmt: &[u8]) -> Result<i64, LibError<Infallible>> {
    let mut r = Reader::new(fmt);
    let mut total = 0usize;
    while !r.done() {
        let (kind, size, ntoalign) = r.details(total)?;
        let size = size + ntoalign;
        if size > MAXSIZE || total > MAXSIZE - size {
            return Err(LibError::bad_arg(1, "format result too large"));
        }
        total += size;
        if matches!(kind, Kind::Str | Kind::Zstr) {
            return Err(LibError::bad_arg(1, "variable-length format"));
        }
    }
    Ok(total as i64)
}

/// Reads a `size`-byte integer; bytes beyond 8 must be a pure sign extension.
fn unpack_int(bytes: &[u8], little: bool, signed: bool) -> Result<i64, LibError<Infallible>> {
    let size = bytes.len();
    let byte = |i: usize| bytes[if little { i } else { size - 1 - i }];
    let limit = size.min(SZINT);
    let mut res: u64 = 0;
    for i in (0..limit).rev() {
        res = (res << 8) | u64::from(byte(i));
    }
    if size < SZINT {
        if signed {
            let mask = 1u64 << (size * 8 - 1);
            res = (res ^ mask).wrapping_sub(mask);
        }
    } else if size > SZINT {
        let fill = if !signed || (res as i64) >= 0 {
            0
        } else {
            0xff
        };
        if (limit..size).any(|i| byte(i) != fill) {
            return Err(LibError::Error(format!(
                "{size}-byte integer does not fit into Lua Integer"
            )));
        }
    }
    Ok(res as i64)
}

/// `string.unpack(fmt, data, init)`: the values and the position after the last one read
/// (1-based). `init` is the Lua start position (default 1; negative counts from the end).
pub fn unpack(
    fmt: &[u8],
    data: &[u8],
    init: i64,
) -> Result<(Vec<Unpacked>, i64), LibError<Infallible>> {
    let ld = data.len();
    let start = posrelat(init, ld);
    if start < 1 || (start - 1) as u64 > ld as u64 {
        return Err(LibError::bad_arg(3, "initial position out of string"));
    }
    let too_short = LibError::bad_arg(2, "data string too short");
    let mut pos = (start - 1) as usize;
    let mut r = Reader::new(fmt);
    let mut values = Vec::new();
    while !r.done() {
        let (kind, size, ntoalign) = r.details(pos)?;
        match pos.checked_add(ntoalign + size) {
            Some(end) if end <= ld => {}
            _ => return Err(too_short),
        }
        pos += ntoalign;
        let item = &data[pos..pos + size];
        match kind {
            Kind::Int | Kind::Uint => {
                values.push(Unpacked::Int(unpack_int(
                    item,
                    r.little,
                    kind == Kind::Int,
                )?));
            }
            Kind::Float => {
                let mut b = [0u8; 8];
                b[..size].copy_from_slice(item);
                if !r.little {
                    b[..size].reverse();
                }
                values.push(Unpacked::Float(if size == 4 {
                    f64::from(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                } else {
                    f64::from_le_bytes(b)
                }));
            }
            Kind::Char => values.push(Unpacked::Str(pos..pos + size)),
            Kind::Str => {
                let len = unpack_int(item, r.little, false)? as u64;
                let body = pos + size;
                if len > (ld - body) as u64 {
                    return Err(too_short);
                }
                let len = len as usize;
                values.push(Unpacked::Str(body..body + len));
                pos += len;
            }
            Kind::Zstr => {
                let len = data[pos..].iter().position(|&c| c == 0).unwrap_or(ld - pos);
                values.push(Unpacked::Str(pos..pos + len));
                pos += len + 1;
            }
            Kind::Padding | Kind::PadAlign | Kind::Nop => {}
        }
        pos += size;
    }
    Ok((values, pos as i64 + 1))
}

#[cfg(test)]
mod tests;
