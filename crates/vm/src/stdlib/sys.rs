//! The one place where the os and io libraries touch the operating system (files, processes,
//! environment, clocks), so all blocking host calls can later move to a blocking pool together.

use std::fs::{File, OpenOptions};
use std::io;
use std::process::{Child, Command, Stdio};

/// The C library's `strerror` text of an I/O error (Rust's message without " (os error N)").
pub fn error_text(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The `errno` of an I/O error (0 when it has none).
pub fn errno(e: &io::Error) -> i64 {
    i64::from(e.raw_os_error().unwrap_or(0))
}

/// Opens a file with a C `fopen` mode (already validated: `[rwa]%+?b*`).
pub fn open(name: &str, mode: &str) -> io::Result<File> {
    let plus = mode.contains('+');
    let mut o = OpenOptions::new();
    match mode.as_bytes()[0] {
        b'r' => o.read(true).write(plus),
        b'w' => o.write(true).create(true).truncate(true).read(plus),
        _ => o.append(true).create(true).read(plus),
    };
    o.open(name)
}

/// C `remove`: deletes a file or an empty directory.
pub fn remove(name: &str) -> io::Result<()> {
    match std::fs::remove_file(name) {
        Err(e) if std::fs::metadata(name).is_ok_and(|m| m.is_dir()) => {
            std::fs::remove_dir(name).map_err(|_| e)
        }
        r => r,
    }
}

/// C `rename`.
pub fn rename(from: &str, to: &str) -> io::Result<()> {
    std::fs::rename(from, to)
}

/// A fresh name for a temporary file, created empty like `mkstemp` does.
pub fn tmpname() -> io::Result<String> {
    for attempt in 0..100u64 {
        let mut x = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
            ^ (u64::from(std::process::id()) << 32)
            ^ attempt.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let mut suffix = String::new();
        const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for _ in 0..6 {
            suffix.push(CHARS[(x % CHARS.len() as u64) as usize] as char);
            x /= CHARS.len() as u64;
        }
        let name = format!("/tmp/lua_{}", suffix);
        match OpenOptions::new().write(true).create_new(true).open(&name) {
            Ok(_) => return Ok(name),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::from(io::ErrorKind::AlreadyExists))
}

/// An anonymous temporary file opened for update (removed when closed).
pub fn tmpfile() -> io::Result<File> {
    let name = tmpname()?;
    let f = OpenOptions::new().read(true).write(true).open(&name)?;
    std::fs::remove_file(&name)?;
    Ok(f)
}

/// How a shell command ended, as `luaL_execresult` reports it: ("exit", code) or ("signal", n).
pub fn execute(cmd: &str) -> io::Result<(&'static str, i64)> {
    flush_stdout();
    let status = Command::new("/bin/sh").arg("-c").arg(cmd).status()?;
    Ok(exit_kind(status))
}

fn exit_kind(status: std::process::ExitStatus) -> (&'static str, i64) {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return ("signal", i64::from(sig));
        }
    }
    ("exit", i64::from(status.code().unwrap_or(0)))
}

/// Starts `cmd` under the shell with its stdout (mode "r") or stdin (mode "w") piped to us.
pub fn popen(cmd: &str, write: bool) -> io::Result<Child> {
    flush_stdout();
    let mut c = Command::new("/bin/sh");
    c.arg("-c").arg(cmd);
    if write {
        c.stdin(Stdio::piped());
    } else {
        c.stdout(Stdio::piped());
    }
    c.spawn()
}

/// Waits for a `popen`ed process (`pclose`).
pub fn pclose(child: &mut Child) -> io::Result<(&'static str, i64)> {
    drop(child.stdin.take());
    Ok(exit_kind(child.wait()?))
}

/// Flushes the process's standard output.
pub fn flush_stdout() {
    use std::io::Write;
    let _ = io::stdout().flush();
}

/// Processor time used by this process, in seconds (`clock() / CLOCKS_PER_SEC`).
pub fn cpu_clock() -> f64 {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clk: i32, ts: *mut Timespec) -> i32;
    }
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid out pointer; CLOCK_PROCESS_CPUTIME_ID is 2 on Linux.
    unsafe { clock_gettime(2, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 / 1e9
}

/// Seconds since the epoch.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// An environment variable's value.
pub fn getenv(name: &str) -> Option<Vec<u8>> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        std::env::var_os(name).map(|v| v.into_vec())
    }
    #[cfg(not(unix))]
    {
        std::env::var_os(name).map(|v| v.to_string_lossy().into_owned().into_bytes())
    }
}
