//! Command-line parsing: turns `argv` into a [`Command`].

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// `--help`: print the help text.
    Help,
    /// `--version` / `-v`: print the version.
    Version,
    /// `--check FILE...`: parse the files and report syntax errors.
    Check(Vec<String>),
}

/// A command line that cannot be run; the message is printed with the usage line.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

/// The one-line usage summary.
pub const USAGE: &str = "usage: wippy-lua [--help] [--version] --check FILE...";

/// Parses the arguments after the program name.
pub fn parse_args<I: IntoIterator<Item = String>>(args: I) -> Result<Command, UsageError> {
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        return Err(UsageError("no mode given".into()));
    };
    match first.as_str() {
        "--help" | "-h" => Ok(Command::Help),
        "--version" | "-v" => Ok(Command::Version),
        "--check" => {
            let files: Vec<String> = args.collect();
            if files.is_empty() {
                return Err(UsageError("'--check' needs at least one file".into()));
            }
            Ok(Command::Check(files))
        }
        other => Err(UsageError(format!("unrecognized option '{other}'"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(v: &[&str]) -> Result<Command, UsageError> {
        parse_args(v.iter().map(|s| s.to_string()))
    }

    #[test]
    fn modes() {
        assert_eq!(parse(&["--help"]), Ok(Command::Help));
        assert_eq!(parse(&["-v"]), Ok(Command::Version));
        assert_eq!(
            parse(&["--check", "a.lua", "b.lua"]),
            Ok(Command::Check(vec!["a.lua".into(), "b.lua".into()]))
        );
    }

    #[test]
    fn errors() {
        assert!(parse(&[]).is_err());
        assert!(parse(&["--check"]).is_err());
        assert_eq!(
            parse(&["--bogus"]),
            Err(UsageError("unrecognized option '--bogus'".into()))
        );
    }
}
