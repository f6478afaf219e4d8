//! Generated programs (too large to commit) compiled by us and by the reference `luac5.3`:
//! listings must match instruction for instruction, and compile errors must have PUC's exact
//! text. Skipped (with a note) when `luac5.3` is not on PATH.

mod support;

use std::process::Command;

use wippy_compiler::{compile_with, dump_with, CompileOptions, DumpOptions};

fn luac_available() -> bool {
    Command::new("luac5.3").arg("-v").output().is_ok()
}

/// Runs `luac5.3 -l -l -p` on `src` saved as `name`; Ok(listing) or Err(error message).
fn luac(name: &str, src: &str) -> Result<String, String> {
    let dir = std::env::temp_dir().join(format!("wippy-compiler-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join(name), src).expect("write source");
    let out = Command::new("luac5.3")
        .args(["-l", "-l", "-p", name])
        .current_dir(&dir)
        .output()
        .expect("run luac5.3");
    std::fs::remove_dir_all(&dir).ok();
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        Err(err.trim_start_matches("luac5.3: ").trim_end().to_string())
    }
}

fn ours(name: &str, src: &str) -> Result<String, String> {
    let chunk =
        wippy_parser::parse(src.as_bytes(), &format!("@{name}")).map_err(|e| e.full_message())?;
    let opts = CompileOptions {
        puc_compatible: true,
    };
    compile_with(&chunk, src.as_bytes(), &format!("@{name}"), opts)
        .map(|p| dump_with(&p, DumpOptions { full: true }))
        .map_err(|e| e.full_message())
}

fn check(name: &str, src: &str) {
    let expected = luac(name, src).map(|l| support::normalise(&l));
    let got = ours(name, src).map(|l| support::normalise(&l));
    match (&expected, &got) {
        (Ok(e), Ok(g)) if e != g => {
            let i = g
                .lines()
                .zip(e.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "{name}: listing differs at line {}:\n  ours:     {:?}\n  expected: {:?}",
                i + 1,
                g.lines().nth(i),
                e.lines().nth(i)
            );
        }
        _ => assert_eq!(got, expected, "{name}"),
    }
}

fn list(prefix: &str, n: usize, sep: &str) -> String {
    (1..=n)
        .map(|i| format!("{prefix}{i}"))
        .collect::<Vec<_>>()
        .join(sep)
}

#[test]
fn large_programs_match_luac() {
    if !luac_available() {
        eprintln!("luac5.3 not on PATH: skipped");
        return;
    }
    // More than 255 constants: RK operands no longer fit, keys go through registers.
    let many_globals = (1..=300)
        .map(|i| format!("g{i} = g{i} + {i}.5\n"))
        .collect::<String>();
    check("globals.lua", &many_globals);
    let fields = format!(
        "local t = {{}}\n{}\nt.last = t.x1 + t.x600\n",
        (1..=600)
            .map(|i| format!("t.x{i} = {i}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    check("fields.lua", &fields);
    // SETLIST with C > 511 needs EXTRAARG.
    let big_table = format!("local t = {{{}}}\n", list("", 30_000, ","));
    check("bigtable.lua", &big_table);
    // More than 2^18 constants: LOADKX + EXTRAARG.
    let many_constants = format!(
        "local t = {{{}}}\nlocal x = 'last'\n",
        (0..262_200)
            .map(|i| format!("{i}.5"))
            .collect::<Vec<_>>()
            .join(",")
    );
    check("loadkx.lua", &many_constants);
    // Close to the register and local limits.
    let locals = format!(
        "local {} = 1\nprint({})\n",
        list("l", 199, ", "),
        list("l", 199, ", ")
    );
    check("locals.lua", &locals);
}

#[test]
fn compile_errors_match_lua() {
    if !luac_available() {
        eprintln!("luac5.3 not on PATH: skipped");
        return;
    }
    let cases: Vec<(&str, String)> =
        vec![
            (
                "locals_main.lua",
                format!("local {} = 1", list("a", 201, ", ")),
            ),
            (
                "locals_fn.lua",
                format!(
                    "local x\n\nfunction f()\n  local {}\nend",
                    list("a", 201, ", ")
                ),
            ),
            (
                "locals_for.lua",
                format!("local {}\nfor i = 1, 2 do end", list("a", 198, ", ")),
            ),
            ("vararg.lua", "function f()\n  return ...\nend".into()),
            (
                "vararg2.lua",
                "local f = function(a) local b = {...} end".into(),
            ),
            ("goto_missing.lua", "local x\ngoto nowhere\nx = 1\n".into()),
            (
                "goto_scope.lua",
                "do\n  goto l\n  local a = 1\n  ::l::\n  print(a)\nend".into(),
            ),
            ("label_twice.lua", "::a::\nprint(1)\n::a::".into()),
            ("break.lua", "if x then\n  break\nend".into()),
            ("break2.lua", "local function f()\n  break\nend".into()),
            (
                "goto_fn.lua",
                "local function f()\n  goto out\nend\n::out::".into(),
            ),
            (
                "upvalues.lua",
                format!(
                "local {}\nlocal function f()\n  local {}\n  return function() return {} end\nend",
                list("a", 150, ", "),
                list("b", 150, ", "),
                (1..=150).map(|i| format!("a{i} + b{i}")).collect::<Vec<_>>().join(" + ")
            ),
            ),
            ("registers.lua", format!("f({})", list("", 300, ", "))),
            (
                "too_long.lua",
                format!("local a, b\nwhile a do\n{}end", "a = b\n".repeat(140_000)),
            ),
            (
                "repeat_scope.lua",
                "repeat\n  goto cont\n  local x\n  ::cont::\nuntil x".into(),
            ),
        ];
    for (name, src) in &cases {
        check(name, src);
    }
}

/// Opt-in: every `*.lua` file under `$WIPPY_LUA_CORPUS` (recursively) must compile exactly as
/// luac5.3 compiles it. Files with syntax errors are reported and skipped.
#[test]
fn external_corpus_matches_luac() {
    let Some(root) = std::env::var_os("WIPPY_LUA_CORPUS") else {
        return;
    };
    if !luac_available() {
        return;
    }
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(root)];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "lua") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut failures = Vec::new();
    for path in &files {
        let src = std::fs::read_to_string(path).unwrap_or_default();
        if support::parse(src.as_bytes()).is_err() {
            eprintln!("skipped (syntax error): {}", path.display());
            continue;
        }
        let name = "prog.lua";
        let result = std::panic::catch_unwind(|| check(name, &src));
        if let Err(e) = result {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_else(|| "panic".into());
            failures.push(format!("{}: {msg}", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
