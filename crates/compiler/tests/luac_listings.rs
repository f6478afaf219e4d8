//! Compares `dump` listings (PUC-compatible mode) with `luac5.3 -l -l` listings of the corpus in
//! `tests/corpus`. The expected outputs (`*.luac`) were produced by `luac5.3 -l -l -p` and are
//! committed (regenerate with `tests/corpus/regen.sh`): a listing, with function addresses
//! normalised, or for programs that do not compile luac's error message.

mod support;

use std::path::Path;

use wippy_compiler::{compile_with, dump_with, CompileOptions, DumpOptions};

/// Our output in luac's format: the listing, or `luac5.3: <message>` for a parse or compile error.
fn listing(name: &str, src: &[u8]) -> String {
    let chunk = match wippy_parser::parse(src, &format!("@{name}")) {
        Ok(chunk) => chunk,
        Err(e) => return format!("luac5.3: {}\n", e.full_message()),
    };
    let opts = CompileOptions {
        puc_compatible: true,
    };
    match compile_with(&chunk, src, &format!("@{name}"), opts) {
        Ok(proto) => dump_with(&proto, DumpOptions { full: true }),
        Err(e) => format!("luac5.3: {}\n", e.full_message()),
    }
}

#[test]
fn corpus_matches_luac() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".lua"))
        .collect();
    names.sort();
    assert!(names.len() >= 20);
    let mut failures = Vec::new();
    for name in &names {
        let src = std::fs::read(dir.join(name)).expect("read source");
        let expected = std::fs::read_to_string(dir.join(format!("{name}.luac")))
            .unwrap_or_else(|_| panic!("missing expected listing for {name}"));
        let ours = support::normalise(&listing(name, &src));
        let expected = support::normalise(&expected);
        if ours != expected {
            let diff_line = ours
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            failures.push(format!(
                "{name}: first difference at listing line {}:\n  ours:     {:?}\n  expected: {:?}",
                diff_line + 1,
                ours.lines().nth(diff_line).unwrap_or(""),
                expected.lines().nth(diff_line).unwrap_or("")
            ));
            if std::env::var_os("DUMP_LISTINGS").is_some() {
                std::fs::write(std::env::temp_dir().join(format!("{name}.ours")), &ours).ok();
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
