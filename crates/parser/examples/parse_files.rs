//! Parses the files named on the command line (`[-n N] FILE...`, N repetitions each) and
//! reports syntax errors; used to time the parser against `luac5.3 -p` on the same files
//! (docs/performance.md).

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut reps = 1;
    if args.first().is_some_and(|a| a == "-n") && args.len() >= 2 {
        reps = args[1].parse().unwrap_or(1);
        args.drain(..2);
    }
    let mut failed = false;
    for file in &args {
        let src = std::fs::read(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        for _ in 0..reps {
            if let Err(e) = wippy_parser::parse_file(&src, &format!("@{file}")) {
                eprintln!("{}", e.full_message());
                failed = true;
            }
        }
    }
    std::process::exit(i32::from(failed));
}
