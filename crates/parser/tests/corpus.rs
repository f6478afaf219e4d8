//! Whole files: the corpus in tests/corpus/ (plain Lua 5.3 and typed), and every `*.lua` under
//! the workspace's spec-tests/ and benches/ if present. Each must parse, and must survive the
//! print -> parse round trip with the same AST.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn lua_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            lua_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "lua") {
            out.push(p);
        }
    }
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

#[test]
fn corpus_parses_and_round_trips() {
    let mut files = Vec::new();
    lua_files(&corpus_dir(), &mut files);
    assert!(files.len() >= 5, "corpus missing: {files:?}");
    for f in files {
        let src = std::fs::read(&f).expect("read corpus file");
        common::round_trip(&src, &format!("@{}", f.display()));
    }
}

/// `luac5.3 -p`'s verdict on a file, as `Ok` or `chunk:line: message`; `None` if it is not
/// installed.
fn luac_verdict(path: &Path) -> Option<Result<(), String>> {
    let out = Command::new("luac5.3").arg("-p").arg(path).output().ok()?;
    if out.status.success() {
        return Some(Ok(()));
    }
    let msg = String::from_utf8_lossy(&out.stderr).trim().to_string();
    Some(Err(msg
        .strip_prefix("luac5.3: ")
        .unwrap_or(&msg)
        .to_string()))
}

#[test]
fn workspace_lua_files_parse_like_puc() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    lua_files(&root.join("spec-tests"), &mut files);
    lua_files(&root.join("benches"), &mut files);
    for f in files {
        let src = std::fs::read(&f).expect("read file");
        let name = format!("@{}", f.display());
        let ours = wippy_parser::parse_file(&src, &name)
            .map(drop)
            .map_err(|e| e.full_message());
        let typed = f.components().any(|c| c.as_os_str() == "types");
        match luac_verdict(&f) {
            Some(Err(puc)) if !typed => assert_eq!(ours, Err(puc), "{}", f.display()),
            _ => {
                assert!(ours.is_ok(), "{}: {:?}", f.display(), ours);
                common::round_trip(&src, &name);
            }
        }
    }
}
