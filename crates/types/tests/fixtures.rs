//! Runs the typed fixtures in spec-tests/types: every `-- expect-error: <text>` comment must get
//! a diagnostic on its line whose code or message contains `<text>`, and no other diagnostic
//! may appear. A fixture is `<name>.lua` or `<name>/main.lua` (whose `require`s resolve to
//! sibling files).

use std::fs;
use std::path::{Path, PathBuf};
use wippy_types::{ModuleResolver, Session};

/// Resolves `require("a.b")` to `<dir>/a/b.lua`.
struct DirResolver(PathBuf);

impl ModuleResolver for DirResolver {
    fn resolve(&mut self, name: &str, _from: &str) -> Option<(String, Vec<u8>)> {
        let path = self.0.join(format!("{}.lua", name.replace('.', "/")));
        let source = fs::read(&path).ok()?;
        Some((path.display().to_string(), source))
    }
}

fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec-tests/types");
    let mut out = Vec::new();
    for entry in fs::read_dir(&root).expect("spec-tests/types exists") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            let main = path.join("main.lua");
            if main.exists() {
                out.push(main);
            }
        } else if path.extension().is_some_and(|e| e == "lua") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// `(line, substring)` pairs from `-- expect-error:` comments.
fn expectations(source: &str) -> Vec<(usize, String)> {
    source
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let at = line.find("-- expect-error:")?;
            Some((
                i + 1,
                line[at + "-- expect-error:".len()..].trim().to_string(),
            ))
        })
        .collect()
}

/// Checks one fixture; returns a description of every mismatch.
fn run(path: &Path) -> Vec<String> {
    let source = fs::read(path).expect("readable fixture");
    let text = String::from_utf8_lossy(&source).into_owned();
    let expected = expectations(&text);
    let dir = path.parent().expect("fixture has a folder").to_path_buf();
    let name = path.display().to_string();
    let diags = Session::new().check_source(&source, &name, &mut DirResolver(dir));
    let mut problems = Vec::new();
    let found: Vec<(usize, String)> = diags
        .iter()
        .map(|d| {
            (
                d.position(&source).0,
                format!("{} {}", d.code.as_str(), d.message),
            )
        })
        .collect();
    for (line, want) in &expected {
        if !found
            .iter()
            .any(|(l, msg)| l == line && msg.contains(want.as_str()))
        {
            let got: Vec<&str> = found
                .iter()
                .filter(|(l, _)| l == line)
                .map(|(_, m)| m.as_str())
                .collect();
            problems.push(format!(
                "{name}:{line}: expected an error containing {want:?}, got {got:?}"
            ));
        }
    }
    for (d, (line, msg)) in diags.iter().zip(&found) {
        if !expected
            .iter()
            .any(|(l, want)| l == line && msg.contains(want.as_str()))
        {
            problems.push(format!("unexpected diagnostic:\n{}", d.render(&source)));
        }
    }
    problems
}

#[test]
fn typed_fixtures() {
    let all = fixtures();
    assert!(
        all.len() >= 100,
        "expected at least 100 fixtures, found {}",
        all.len()
    );
    let problems: Vec<String> = all.iter().flat_map(|p| run(p)).collect();
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
