//! The checker never panics: every fixture is checked again with each single line removed
//! (dangling `end`s, half-declared types, broken narrowing), reusing one session.

use std::fs;
use std::path::Path;
use wippy_types::{NoModules, Session};

#[test]
fn fixtures_with_a_line_removed_do_not_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../spec-tests/types");
    let mut session = Session::new();
    let mut checked = 0;
    for entry in fs::read_dir(&root).expect("spec-tests/types exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("lua") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("utf-8 fixture");
        let lines: Vec<&str> = text.lines().collect();
        for skip in 0..lines.len() {
            let mutated: Vec<&str> = lines
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, l)| *l)
                .collect();
            let source = mutated.join("\n");
            let name = format!("mutated{checked}.lua");
            let diags = session.check_source(source.as_bytes(), &name, &mut NoModules);
            for d in &diags {
                assert!(!d.render(source.as_bytes()).is_empty());
            }
            checked += 1;
        }
    }
    assert!(checked > 1000, "only {checked} variants checked");
}
