//! `--check [--format json] FILE...`: parse and type-check files (wippy-types), reporting
//! `file:line:col: error[CODE]: message` diagnostics (syntax errors are `P0001`).

use std::io::Write;
use std::path::{Path, PathBuf};

use wippy_types::{render_json, ModuleResolver, Session};

/// Resolves `require("a.b")` to `a/b.lua` next to the requiring file.
struct DirResolver(PathBuf);

impl ModuleResolver for DirResolver {
    fn resolve(&mut self, name: &str, _from: &str) -> Option<(String, Vec<u8>)> {
        let path = self.0.join(format!("{}.lua", name.replace('.', "/")));
        Some((path.display().to_string(), std::fs::read(&path).ok()?))
    }
}

/// Checks each file (arguments may include `--format json`); writes diagnostics to `out` and
/// unreadable files to `err`. Returns whether there were no errors.
pub fn check_files(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> bool {
    let json = args
        .windows(2)
        .any(|w| w[0] == "--format" && w[1] == "json");
    let files: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !(a.starts_with("--") || (*i > 0 && args[i - 1] == "--format")))
        .map(|(_, a)| a)
        .collect();
    let mut ok = true;
    let mut session = Session::new();
    let mut json_parts = Vec::new();
    for file in files {
        let source = match std::fs::read(file) {
            Ok(s) => s,
            Err(e) => {
                let _ = writeln!(err, "wippy-lua: cannot open {file}: {e}");
                ok = false;
                continue;
            }
        };
        let dir = Path::new(file)
            .parent()
            .map(PathBuf::from)
            .unwrap_or_default();
        let diags = session.check_source(&source, file, &mut DirResolver(dir));
        ok &= diags.is_empty();
        if json {
            json_parts.push(render_json(&diags, &source));
        } else {
            for d in &diags {
                let _ = write!(out, "{}", d.render(&source));
            }
        }
    }
    if json {
        // One JSON array over all files.
        let items: Vec<&str> = json_parts
            .iter()
            .map(|p| {
                p.trim()
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .trim()
            })
            .filter(|p| !p.is_empty())
            .collect();
        let _ = writeln!(out, "[{}]", items.join(","));
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_errors_and_missing_files() {
        let dir = std::env::temp_dir().join(format!("wippy-cli-check-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let good = dir.join("good.lua");
        let bad = dir.join("bad.lua");
        let typed = dir.join("typed.lua");
        std::fs::write(&good, "local x = 1\nreturn x\n").expect("write");
        std::fs::write(&bad, "local x = 1\nx = = 2\n").expect("write");
        std::fs::write(&typed, "local n: number = \"s\"\n").expect("write");
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert!(check_files(
            &[good.display().to_string()],
            &mut out,
            &mut err
        ));
        assert!(out.is_empty() && err.is_empty());
        let missing = dir.join("missing.lua").display().to_string();
        let files = [bad.display().to_string(), missing];
        assert!(!check_files(&files, &mut out, &mut err));
        let text = String::from_utf8(out).expect("utf8");
        assert!(
            text.starts_with(&format!(
                "{}:2:5: error[P0001]: unexpected symbol near '='",
                bad.display()
            )),
            "{text}"
        );
        assert!(String::from_utf8_lossy(&err).contains("cannot open"));
        let mut out = Vec::new();
        assert!(!check_files(
            &[typed.display().to_string()],
            &mut out,
            &mut err
        ));
        assert!(String::from_utf8_lossy(&out).contains("error[E"));
        let mut out = Vec::new();
        let args = [
            "--format".to_string(),
            "json".to_string(),
            typed.display().to_string(),
        ];
        assert!(!check_files(&args, &mut out, &mut err));
        assert!(String::from_utf8_lossy(&out).trim_start().starts_with('['));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
