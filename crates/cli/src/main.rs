//! `wippy-lua`: run Lua scripts, check typed code, dump bytecode.

mod args;
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
        return run::check(files);
    }
    if let Some(file) = &opts.dump {
        return run::dump(file);
    }
    run::run(&opts, &argv)
}
