//! The `wippy-lua` command.

mod args;
mod check;

use std::process::ExitCode;

use args::{Command, USAGE};

const HELP: &str = "\
wippy-lua: a Lua 5.3 runtime with processes and gradual types

usage: wippy-lua [options]

  --check FILE...   parse the files and report syntax errors as file:line:col: error: message
                    (exit status 1 if any file has an error)
  --help, -h        show this help
  --version, -v     show the version
";

fn main() -> ExitCode {
    match args::parse_args(std::env::args().skip(1)) {
        Ok(Command::Help) => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        Ok(Command::Version) => {
            println!("wippy-lua {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Ok(Command::Check(files)) => {
            let ok = check::check_files(&files, &mut std::io::stdout(), &mut std::io::stderr());
            if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(args::UsageError(msg)) => {
            eprintln!("wippy-lua: {msg}");
            eprintln!("{USAGE}");
            ExitCode::FAILURE
        }
    }
}
