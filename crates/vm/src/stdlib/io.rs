//! The io library: standard streams and files as `FILE*` userdata.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};

use crate::error::{LuaError, LuaResult};
use crate::gc::Gc;
use crate::meta::MetaMethod;
use crate::table::Table;
use crate::userdata::UserData;
use crate::value::Value;
use crate::vm::Vm;

use super::{check_int, check_str, type_error};

/// The payload of a `FILE*` userdata.
pub enum LuaFile {
    /// Standard input.
    Stdin,
    /// Standard output.
    Stdout,
    /// Standard error.
    Stderr,
    /// An opened file with a read-ahead buffer.
    Disk {
        /// The OS file.
        file: File,
        /// Bytes read ahead but not consumed.
        buf: Vec<u8>,
        /// Consumed prefix of `buf`.
        pos: usize,
    },
    /// Closed by `close` or collection.
    Closed,
}

/// Registers `io` and the file metatable.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    let io = super::new_lib(
        vm,
        "io",
        &[
            ("write", io_write),
            ("read", io_read),
            ("open", io_open),
            ("close", io_close),
            ("lines", io_lines),
            ("type", io_type),
        ],
    )?;
    let meta = vm.new_table()?;
    let methods = vm.new_table()?;
    for (name, f) in [
        ("write", f_write as crate::function::NativeFn),
        ("read", f_read),
        ("close", f_close),
        ("lines", f_lines),
        ("seek", f_seek),
        ("flush", f_flush),
        ("setvbuf", f_setvbuf),
    ] {
        let fv = vm.native(name, f)?;
        vm.set_field(methods, name, fv)?;
    }
    vm.set_field(meta, "__index", Value::Table(methods))?;
    let ts = vm.native("tostring", f_tostring)?;
    vm.set_field(meta, "__tostring", ts)?;
    let name = vm.str("FILE*")?;
    vm.set_field(meta, "__name", name)?;
    let reg = vm.registry;
    vm.set_field(reg, "FILE*", Value::Table(meta))?;
    for (name, f) in [
        ("stdin", LuaFile::Stdin),
        ("stdout", LuaFile::Stdout),
        ("stderr", LuaFile::Stderr),
    ] {
        let u = new_file(vm, meta, f)?;
        vm.set_field(io, name, u)?;
    }
    Ok(())
}

fn new_file(vm: &mut Vm, meta: Gc<Table>, f: LuaFile) -> LuaResult<Value> {
    Ok(Value::UserData(vm.heap.new_userdata(UserData {
        data: Box::new(f),
        meta: Some(meta),
        user_value: Value::Nil,
    })?))
}

fn file_meta(vm: &mut Vm) -> LuaResult<Gc<Table>> {
    let k = vm.str("FILE*")?;
    match vm.registry.get(&k) {
        Value::Table(t) => Ok(t),
        _ => Err(LuaError::rt("io library not initialised")),
    }
}

fn to_file(v: Value) -> Option<&'static mut LuaFile> {
    match v {
        Value::UserData(u) => unsafe {
            u.get_mut()
                .data
                .downcast_mut::<LuaFile>()
                .map(|f| &mut *(f as *mut LuaFile))
        },
        _ => None,
    }
}

fn check_file(vm: &Vm, i: usize) -> LuaResult<&'static mut LuaFile> {
    match to_file(vm.arg(i)) {
        Some(LuaFile::Closed) => Err(LuaError::rt("attempt to use a closed file")),
        Some(f) => Ok(f),
        None => Err(type_error(vm, i, "FILE*")),
    }
}

fn default_output(vm: &mut Vm) -> LuaResult<Value> {
    let io = vm.str("io")?;
    let t = vm.globals.get(&io);
    let k = vm.str("stdout")?;
    vm.index(t, k)
}

fn write_to(vm: &mut Vm, f: &mut LuaFile, first_arg: usize, n: usize) -> LuaResult<Option<String>> {
    let mut out = Vec::new();
    for i in first_arg..n {
        match vm.arg(i) {
            Value::Str(s) => out.extend_from_slice(s.as_bytes()),
            // Like fprintf with LUA_INTEGER_FMT / LUA_NUMBER_FMT: floats print without ".0".
            Value::Int(n) => out.extend_from_slice(n.to_string().as_bytes()),
            Value::Float(f) => out.extend_from_slice(crate::number::fmt_g(f, 14).as_bytes()),
            _ => return Err(type_error(vm, i, "string")),
        }
    }
    let r = match f {
        LuaFile::Stdout => std::io::stdout().write_all(&out),
        LuaFile::Stderr => std::io::stderr().write_all(&out),
        LuaFile::Disk { file, buf, pos } => {
            if *pos < buf.len() {
                let back = (buf.len() - *pos) as i64;
                let _ = file.seek(SeekFrom::Current(-back));
            }
            buf.clear();
            *pos = 0;
            file.write_all(&out)
        }
        LuaFile::Stdin => Err(std::io::Error::from_raw_os_error(9)),
        LuaFile::Closed => return Err(LuaError::rt("attempt to use a closed file")),
    };
    Ok(r.err().map(|e| e.to_string()))
}

fn io_write(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let out = default_output(vm)?;
    let f = to_file(out).ok_or_else(|| LuaError::rt("default output file is not a file"))?;
    match write_to(vm, f, 0, n)? {
        None => {
            vm.push(out)?;
            Ok(1)
        }
        Some(e) => fail(vm, e),
    }
}

fn f_write(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let f = check_file(vm, 0)?;
    let me = vm.arg(0);
    match write_to(vm, f, 1, n)? {
        None => {
            vm.push(me)?;
            Ok(1)
        }
        Some(e) => fail(vm, e),
    }
}

fn fail(vm: &mut Vm, msg: String) -> LuaResult<usize> {
    vm.push(Value::Nil)?;
    let m = vm.str(msg)?;
    vm.push(m)?;
    Ok(2)
}

/// Reads one byte, or None at end of file.
fn getc(f: &mut LuaFile) -> Option<u8> {
    match f {
        LuaFile::Stdin => {
            let mut b = [0u8; 1];
            match std::io::stdin().read(&mut b) {
                Ok(1) => Some(b[0]),
                _ => None,
            }
        }
        LuaFile::Disk { file, buf, pos } => {
            if *pos >= buf.len() {
                buf.resize(8192, 0);
                let n = file.read(buf).unwrap_or(0);
                buf.truncate(n);
                *pos = 0;
                if n == 0 {
                    return None;
                }
            }
            *pos += 1;
            Some(buf[*pos - 1])
        }
        _ => None,
    }
}

fn unget(f: &mut LuaFile, c: u8) {
    if let LuaFile::Disk { buf, pos, .. } = f {
        if *pos > 0 {
            *pos -= 1;
        } else {
            buf.insert(0, c);
        }
    }
}

fn read_line(f: &mut LuaFile, keep_nl: bool) -> Option<Vec<u8>> {
    let mut line = Vec::new();
    loop {
        match getc(f) {
            None => return if line.is_empty() { None } else { Some(line) },
            Some(b'\n') => {
                if keep_nl {
                    line.push(b'\n');
                }
                return Some(line);
            }
            Some(c) => line.push(c),
        }
    }
}

fn read_number(f: &mut LuaFile) -> Option<Value> {
    let mut text = Vec::new();
    let mut c = getc(f);
    while let Some(b) = c {
        if b.is_ascii_whitespace() {
            c = getc(f);
        } else {
            break;
        }
    }
    while let Some(b) = c {
        if b.is_ascii_hexdigit()
            || matches!(b, b'+' | b'-' | b'.' | b'x' | b'X' | b'p' | b'P') && text.len() < 200
        {
            text.push(b);
            c = getc(f);
        } else {
            unget(f, b);
            break;
        }
    }
    match crate::number::str_to_number(&text)? {
        crate::number::Number::Int(i) => Some(Value::Int(i)),
        crate::number::Number::Float(x) => Some(Value::Float(x)),
    }
}

fn read_formats(vm: &mut Vm, f: &mut LuaFile, first: usize, n: usize) -> LuaResult<usize> {
    let nformats = n.saturating_sub(first).max(1);
    for k in 0..nformats {
        let fmt = if n > first {
            vm.arg(first + k)
        } else {
            Value::Nil
        };
        let v = match fmt {
            Value::Nil => read_line(f, false).map(|l| vm.str(l)).transpose()?,
            Value::Int(count) => {
                let mut out = Vec::new();
                let mut eof = false;
                for _ in 0..count.max(0) {
                    match getc(f) {
                        Some(c) => out.push(c),
                        None => {
                            eof = true;
                            break;
                        }
                    }
                }
                if count == 0 {
                    match getc(f) {
                        Some(c) => {
                            unget(f, c);
                            Some(vm.str("")?)
                        }
                        None => None,
                    }
                } else if out.is_empty() && eof {
                    None
                } else {
                    Some(vm.str(out)?)
                }
            }
            Value::Str(s) => {
                let spec = s.as_bytes();
                let spec = spec.strip_prefix(b"*").unwrap_or(spec);
                match spec.first() {
                    Some(b'l') => read_line(f, false).map(|l| vm.str(l)).transpose()?,
                    Some(b'L') => read_line(f, true).map(|l| vm.str(l)).transpose()?,
                    Some(b'n') => read_number(f),
                    Some(b'a') => {
                        let mut out = Vec::new();
                        while let Some(c) = getc(f) {
                            out.push(c);
                        }
                        Some(vm.str(out)?)
                    }
                    _ => return Err(LuaError::arg(first + k + 1, "invalid format")),
                }
            }
            _ => return Err(LuaError::arg(first + k + 1, "invalid format")),
        };
        match v {
            Some(v) => vm.push(v)?,
            None => {
                vm.push(Value::Nil)?;
                return Ok(k + 1);
            }
        }
    }
    Ok(nformats)
}

fn io_read(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let mut stdin = LuaFile::Stdin;
    read_formats(vm, &mut stdin, 0, n)
}

fn f_read(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let f = check_file(vm, 0)?;
    read_formats(vm, f, 1, n)
}

fn io_open(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let name = check_str(vm, 0)?.to_str_lossy().into_owned();
    let mode = match vm.arg(1) {
        Value::Nil => "r".to_string(),
        _ => check_str(vm, 1)?.to_str_lossy().into_owned(),
    };
    let m = mode.trim_end_matches('b');
    let mut o = OpenOptions::new();
    match m {
        "r" => o.read(true),
        "w" => o.write(true).create(true).truncate(true),
        "a" => o.append(true).create(true),
        "r+" => o.read(true).write(true),
        "w+" => o.read(true).write(true).create(true).truncate(true),
        "a+" => o.read(true).append(true).create(true),
        _ => return Err(LuaError::arg(2, "invalid mode")),
    };
    match o.open(&name) {
        Ok(file) => {
            let meta = file_meta(vm)?;
            let u = new_file(
                vm,
                meta,
                LuaFile::Disk {
                    file,
                    buf: Vec::new(),
                    pos: 0,
                },
            )?;
            vm.push(u)?;
            Ok(1)
        }
        Err(e) => {
            let code = e.raw_os_error().unwrap_or(0);
            vm.push(Value::Nil)?;
            let msg = vm.str(format!("{}: {}", name, os_error_text(&e)))?;
            vm.push(msg)?;
            vm.push(Value::Int(code as i64))?;
            Ok(3)
        }
    }
}

/// The C library's `strerror` text for an I/O error.
fn os_error_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn close_value(vm: &mut Vm, v: Value) -> LuaResult<usize> {
    let Some(f) = to_file(v) else {
        return Err(type_error(vm, 0, "FILE*"));
    };
    match f {
        LuaFile::Closed => Err(LuaError::rt("attempt to use a closed file")),
        LuaFile::Stdin | LuaFile::Stdout | LuaFile::Stderr => {
            vm.push(Value::Nil)?;
            let m = vm.str("cannot close standard file")?;
            vm.push(m)?;
            Ok(2)
        }
        LuaFile::Disk { .. } => {
            *f = LuaFile::Closed;
            vm.push(Value::Bool(true))?;
            Ok(1)
        }
    }
}

fn io_close(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = if vm.arg(0).is_nil() {
        default_output(vm)?
    } else {
        vm.arg(0)
    };
    close_value(vm, v)
}

fn f_close(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    close_value(vm, vm.arg(0))
}

fn lines_iter(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let cur = vm.current_native_upvalue(0);
    match to_file(cur) {
        Some(LuaFile::Closed) | None => Err(LuaError::rt("file is already closed")),
        Some(f) => match read_line(f, false) {
            Some(l) => {
                let s = vm.str(l)?;
                vm.push(s)?;
                Ok(1)
            }
            None => {
                vm.push(Value::Nil)?;
                Ok(1)
            }
        },
    }
}

fn make_lines(vm: &mut Vm, file: Value) -> LuaResult<usize> {
    let f = vm.native_with_upvals("lines", lines_iter, vec![file])?;
    vm.push(f)?;
    Ok(1)
}

fn f_lines(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    check_file(vm, 0)?;
    make_lines(vm, vm.arg(0))
}

fn io_lines(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    if vm.arg(0).is_nil() {
        let meta = file_meta(vm)?;
        let stdin = new_file(vm, meta, LuaFile::Stdin)?;
        return make_lines(vm, stdin);
    }
    let r = io_open(vm, n.min(1))?;
    if r != 1 {
        let msg = vm.arg(vm.nargs() - 2);
        let text = match msg {
            Value::Str(s) => s.to_str_lossy().into_owned(),
            _ => "cannot open file".into(),
        };
        return Err(LuaError::rt(text));
    }
    let file = vm.arg(vm.nargs() - 1);
    make_lines(vm, file)
}

fn io_type(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    super::check_any(vm, 0)?;
    let r = match to_file(vm.arg(0)) {
        Some(LuaFile::Closed) => vm.str("closed file")?,
        Some(_) => vm.str("file")?,
        None => Value::Nil,
    };
    vm.push(r)?;
    Ok(1)
}

fn f_seek(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let f = check_file(vm, 0)?;
    let whence = match vm.arg(1) {
        Value::Nil => "cur".to_string(),
        _ => check_str(vm, 1)?.to_str_lossy().into_owned(),
    };
    let off = if vm.arg(2).is_nil() {
        0
    } else {
        check_int(vm, 2)?
    };
    let LuaFile::Disk { file, buf, pos } = f else {
        return fail(vm, "Illegal seek".into());
    };
    let pending = (buf.len() - *pos) as i64;
    let from = match whence.as_str() {
        "set" => SeekFrom::Start(off.max(0) as u64),
        "cur" => SeekFrom::Current(off - pending),
        "end" => SeekFrom::End(off),
        _ => return Err(LuaError::arg(2, format!("invalid option '{}'", whence))),
    };
    buf.clear();
    *pos = 0;
    match file.seek(from) {
        Ok(p) => {
            vm.push(Value::Int(p as i64))?;
            Ok(1)
        }
        Err(e) => fail(vm, os_error_text(&e)),
    }
}

fn f_flush(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let f = check_file(vm, 0)?;
    let _ = match f {
        LuaFile::Stdout => std::io::stdout().flush(),
        LuaFile::Stderr => std::io::stderr().flush(),
        LuaFile::Disk { file, .. } => file.flush(),
        _ => Ok(()),
    };
    vm.push(vm.arg(0))?;
    Ok(1)
}

fn f_setvbuf(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    check_file(vm, 0)?;
    vm.push(Value::Bool(true))?;
    Ok(1)
}

fn f_tostring(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = vm.arg(0);
    let text = match to_file(v) {
        Some(LuaFile::Closed) => "file (closed)".to_string(),
        _ => format!("file ({:#x})", v.object_addr().unwrap_or(0)),
    };
    let s = vm.str(text)?;
    vm.push(s)?;
    let _ = MetaMethod::Gc;
    Ok(1)
}
