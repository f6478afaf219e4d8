//! Running scripts (`lua`-style), `--check` and `--dump`.

use std::io::{Read, Write};
use std::process::ExitCode;

use wippy_vm::{LuaError, Value, Vm};

use crate::args::{Options, PreAction};

const VERSION: &str = "wippy-lua 0.1.0 (Lua 5.3 compatible)";

/// `--dump FILE`: prints the bytecode listing.
pub fn dump(file: &str) -> ExitCode {
    let src = match std::fs::read(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("wippy-lua: cannot open {}: {}", file, e);
            return ExitCode::from(1);
        }
    };
    match wippy_vm::load::compile_chunk(&src, &format!("@{}", file)) {
        Ok(p) => {
            print!("{}", wippy_compiler::dump(&p));
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("wippy-lua: {}", msg);
            ExitCode::from(1)
        }
    }
}

/// Runs `-e`/`-l` actions, the script, and the REPL as requested.
pub fn run(opts: &Options, argv: &[String]) -> ExitCode {
    let mut vm = Vm::new();
    if opts.version {
        println!("{}", VERSION);
    }
    if let Err(code) = set_arg_table(&mut vm, opts, argv) {
        return code;
    }
    for action in &opts.pre {
        let result = match action {
            PreAction::Exec(code) => run_chunk(&mut vm, code.as_bytes(), "=(command line)", &[]),
            PreAction::Require(name) => {
                let code = format!("{} = require('{}')", name, name);
                run_chunk(&mut vm, code.as_bytes(), "=(command line)", &[])
            }
        };
        if let Err(msg) = result {
            return report(&msg);
        }
    }
    let mut status = ExitCode::SUCCESS;
    match opts.script.as_deref() {
        Some(script) => {
            let (src, name) = if script == "-" {
                let mut buf = Vec::new();
                let _ = std::io::stdin().read_to_end(&mut buf);
                (buf, "=stdin".to_string())
            } else {
                match std::fs::read(script) {
                    Ok(s) => (
                        wippy_vm::load::skip_shebang(&s).into_owned(),
                        format!("@{}", script),
                    ),
                    Err(e) => {
                        eprintln!(
                            "wippy-lua: cannot open {}: {}",
                            script,
                            e.kind().to_string().to_lowercase()
                        );
                        return ExitCode::from(1);
                    }
                }
            };
            let args: Vec<Value> = match opts
                .script_args
                .iter()
                .map(|a| vm.str(a))
                .collect::<Result<_, _>>()
            {
                Ok(a) => a,
                Err(_) => return report("not enough memory"),
            };
            status = match run_chunk(&mut vm, &src, &name, &args) {
                Ok(results) => match run_entry(&mut vm, &results, &args) {
                    Ok(code) => code,
                    Err(msg) => report(&msg),
                },
                Err(msg) => report(&msg),
            };
        }
        None if opts.pre.is_empty() && !opts.version && !opts.interactive => {
            repl(&mut vm);
        }
        None => {}
    }
    if opts.interactive {
        repl(&mut vm);
    }
    // Like lua.c's lua_close: pending finalizers run before exit.
    vm.close();
    let _ = std::io::stdout().flush();
    status
}

/// Prints an uncaught error like lua.c (`wippy-lua: msg`, then the traceback the message
/// handler appended, if any) and gives exit status 1.
fn report(msg: &str) -> ExitCode {
    let _ = std::io::stdout().flush();
    eprintln!("wippy-lua: {}", msg);
    ExitCode::from(1)
}

/// Runs the script's entry point (spec decision 2): a chunk that returns a function, or a table
/// with a function field `main`, has it called with the script arguments. An integer returned by
/// the entry is the exit status; `nil, err` is a failure reported like an uncaught error.
fn run_entry(vm: &mut Vm, chunk_results: &[Value], args: &[Value]) -> Result<ExitCode, String> {
    let entry = match chunk_results.first() {
        Some(f @ (Value::LuaFn(_) | Value::NativeFn(_))) => *f,
        Some(Value::Table(t)) => {
            let key = vm.str("main").map_err(|e| error_text(vm, e))?;
            match t.get(&key) {
                f @ (Value::LuaFn(_) | Value::NativeFn(_)) => f,
                _ => return Ok(ExitCode::SUCCESS),
            }
        }
        _ => return Ok(ExitCode::SUCCESS),
    };
    let results = vm
        .call_traced(entry, args)
        .map_err(|e| String::from_utf8_lossy(&e).into_owned())?;
    match (results.first(), results.get(1)) {
        (Some(Value::Int(code)), _) => Ok(ExitCode::from(*code as u8)),
        (Some(Value::Nil) | None, Some(err)) if !err.is_nil() => {
            Err(error_text(vm, LuaError::Value(*err)))
        }
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// Compiles and runs a chunk; the error is the message to print.
fn run_chunk(vm: &mut Vm, src: &[u8], name: &str, args: &[Value]) -> Result<Vec<Value>, String> {
    let f = vm.load(src, name).map_err(|e| error_text(vm, e))?;
    vm.call_traced(f, args)
        .map_err(|e| String::from_utf8_lossy(&e).into_owned())
}

fn error_text(vm: &mut Vm, e: LuaError) -> String {
    match e {
        LuaError::Value(Value::Str(s)) => s.to_str_lossy().into_owned(),
        LuaError::Value(v @ (Value::Int(_) | Value::Float(_))) => vm
            .tostring_raw(v)
            .map(|s| s.to_str_lossy().into_owned())
            .unwrap_or_default(),
        LuaError::Value(Value::Nil) => "nil".to_string(),
        LuaError::Value(v) => {
            if !vm
                .metamethod(&v, wippy_vm::meta::MetaMethod::ToString)
                .is_nil()
            {
                if let Ok(s) = vm.tostring(v) {
                    return s.to_str_lossy().into_owned();
                }
            }
            format!("(error object is a {} value)", v.type_name())
        }
        LuaError::Runtime(m) => m,
        LuaError::BadArg { arg, msg } => format!("bad argument #{} ({})", arg, msg),
        LuaError::OutOfMemory => "not enough memory".to_string(),
    }
}

/// Builds the global `arg` table: script at 0, options before it negative, args after positive.
fn set_arg_table(vm: &mut Vm, opts: &Options, argv: &[String]) -> Result<(), ExitCode> {
    let fail = |_| ExitCode::from(1);
    let t = vm.new_table().map_err(fail)?;
    let script_idx = if opts.script.is_some() {
        opts.script_index
    } else {
        argv.len()
    };
    for (i, a) in argv.iter().enumerate() {
        let k = i as i64 - script_idx as i64;
        let v = vm.str(a).map_err(fail)?;
        vm.raw_set(t, Value::Int(k), v).map_err(fail)?;
    }
    let g = vm.globals;
    vm.set_field(g, "arg", Value::Table(t)).map_err(fail)?;
    Ok(())
}

/// A minimal read-eval-print loop on stdin.
fn repl(vm: &mut Vm) {
    let stdin = std::io::stdin();
    let mut line = String::new();
    loop {
        print!("> ");
        let _ = std::io::stdout().flush();
        line.clear();
        if stdin.read_line(&mut line).unwrap_or(0) == 0 {
            println!();
            return;
        }
        let text = line.trim_end();
        let as_expr = format!("return {}", text);
        let result = match vm.load(as_expr.as_bytes(), "=stdin") {
            Ok(f) => vm.run_main(f, &[]).map_err(|e| error_text(vm, e)),
            Err(_) => run_chunk(vm, text.as_bytes(), "=stdin", &[]),
        };
        match result {
            Ok(vals) if !vals.is_empty() => {
                let parts: Vec<String> = vals
                    .iter()
                    .map(|v| {
                        vm.tostring(*v)
                            .map(|s| s.to_str_lossy().into_owned())
                            .unwrap_or_default()
                    })
                    .collect();
                println!("{}", parts.join("\t"));
            }
            Ok(_) => {}
            Err(msg) => eprintln!("{}", msg),
        }
    }
}
