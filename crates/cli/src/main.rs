//! `wippy-lua`: run Lua scripts, check typed code, dump bytecode.

mod args;
mod check;
mod run;

use std::process::ExitCode;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    let opts = match args::parse(&argv) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("wippy-lua: {}", msg);
            eprintln!("{}", args::USAGE);
            return ExitCode::from(1);
        }
    };
    if opts.help {
        println!("{}", args::USAGE);
        return ExitCode::SUCCESS;
    }
    if let Some(files) = &opts.check {
        if files.is_empty() {
            eprintln!("wippy-lua: '--check' needs at least one file");
            eprintln!("{}", args::USAGE);
            return ExitCode::from(1);
        }
        let ok = check::check_files(files, &mut std::io::stdout(), &mut std::io::stderr());
        return if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    }
    if let Some(file) = &opts.dump {
        return run::dump(file);
    }
    run::run(&opts, &argv)
}
