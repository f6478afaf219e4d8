//! Checks Lua files and prints diagnostics: `cargo run -p wippy-types --example check -- a.lua`
//! (`--json` for the JSON format). `require` resolves relative to each file's folder.

use std::path::PathBuf;
use wippy_types::{render_json, ModuleResolver, Session};

struct DirResolver(PathBuf);

impl ModuleResolver for DirResolver {
    fn resolve(&mut self, name: &str, _from: &str) -> Option<(String, Vec<u8>)> {
        let path = self.0.join(format!("{}.lua", name.replace('.', "/")));
        Some((path.display().to_string(), std::fs::read(&path).ok()?))
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let mut session = Session::new();
    let mut errors = 0;
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let Ok(source) = std::fs::read(path) else {
            eprintln!("cannot read {path}");
            std::process::exit(2);
        };
        let dir = PathBuf::from(path)
            .parent()
            .map(PathBuf::from)
            .unwrap_or_default();
        let diags = session.check_source(&source, path, &mut DirResolver(dir));
        errors += diags.len();
        if json {
            println!("{}", render_json(&diags, &source));
        } else {
            for d in &diags {
                print!("{}", d.render(&source));
            }
        }
    }
    std::process::exit(i32::from(errors > 0));
}
