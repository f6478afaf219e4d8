//! Runs every program under `spec-tests/` (except `spec-tests/types/` and `lib/` module directories) with
//! the `wippy-lua` binary and compares the results with the expectations that `spec-tests/regen.sh`
//! produced with PUC-Rio lua5.3: stdout exactly, the exit status, and the first line of stderr with the
//! program-name prefix normalised (`lua5.3:` vs `wippy-lua:`). See `spec-tests/README.md`.
//!
//! `SPEC_FILTER=substring` runs only the programs whose relative path contains the substring.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);
const WORKERS: usize = 3;

/// What a program printed (raw bytes: Lua strings need not be UTF-8) and its exit code (`None` when
/// killed by a signal).
struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: Option<i32>,
}

/// One spec program: its path relative to `spec-tests/` and its absolute path.
struct Case {
    rel: String,
    path: PathBuf,
}

/// The `spec-tests/` directory at the workspace root.
fn spec_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec-tests")
}

/// Collects the spec programs: every `.lua` file outside `types/` and `lib/` directories, sorted by path.
fn programs() -> Vec<Case> {
    let root = spec_root();
    let mut cases = Vec::new();
    collect(&root, &root, &mut cases);
    cases.sort_by(|a, b| a.rel.cmp(&b.rel));
    cases
}

/// Adds the `.lua` files under `dir` to `out` (in directory order).
fn collect(dir: &Path, root: &Path, out: &mut Vec<Case>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .into_owned();
        if path.is_dir() {
            if rel != "types" && entry.file_name() != "lib" {
                collect(&path, root, out);
            }
        } else if rel.ends_with(".lua") && !rel.ends_with(".tmp.lua") {
            // `*.tmp.lua` are scratch files some programs write next to themselves.
            out.push(Case { rel, path });
        }
    }
}

/// Reads a child's pipe to the end on its own thread, so that neither pipe can fill up and block it.
fn read_all(mut r: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        buf
    })
}

/// Waits for the child; kills it and returns `None` once `TIMEOUT` has passed.
fn wait_with_timeout(child: &mut Child) -> Option<ExitStatus> {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if start.elapsed() < TIMEOUT => thread::sleep(Duration::from_millis(5)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
}

/// Runs one program from inside its directory with the same fixed environment `regen.sh` uses.
fn run(case: &Case) -> Result<Outcome, String> {
    let dir = case.path.parent().ok_or("no parent directory")?;
    let name = case.path.file_name().ok_or("no file name")?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_wippy-lua"))
        .arg(name)
        .current_dir(dir)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env("LC_ALL", "C")
        .env("TZ", "UTC")
        .env("HOME", "/nonexistent")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start wippy-lua: {e}"))?;
    let stdout = read_all(child.stdout.take().ok_or("no stdout")?);
    let stderr = read_all(child.stderr.take().ok_or("no stderr")?);
    let status = wait_with_timeout(&mut child);
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    let status = status.ok_or(format!("timed out after {}s", TIMEOUT.as_secs()))?;
    Ok(Outcome {
        stdout,
        stderr,
        status: status.code(),
    })
}

/// The first stderr line with the interpreter's name (`lua5.3:`, `wippy-lua:`, with or without a
/// directory) replaced by `lua:`.
fn normalise_stderr(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let first = text.lines().next().unwrap_or("");
    if let Some((program, rest)) = first.split_once(':') {
        let name = program.rsplit('/').next().unwrap_or(program);
        if name == "lua5.3" || name == "wippy-lua" {
            return format!("lua:{rest}");
        }
    }
    first.to_string()
}

/// Describes the first difference between two outputs in a few lines.
fn diff(what: &str, expected: &[u8], actual: &[u8]) -> String {
    let (expected, actual) = (
        String::from_utf8_lossy(expected),
        String::from_utf8_lossy(actual),
    );
    let (e, a): (Vec<_>, Vec<_>) = (expected.lines().collect(), actual.lines().collect());
    let line = (0..e.len().max(a.len()))
        .find(|&i| e.get(i) != a.get(i))
        .unwrap_or(0);
    let show = |v: &[&str]| {
        v.get(line)
            .map_or("<end>".to_string(), |s| format!("{s:?}"))
    };
    format!(
        "  {what} differs at line {} ({} expected lines, {} actual)\n    expected: {}\n    actual:   {}\n",
        line + 1,
        e.len(),
        a.len(),
        show(&e),
        show(&a)
    )
}

/// Checks one program; returns a failure report or `None` when it passes.
fn check(case: &Case) -> Option<String> {
    let Ok(expected_stdout) = std::fs::read(case.path.with_extension("stdout")) else {
        return Some(format!(
            "FAIL {}: no .stdout (run spec-tests/regen.sh)\n",
            case.rel
        ));
    };
    let expected_stderr = std::fs::read(case.path.with_extension("stderr")).unwrap_or_default();
    let expected_status: i32 = std::fs::read_to_string(case.path.with_extension("status"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let got = match run(case) {
        Ok(got) => got,
        Err(e) => return Some(format!("FAIL {}: {e}\n", case.rel)),
    };
    let mut report = String::new();
    if got.stdout != expected_stdout {
        report += &diff("stdout", &expected_stdout, &got.stdout);
    }
    if got.status != Some(expected_status) {
        report += &format!(
            "  exit status: expected {expected_status}, got {}\n",
            got.status
                .map_or("killed by a signal".to_string(), |c| c.to_string())
        );
    }
    let (e, a) = (
        normalise_stderr(&expected_stderr),
        normalise_stderr(&got.stderr),
    );
    if e != a {
        report += &format!("  stderr first line:\n    expected: {e:?}\n    actual:   {a:?}\n");
    }
    (!report.is_empty()).then(|| format!("FAIL {}\n{report}", case.rel))
}

/// Programs listed in `spec-tests/known_failures.txt` (one relative path per line, `#` comments):
/// behaviour not implemented yet. They still run; their failures are reported but do not fail
/// the test, and a listed program that passes is reported so the list only ever shrinks.
fn known_failures() -> Vec<String> {
    std::fs::read_to_string(spec_root().join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

#[test]
fn spec_tests() {
    let mut cases = programs();
    if let Ok(filter) = std::env::var("SPEC_FILTER") {
        cases.retain(|c| c.rel.contains(&filter));
    }
    assert!(!cases.is_empty(), "no spec programs selected");

    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| {
                while let Some(case) = cases.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Some(report) = check(case) {
                        failures
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(report);
                    }
                }
            });
        }
    });

    let mut failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    failures.sort();
    let known = known_failures();
    let is_known = |report: &String| {
        known.iter().any(|k| {
            report
                .strip_prefix("FAIL ")
                .is_some_and(|r| r.starts_with(k.as_str()) && r[k.len()..].starts_with(['\n', ':']))
        })
    };
    let (expected, unexpected): (Vec<_>, Vec<_>) = failures.iter().partition(|r| is_known(r));
    for report in &unexpected {
        eprint!("{report}");
    }
    let selected: Vec<&str> = cases.iter().map(|c| c.rel.as_str()).collect();
    for k in &known {
        if selected.contains(&k.as_str())
            && !failures.iter().any(|r| {
                r.strip_prefix("FAIL ")
                    .is_some_and(|r| r.starts_with(k.as_str()))
            })
        {
            eprintln!("now passing (remove from known_failures.txt): {k}");
        }
    }
    eprintln!(
        "{} passed, {} failed ({} known failures)",
        cases.len() - failures.len(),
        unexpected.len(),
        expected.len()
    );
    assert!(
        unexpected.is_empty(),
        "{} passed, {} failed",
        cases.len() - failures.len(),
        unexpected.len()
    );
}

/// Every program has a `.stdout`, and `.stderr` and `.status` come in pairs, as `regen.sh` writes them.
#[test]
fn expectations_are_complete() {
    let cases = programs();
    assert!(
        cases.len() >= 400,
        "only {} spec programs found",
        cases.len()
    );
    for case in &cases {
        let has = |ext: &str| case.path.with_extension(ext).exists();
        assert!(
            has("stdout"),
            "{}: no .stdout (run spec-tests/regen.sh)",
            case.rel
        );
        assert_eq!(
            has("stderr"),
            has("status"),
            "{}: .stderr and .status must come together",
            case.rel
        );
    }
}

/// The interpreter name is replaced on the first stderr line only; other lines pass through.
#[test]
fn stderr_prefix_is_normalised() {
    assert_eq!(
        normalise_stderr(b"lua5.3: x.lua:1: boom\nstack traceback:"),
        "lua: x.lua:1: boom"
    );
    assert_eq!(
        normalise_stderr(b"/usr/bin/wippy-lua: x.lua:1: boom"),
        "lua: x.lua:1: boom"
    );
    assert_eq!(normalise_stderr(b"to stderr\n"), "to stderr");
    assert_eq!(normalise_stderr(b""), "");
}
