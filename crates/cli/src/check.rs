//! `--check`: parse files and report syntax errors.

use std::io::Write;

/// Parses each file; writes `file:line:col: error: message` for each syntax error to `out`
/// and unreadable files to `err`. Returns whether every file parsed.
pub fn check_files(files: &[String], out: &mut dyn Write, err: &mut dyn Write) -> bool {
    let mut ok = true;
    for file in files {
        let source = match std::fs::read(file) {
            Ok(s) => s,
            Err(e) => {
                let _ = writeln!(err, "wippy-lua: cannot open {file}: {e}");
                ok = false;
                continue;
            }
        };
        if let Err(e) = wippy_parser::parse_file(&source, &format!("@{file}")) {
            let _ = writeln!(out, "{file}:{}:{}: error: {}", e.line, e.column, e.message);
            ok = false;
        }
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
        std::fs::write(&good, "local x = 1\nreturn x\n").expect("write");
        std::fs::write(&bad, "local x = 1\nx = = 2\n").expect("write");
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let files = [good.display().to_string()];
        assert!(check_files(&files, &mut out, &mut err));
        assert!(out.is_empty() && err.is_empty());
        let missing = dir.join("missing.lua").display().to_string();
        let files = [bad.display().to_string(), missing];
        assert!(!check_files(&files, &mut out, &mut err));
        let out = String::from_utf8(out).expect("utf8");
        assert_eq!(
            out,
            format!("{}:2:5: error: unexpected symbol near '='\n", bad.display())
        );
        assert!(String::from_utf8_lossy(&err).contains("cannot open"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
