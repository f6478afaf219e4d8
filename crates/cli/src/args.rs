//! Command-line parsing, following the `lua` command's conventions.

/// What the user asked for.
#[derive(Debug, Default, PartialEq)]
pub struct Options {
    /// `-e stat` and `-l mod` in order.
    pub pre: Vec<PreAction>,
    /// `-i`: enter the REPL after running the script.
    pub interactive: bool,
    /// `-v`: print the version.
    pub version: bool,
    /// `-E`: ignore environment variables.
    pub ignore_env: bool,
    /// The script (`-` for stdin) and its arguments.
    pub script: Option<String>,
    /// Arguments after the script.
    pub script_args: Vec<String>,
    /// Index in argv of the script (for the `arg` table's negative indices).
    pub script_index: usize,
    /// `--check FILE...`
    pub check: Option<Vec<String>>,
    /// `--dump FILE`
    pub dump: Option<String>,
    /// `--help`
    pub help: bool,
}

/// A `-e` or `-l` option.
#[derive(Debug, PartialEq)]
pub enum PreAction {
    /// `-e stat`
    Exec(String),
    /// `-l mod`
    Require(String),
}

/// The usage text.
pub const USAGE: &str = "usage: wippy-lua [options] [script [args]]
Available options are:
  -e stat   execute string 'stat'
  -i        enter interactive mode after executing 'script'
  -l name   require library 'name' into global 'name'
  -v        show version information
  -E        ignore environment variables
  --        stop handling options
  -         stop handling options and execute stdin
  --check FILE...  type-check files (syntax errors and type errors)
  --dump FILE      print the bytecode listing of FILE
  --help           show this help";

/// Parses `argv` (including the program name at index 0).
pub fn parse(argv: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut i = 1;
    while i < argv.len() {
        let a = argv[i].as_str();
        match a {
            "--check" => {
                o.check = Some(argv[i + 1..].to_vec());
                return Ok(o);
            }
            "--dump" => {
                let f = argv.get(i + 1).ok_or("'--dump' needs argument")?;
                o.dump = Some(f.clone());
                return Ok(o);
            }
            "--help" | "-h" => {
                o.help = true;
                return Ok(o);
            }
            "--version" | "-v" => o.version = true,
            "-i" => {
                o.interactive = true;
                o.version = true;
            }
            "-E" => o.ignore_env = true,
            "--" => {
                i += 1;
                break;
            }
            "-" => break,
            "-e" | "-l" => {
                let v = argv
                    .get(i + 1)
                    .ok_or_else(|| format!("'{}' needs argument", a))?;
                o.pre.push(if a == "-e" {
                    PreAction::Exec(v.clone())
                } else {
                    PreAction::Require(v.clone())
                });
                i += 1;
            }
            _ if a.starts_with("-e") => o.pre.push(PreAction::Exec(a[2..].to_string())),
            _ if a.starts_with("-l") => o.pre.push(PreAction::Require(a[2..].to_string())),
            _ if a.starts_with('-') => return Err(format!("unrecognized option '{}'", a)),
            _ => break,
        }
        i += 1;
    }
    if i < argv.len() {
        o.script = Some(argv[i].clone());
        o.script_args = argv[i + 1..].to_vec();
        o.script_index = i;
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(s: &[&str]) -> Vec<String> {
        std::iter::once("wippy-lua")
            .chain(s.iter().copied())
            .map(String::from)
            .collect()
    }

    #[test]
    fn script_and_args() {
        let o = parse(&argv(&["-e", "x=1", "s.lua", "a", "-b"])).unwrap();
        assert_eq!(o.pre, vec![PreAction::Exec("x=1".into())]);
        assert_eq!(o.script.as_deref(), Some("s.lua"));
        assert_eq!(o.script_args, vec!["a", "-b"]);
        assert_eq!(o.script_index, 3);
    }

    #[test]
    fn bad_option() {
        assert!(parse(&argv(&["-x"])).is_err());
        assert!(parse(&argv(&["-e"])).is_err());
    }
}
