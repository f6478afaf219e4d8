//! The io library (liolib.c): files are `FILE*` userdata holding a [`LuaFile`]; the default input
//! and output files live in the registry. Host calls go through [`super::sys`].

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::process::Child;

use crate::error::{LuaError, LuaResult};
use crate::function::NativeFn;
use crate::gc::Gc;
use crate::lualib::printf::{format_float, Spec};
use crate::table::Table;
use crate::userdata::UserData;
use crate::value::Value;
use crate::vm::Vm;

use super::os::{exec_result, file_result};
use super::{check_int, check_str, opt_str, push_fail, sys, type_error};

/// The OS object behind a Lua file.
enum Handle {
    Stdin,
    Stdout,
    Stderr,
    File(File),
    /// A `popen`ed command: we read its stdout or write its stdin.
    Pipe(Child),
}

/// The payload of a `FILE*` userdata: a handle (None once closed) and a read-ahead buffer.
pub struct LuaFile {
    handle: Option<Handle>,
    rbuf: Vec<u8>,
    rpos: usize,
}

const READ_CHUNK: usize = 8192;
/// Registry keys of the default files.
const IO_INPUT: &str = "_IO_input";
const IO_OUTPUT: &str = "_IO_output";

impl LuaFile {
    fn new(h: Handle) -> LuaFile {
        LuaFile {
            handle: Some(h),
            rbuf: Vec::new(),
            rpos: 0,
        }
    }

    fn raw_read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match &mut self.handle {
            Some(Handle::Stdin) => io::stdin().read(buf),
            Some(Handle::File(f)) => f.read(buf),
            Some(Handle::Pipe(c)) => match &mut c.stdout {
                Some(out) => out.read(buf),
                None => Err(io::Error::from_raw_os_error(9)),
            },
            _ => Err(io::Error::from_raw_os_error(9)),
        }
    }

    /// The next byte without consuming it (None at end of file).
    fn peek(&mut self) -> io::Result<Option<u8>> {
        if self.rpos >= self.rbuf.len() {
            self.rbuf.resize(READ_CHUNK, 0);
            let mut tmp = std::mem::take(&mut self.rbuf);
            let r = self.raw_read(&mut tmp);
            self.rbuf = tmp;
            let n = match r {
                Ok(n) => n,
                Err(e) => {
                    self.rbuf.clear();
                    self.rpos = 0;
                    return Err(e);
                }
            };
            self.rbuf.truncate(n);
            self.rpos = 0;
            if n == 0 {
                return Ok(None);
            }
        }
        Ok(Some(self.rbuf[self.rpos]))
    }

    fn getc(&mut self) -> io::Result<Option<u8>> {
        let c = self.peek()?;
        if c.is_some() {
            self.rpos += 1;
        }
        Ok(c)
    }

    /// Drops read-ahead data, moving a disk file's position back to the logical one.
    fn discard_readahead(&mut self) -> io::Result<()> {
        let pending = (self.rbuf.len() - self.rpos) as i64;
        self.rbuf.clear();
        self.rpos = 0;
        if let (Some(Handle::File(f)), true) = (&mut self.handle, pending > 0) {
            f.seek(SeekFrom::Current(-pending))?;
        }
        Ok(())
    }

    fn write_all(&mut self, data: &[u8]) -> io::Result<()> {
        self.discard_readahead()?;
        match &mut self.handle {
            Some(Handle::Stdout) => io::stdout().write_all(data),
            Some(Handle::Stderr) => io::stderr().write_all(data),
            Some(Handle::File(f)) => f.write_all(data),
            Some(Handle::Pipe(c)) => match &mut c.stdin {
                Some(i) => i.write_all(data),
                None => Err(io::Error::from_raw_os_error(9)),
            },
            _ => Err(io::Error::from_raw_os_error(9)),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.handle {
            Some(Handle::Stdout) => io::stdout().flush(),
            Some(Handle::File(f)) => f.flush(),
            Some(Handle::Pipe(c)) => c.stdin.as_mut().map_or(Ok(()), |i| i.flush()),
            _ => Ok(()),
        }
    }

    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let to = match to {
            SeekFrom::Current(off) => SeekFrom::Current(off - (self.rbuf.len() - self.rpos) as i64),
            other => other,
        };
        match &mut self.handle {
            Some(Handle::File(f)) => {
                self.rbuf.clear();
                self.rpos = 0;
                f.seek(to)
            }
            Some(Handle::Stdout) => {
                io::stdout().flush()?;
                seek_fd(1, to)
            }
            _ => Err(io::Error::from_raw_os_error(29)),
        }
    }
}

/// Seeks a standard stream by descriptor (`lseek`), as `fseek` on stdout would.
fn seek_fd(fd: i32, to: SeekFrom) -> io::Result<u64> {
    extern "C" {
        fn lseek(fd: i32, off: i64, whence: i32) -> i64;
    }
    let (off, whence) = match to {
        SeekFrom::Start(o) => (o as i64, 0),
        SeekFrom::Current(o) => (o, 1),
        SeekFrom::End(o) => (o, 2),
    };
    // SAFETY: lseek on a descriptor we own for the process lifetime.
    let r = unsafe { lseek(fd, off, whence) };
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r as u64)
    }
}

/// Registers `io` and the file metatable.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    let io_t = super::new_lib(
        vm,
        "io",
        &[
            ("io.close", io_close),
            ("io.flush", io_flush),
            ("io.input", io_input),
            ("io.lines", io_lines),
            ("io.open", io_open),
            ("io.output", io_output),
            ("io.popen", io_popen),
            ("io.read", io_read),
            ("io.tmpfile", io_tmpfile),
            ("io.type", io_type),
            ("io.write", io_write),
        ],
    )?;
    let meta = vm.new_table()?;
    let methods = vm.new_table()?;
    let list: [(&'static str, NativeFn); 7] = [
        ("close", f_close),
        ("flush", f_flush),
        ("lines", f_lines),
        ("read", f_read),
        ("seek", f_seek),
        ("setvbuf", f_setvbuf),
        ("write", f_write),
    ];
    for (name, f) in list {
        // Methods have no global name: PUC reports them as '?' when no call-site name exists.
        let fv = vm.native("?", f)?;
        vm.set_field(methods, name, fv)?;
    }
    vm.set_field(meta, "__index", Value::Table(methods))?;
    let ts = vm.native("?", f_tostring)?;
    vm.set_field(meta, "__tostring", ts)?;
    let gc = vm.native("?", f_gc)?;
    vm.set_field(meta, "__gc", gc)?;
    let name = vm.str("FILE*")?;
    vm.set_field(meta, "__name", name)?;
    let reg = vm.registry;
    vm.set_field(reg, "FILE*", Value::Table(meta))?;
    for (name, h) in [
        ("stdin", Handle::Stdin),
        ("stdout", Handle::Stdout),
        ("stderr", Handle::Stderr),
    ] {
        let u = new_file(vm, meta, h)?;
        vm.set_field(io_t, name, u)?;
        match name {
            "stdin" => vm.set_field(reg, IO_INPUT, u)?,
            "stdout" => vm.set_field(reg, IO_OUTPUT, u)?,
            _ => {}
        }
    }
    Ok(())
}

fn new_file(vm: &mut Vm, meta: Gc<Table>, h: Handle) -> LuaResult<Value> {
    Ok(Value::UserData(vm.heap.new_userdata(UserData {
        data: Box::new(LuaFile::new(h)),
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

/// Pushes a new file object for `h` and returns 1.
fn push_file(vm: &mut Vm, h: Handle) -> LuaResult<usize> {
    let meta = file_meta(vm)?;
    let u = new_file(vm, meta, h)?;
    vm.push(u)?;
    Ok(1)
}

fn to_file(v: Value) -> Option<&'static mut LuaFile> {
    match v {
        // SAFETY: the payload is only reached through this accessor, one native at a time; the
        // userdata stays alive in an argument slot or registry while the reference is used.
        Value::UserData(u) => unsafe {
            u.get_mut()
                .data
                .downcast_mut::<LuaFile>()
                .map(|f| &mut *(f as *mut LuaFile))
        },
        _ => None,
    }
}

/// `tofile`: argument `i` must be an open file.
fn check_file(vm: &Vm, i: usize) -> LuaResult<&'static mut LuaFile> {
    match to_file(vm.arg(i)) {
        Some(f) if f.handle.is_none() => Err(LuaError::rt("attempt to use a closed file")),
        Some(f) => Ok(f),
        None => Err(type_error(vm, i, "FILE*")),
    }
}

/// `getiofile`: the default input or output file (error if it was closed).
fn io_file(vm: &mut Vm, key: &str) -> LuaResult<(Value, &'static mut LuaFile)> {
    let k = vm.str(key)?;
    let v = vm.registry.get(&k);
    match to_file(v) {
        Some(f) if f.handle.is_some() => Ok((v, f)),
        _ => Err(LuaError::rt(format!(
            "standard {} file is closed",
            &key[4..]
        ))),
    }
}

fn io_error(vm: &mut Vm, e: io::Error) -> LuaResult<usize> {
    file_result(vm, Err(e), None)
}

/// `g_write`: writes arguments `first..`; results are the file or `nil, msg, errno`.
fn g_write(vm: &mut Vm, file: Value, f: &mut LuaFile, first: usize) -> LuaResult<usize> {
    // Each argument is written before the next is checked, as fwrite/fprintf do in liolib.c.
    let mut result = Ok(());
    let mut out = Vec::new();
    for i in first..vm.nargs() {
        out.clear();
        match vm.arg(i) {
            Value::Int(n) => out.extend_from_slice(n.to_string().as_bytes()),
            Value::Float(x) => format_float(&mut out, &Spec::with_precision(14), b'g', x),
            _ => out.extend_from_slice(check_str(vm, i)?.as_bytes()),
        }
        if result.is_ok() {
            result = f.write_all(&out);
        }
    }
    match result {
        Ok(()) => {
            vm.push(file)?;
            Ok(1)
        }
        Err(e) => io_error(vm, e),
    }
}

fn read_line(f: &mut LuaFile, keep_nl: bool) -> io::Result<Option<Vec<u8>>> {
    let mut line = Vec::new();
    loop {
        match f.getc()? {
            None => return Ok(if line.is_empty() { None } else { Some(line) }),
            Some(b'\n') => {
                if keep_nl {
                    line.push(b'\n');
                }
                return Ok(Some(line));
            }
            Some(c) => line.push(c),
        }
    }
}

/// `read_number`: reads the longest numeral prefix (at most 200 characters) like liolib.c.
fn read_number(f: &mut LuaFile) -> io::Result<Option<Value>> {
    const MAXLEN: usize = 200;
    let mut buf: Vec<u8> = Vec::new();
    let mut ok = true;
    while f.peek()?.is_some_and(crate::lualib::number::is_space) {
        f.getc()?;
    }
    // Accepts the current character if it is in `set`.
    let mut test =
        |f: &mut LuaFile, buf: &mut Vec<u8>, set: &dyn Fn(u8) -> bool| -> io::Result<bool> {
            match f.peek()? {
                Some(c) if set(c) => {
                    if buf.len() >= MAXLEN {
                        ok = false;
                        return Ok(false);
                    }
                    buf.push(c);
                    f.getc()?;
                    Ok(true)
                }
                _ => Ok(false),
            }
        };
    let mut count = 0;
    let mut hex = false;
    test(f, &mut buf, &|c| c == b'-' || c == b'+')?;
    if test(f, &mut buf, &|c| c == b'0')? {
        if test(f, &mut buf, &|c| c == b'x' || c == b'X')? {
            hex = true;
        } else {
            count = 1;
        }
    }
    let digit = move |c: u8| {
        if hex {
            c.is_ascii_hexdigit()
        } else {
            c.is_ascii_digit()
        }
    };
    while test(f, &mut buf, &digit)? {
        count += 1;
    }
    if test(f, &mut buf, &|c| c == b'.')? {
        while test(f, &mut buf, &digit)? {
            count += 1;
        }
    }
    if count > 0
        && test(f, &mut buf, &|c| {
            if hex {
                c == b'p' || c == b'P'
            } else {
                c == b'e' || c == b'E'
            }
        })?
    {
        test(f, &mut buf, &|c| c == b'-' || c == b'+')?;
        while test(f, &mut buf, &|c: u8| c.is_ascii_digit())? {}
    }
    if !ok {
        return Ok(None);
    }
    Ok(crate::lualib::number::str2number(&buf).map(|n| match n {
        crate::lualib::number::Number::Int(i) => Value::Int(i),
        crate::lualib::number::Number::Float(x) => Value::Float(x),
    }))
}

/// One read format's result: the value, or None when it failed (end of file).
fn read_format(vm: &mut Vm, f: &mut LuaFile, arg: usize) -> LuaResult<io::Result<Option<Value>>> {
    let fmt = vm.arg(arg);
    let r = match fmt {
        Value::Int(_) | Value::Float(_) => {
            let n = check_int(vm, arg)?;
            if n <= 0 {
                f.peek().map(|c| c.map(|_| Vec::new()))
            } else {
                let mut out = Vec::new();
                let mut err = None;
                while (out.len() as i64) < n {
                    match f.getc() {
                        Ok(Some(c)) => out.push(c),
                        Ok(None) => break,
                        Err(e) => {
                            err = Some(e);
                            break;
                        }
                    }
                }
                match err {
                    Some(e) => Err(e),
                    None => Ok((!out.is_empty()).then_some(out)),
                }
            }
        }
        _ => {
            let s = check_str(vm, arg)?;
            let spec = s.as_bytes();
            let spec = spec.strip_prefix(b"*").unwrap_or(spec);
            match spec.first() {
                Some(b'n') => return Ok(read_number(f)),
                Some(b'l') => read_line(f, false),
                Some(b'L') => read_line(f, true),
                Some(b'a') => {
                    let mut out = Vec::new();
                    loop {
                        match f.getc() {
                            Ok(Some(c)) => out.push(c),
                            Ok(None) => break Ok(Some(out)),
                            Err(e) => break Err(e),
                        }
                    }
                }
                _ => return Err(LuaError::arg(arg + 1, "invalid format")),
            }
        }
    };
    Ok(match r {
        Ok(Some(bytes)) => Ok(Some(vm.str(bytes)?)),
        Ok(None) => Ok(None),
        Err(e) => Err(e),
    })
}

/// `g_read`: reads the formats in arguments `first..` (a line when there are none).
fn g_read(vm: &mut Vm, f: &mut LuaFile, first: usize) -> LuaResult<usize> {
    let nargs = vm.nargs().saturating_sub(first);
    if nargs == 0 {
        return match read_line(f, false) {
            Ok(l) => {
                let v = match l {
                    Some(l) => vm.str(l)?,
                    None => Value::Nil,
                };
                vm.push(v)?;
                Ok(1)
            }
            Err(e) => io_error(vm, e),
        };
    }
    for k in 0..nargs {
        match read_format(vm, f, first + k)? {
            Ok(Some(v)) => vm.push(v)?,
            Ok(None) => {
                vm.push(Value::Nil)?;
                return Ok(k + 1);
            }
            Err(e) => return io_error(vm, e),
        }
    }
    Ok(nargs)
}

fn io_read(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let (_, f) = io_file(vm, IO_INPUT)?;
    g_read(vm, f, 0)
}

fn f_read(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let f = check_file(vm, 0)?;
    g_read(vm, f, 1)
}

fn io_write(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let (v, f) = io_file(vm, IO_OUTPUT)?;
    g_write(vm, v, f, 0)
}

fn f_write(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let f = check_file(vm, 0)?;
    g_write(vm, vm.arg(0), f, 1)
}

/// `l_checkmode`: `[rwa]%+?b*`.
fn valid_mode(mode: &str) -> bool {
    let b = mode.as_bytes();
    let Some((first, rest)) = b.split_first() else {
        return false;
    };
    let rest = rest.strip_prefix(b"+").unwrap_or(rest);
    b"rwa".contains(first) && rest.iter().all(|&c| c == b'b')
}

fn io_open(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let name = check_str(vm, 0)?.to_str_lossy().into_owned();
    let mode = opt_str(vm, 1)?
        .map(|m| m.to_str_lossy().into_owned())
        .unwrap_or_else(|| "r".into());
    if !valid_mode(&mode) {
        return Err(LuaError::arg(2, "invalid mode"));
    }
    match sys::open(&name, &mode) {
        Ok(file) => push_file(vm, Handle::File(file)),
        Err(e) => file_result(vm, Err(e), Some(&name)),
    }
}

/// `opencheckfile`: opens `name` or raises "cannot open file".
fn open_check(vm: &mut Vm, name: &str, mode: &str) -> LuaResult<Value> {
    match sys::open(name, mode) {
        Ok(file) => {
            let meta = file_meta(vm)?;
            new_file(vm, meta, Handle::File(file))
        }
        Err(e) => Err(LuaError::rt(format!(
            "cannot open file '{}' ({})",
            name,
            sys::error_text(&e)
        ))),
    }
}

/// `g_iofile`: `io.input` / `io.output`.
fn g_iofile(vm: &mut Vm, key: &str, mode: &str) -> LuaResult<usize> {
    let arg = vm.arg(0);
    if !arg.is_nil() {
        let newf = match arg {
            Value::Str(s) => open_check(vm, &s.to_str_lossy(), mode)?,
            _ => {
                check_file(vm, 0)?;
                arg
            }
        };
        vm.push(newf)?;
        let reg = vm.registry;
        vm.set_field(reg, key, newf)?;
    }
    let k = vm.str(key)?;
    vm.push(vm.registry.get(&k))?;
    Ok(1)
}

fn io_input(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    g_iofile(vm, IO_INPUT, "r")
}

fn io_output(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    g_iofile(vm, IO_OUTPUT, "w")
}

/// `aux_close`.
fn close_file(vm: &mut Vm, f: &mut LuaFile) -> LuaResult<usize> {
    match f.handle.take() {
        Some(h @ (Handle::Stdin | Handle::Stdout | Handle::Stderr)) => {
            f.handle = Some(h);
            push_fail(vm, "cannot close standard file")
        }
        Some(Handle::Pipe(mut child)) => {
            let r = sys::pclose(&mut child);
            exec_result(vm, r)
        }
        Some(Handle::File(mut file)) => {
            let r = file.flush();
            file_result(vm, r, None)
        }
        None => Err(LuaError::rt("attempt to use a closed file")),
    }
}

fn io_close(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    if vm.arg(0).is_nil() {
        let (_, f) = io_file(vm, IO_OUTPUT)?;
        return close_file(vm, f);
    }
    f_close(vm, 1)
}

fn f_close(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let f = check_file(vm, 0)?;
    close_file(vm, f)
}

fn f_gc(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    if let Some(f) = to_file(vm.arg(0)) {
        if matches!(f.handle, Some(Handle::File(_) | Handle::Pipe(_))) {
            close_file(vm, f)?;
        }
    }
    Ok(0)
}

fn io_flush(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let (_, f) = io_file(vm, IO_OUTPUT)?;
    let r = f.flush();
    file_result(vm, r, None)
}

fn f_flush(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let f = check_file(vm, 0)?;
    let r = f.flush();
    file_result(vm, r, None)
}

/// The `lines` iterator: upvalues are the file, a "close at EOF" flag and the formats.
fn lines_iter(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let file = vm.current_native_upvalue(0);
    let toclose = vm.current_native_upvalue(1).truthy();
    let Some(f) = to_file(file) else {
        return Err(LuaError::rt("file is already closed"));
    };
    if f.handle.is_none() {
        return Err(LuaError::rt("file is already closed"));
    }
    // Lay the formats out as arguments after a placeholder for the file, like g_read expects.
    let base = vm.cur.frames.last().map(|fr| fr.base as usize).unwrap_or(0);
    vm.top = base;
    vm.push(file)?;
    let mut i = 2;
    loop {
        let v = vm.current_native_upvalue(i);
        if v.is_nil() {
            break;
        }
        vm.push(v)?;
        i += 1;
    }
    let first = vm.top;
    let n = g_read(vm, f, 1)?;
    let first_result = vm.cur.stack[first];
    if first_result.truthy() {
        return Ok(n);
    }
    if n > 1 {
        if let Value::Str(msg) = vm.cur.stack[first + 1] {
            return Err(LuaError::rt(msg.to_str_lossy().into_owned()));
        }
    }
    if toclose {
        vm.top = first;
        close_file(vm, f)?;
    }
    vm.top = first;
    Ok(0)
}

/// `aux_lines`: the iterator over `file` reading the formats in arguments `first..`.
fn aux_lines(vm: &mut Vm, file: Value, first: usize, toclose: bool) -> LuaResult<usize> {
    let n = vm.nargs().saturating_sub(first);
    if n > 250 {
        return Err(LuaError::arg(252, "too many arguments"));
    }
    let mut up = vec![file, Value::Bool(toclose)];
    for i in first..vm.nargs() {
        up.push(vm.arg(i));
    }
    let f = vm.native_with_upvals("?", lines_iter, up)?;
    vm.push(f)?;
    Ok(1)
}

fn f_lines(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    check_file(vm, 0)?;
    aux_lines(vm, vm.arg(0), 1, false)
}

fn io_lines(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    if vm.arg(0).is_nil() {
        let (v, _) = io_file(vm, IO_INPUT)?;
        return aux_lines(vm, v, 1, false);
    }
    let name = check_str(vm, 0)?.to_str_lossy().into_owned();
    let file = open_check(vm, &name, "r")?;
    aux_lines(vm, file, 1, true)
}

fn io_popen(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let cmd = check_str(vm, 0)?.to_str_lossy().into_owned();
    let mode = opt_str(vm, 1)?
        .map(|m| m.to_str_lossy().into_owned())
        .unwrap_or_else(|| "r".into());
    if mode != "r" && mode != "w" {
        return Err(LuaError::arg(2, "invalid mode"));
    }
    match sys::popen(&cmd, mode == "w") {
        Ok(child) => push_file(vm, Handle::Pipe(child)),
        Err(e) => file_result(vm, Err(e), Some(&cmd)),
    }
}

fn io_tmpfile(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    match sys::tmpfile() {
        Ok(file) => push_file(vm, Handle::File(file)),
        Err(e) => io_error(vm, e),
    }
}

fn io_type(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    super::check_any(vm, 0)?;
    let r = match to_file(vm.arg(0)) {
        Some(f) if f.handle.is_none() => vm.str("closed file")?,
        Some(_) => vm.str("file")?,
        None => Value::Nil,
    };
    vm.push(r)?;
    Ok(1)
}

fn f_seek(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let f = check_file(vm, 0)?;
    let whence = opt_str(vm, 1)?
        .map(|s| s.to_str_lossy().into_owned())
        .unwrap_or_else(|| "cur".into());
    let off = super::opt_int(vm, 2, 0)?;
    let to = match whence.as_str() {
        "set" => SeekFrom::Start(off as u64),
        "cur" => SeekFrom::Current(off),
        "end" => SeekFrom::End(off),
        _ => return Err(LuaError::arg(2, format!("invalid option '{}'", whence))),
    };
    if matches!(to, SeekFrom::Start(_)) && off < 0 {
        return io_error(vm, io::Error::from_raw_os_error(22));
    }
    match f.seek(to) {
        Ok(p) => {
            vm.push(Value::Int(p as i64))?;
            Ok(1)
        }
        Err(e) => io_error(vm, e),
    }
}

fn f_setvbuf(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let f = check_file(vm, 0)?;
    let mode = check_str(vm, 1)?.to_str_lossy().into_owned();
    if !["no", "full", "line"].contains(&mode.as_str()) {
        return Err(LuaError::arg(2, format!("invalid option '{}'", mode)));
    }
    super::opt_int(vm, 2, 0)?;
    // Writes go straight to the OS (or Rust's line-buffered stdout); flushing now keeps the
    // observable order of "no" buffering.
    let r = if mode == "no" { f.flush() } else { Ok(()) };
    file_result(vm, r, None)
}

fn f_tostring(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let v = vm.arg(0);
    let text = match to_file(v) {
        Some(f) if f.handle.is_none() => "file (closed)".to_string(),
        _ => format!("file ({:#x})", v.object_addr().unwrap_or(0)),
    };
    let s = vm.str(text)?;
    vm.push(s)?;
    Ok(1)
}

#[cfg(test)]
mod tests {
    use super::valid_mode;

    #[test]
    fn modes_follow_fopen_rules() {
        for ok in ["r", "w", "a", "r+", "w+b", "ab", "rbb", "a+"] {
            assert!(valid_mode(ok), "{ok}");
        }
        for bad in ["", "x", "rw", "r+x", "+r", "b", "r++"] {
            assert!(!valid_mode(bad), "{bad}");
        }
    }
}
