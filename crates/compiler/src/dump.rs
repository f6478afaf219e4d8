//! Human-readable listings in the format of `luac5.3 -l` (and `-l -l`).

use std::fmt::Write;

use crate::opcode::*;
use crate::proto::{Constant, Proto};

/// What [`dump_with`] prints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DumpOptions {
    /// Also print the constants, locals and upvalues of each function (`luac -l -l`).
    pub full: bool,
}

/// The listing of `proto` and its nested functions, like `luac5.3 -l`. Function addresses are
/// replaced by stable ids (`0x1` for the main function, then in listing order).
pub fn dump(proto: &Proto) -> String {
    dump_with(proto, DumpOptions::default())
}

/// The listing with explicit options.
pub fn dump_with(proto: &Proto, opts: DumpOptions) -> String {
    let mut out = String::new();
    let mut next_id = 1;
    function(&mut out, proto, opts, &mut next_id);
    out
}

/// Operand kinds of B and C (lopcodes.c `OpArgMask`): unused, used, register, register/constant.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Arg {
    N,
    U,
    R,
    K,
}

fn arg_modes(op: OpCode) -> (Arg, Arg) {
    use Arg::*;
    use OpCode::*;
    match op {
        MOVE | UNM | BNOT | NOT | LEN | JMP | FORLOOP | FORPREP | TFORLOOP => (R, N),
        LOADK => (K, N),
        LOADKX => (N, N),
        LOADBOOL | NEWTABLE | CALL | TAILCALL | SETLIST | EXTRAARG => (U, U),
        LOADNIL | GETUPVAL | SETUPVAL | RETURN | CLOSURE | VARARG | TYPE => (U, N),
        GETTABUP => (U, K),
        GETTABLE | SELF => (R, K),
        SETTABUP | SETTABLE | ADD | SUB | MUL | MOD | POW | DIV | IDIV | BAND | BOR | BXOR
        | SHL | SHR | EQ | LT | LE => (K, K),
        CONCAT => (R, R),
        TEST => (N, U),
        TESTSET => (R, U),
        TFORCALL => (N, U),
        LOADI => (N, N),
        GETFIELD => (R, U),
        SETFIELD => (U, K),
    }
}

fn function(out: &mut String, f: &Proto, opts: DumpOptions, next_id: &mut usize) {
    let id = *next_id;
    *next_id += 1;
    header(out, f, id);
    code(out, f, id);
    if opts.full {
        debug(out, f, id);
    }
    for p in f.protos.iter() {
        function(out, p, opts, next_id);
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn header(out: &mut String, f: &Proto, id: usize) {
    let s = &*f.source;
    let name = if let Some(rest) = s.strip_prefix('@').or_else(|| s.strip_prefix('=')) {
        rest
    } else if s.starts_with('\x1b') {
        "(bstring)"
    } else {
        "(string)"
    };
    let n = f.code.len();
    let _ = writeln!(
        out,
        "\n{} <{}:{},{}> ({} instruction{} at 0x{:x})",
        if f.line_defined == 0 {
            "main"
        } else {
            "function"
        },
        name,
        f.line_defined,
        f.last_line_defined,
        n,
        plural(n),
        id
    );
    let np = f.num_params as usize;
    let _ = write!(
        out,
        "{}{} param{}, {} slot{}, {} upvalue{}, ",
        np,
        if f.is_vararg { "+" } else { "" },
        plural(np),
        f.max_stack,
        plural(f.max_stack as usize),
        f.upvalues.len(),
        plural(f.upvalues.len())
    );
    let _ = writeln!(
        out,
        "{} local{}, {} constant{}, {} function{}",
        f.locals.len(),
        plural(f.locals.len()),
        f.constants.len(),
        plural(f.constants.len()),
        f.protos.len(),
        plural(f.protos.len())
    );
}

/// `MYK`: constants are shown as negative numbers.
fn myk(x: u32) -> i64 {
    -1 - x as i64
}

fn rk(x: u32) -> i64 {
    if is_k(x) {
        myk(index_k(x))
    } else {
        x as i64
    }
}

fn upval_name(f: &Proto, i: u32) -> &str {
    f.upvalues.get(i as usize).map_or("-", |u| &u.name)
}

fn code(out: &mut String, f: &Proto, id: usize) {
    let mut pc = 0;
    while pc < f.code.len() {
        let i = f.code[pc];
        let op = get_op(i);
        let (a, b, c, bx, sbx) = (get_a(i), get_b(i), get_c(i), get_bx(i), get_sbx(i));
        let line = f.line_info.get(pc).copied().unwrap_or(0);
        let _ = write!(out, "\t{}\t", pc + 1);
        if line > 0 {
            let _ = write!(out, "[{line}]\t");
        } else {
            out.push_str("[-]\t");
        }
        let _ = write!(out, "{:<9}\t", op.name());
        let (bm, cm) = arg_modes(op);
        match op.mode() {
            OpMode::ABC => {
                let _ = write!(out, "{a}");
                match op {
                    OpCode::GETFIELD => {
                        let _ = write!(out, " {} {}", b, myk(c));
                    }
                    OpCode::SETFIELD => {
                        let _ = write!(out, " {} {}", myk(b), rk(c));
                    }
                    _ => {
                        // luac shows any B/C operand with the constant bit set as a constant.
                        if bm != Arg::N {
                            let _ = write!(out, " {}", rk(b));
                        }
                        if cm != Arg::N {
                            let _ = write!(out, " {}", rk(c));
                        }
                    }
                }
            }
            OpMode::ABx => {
                let _ = write!(out, "{a}");
                match bm {
                    Arg::K => {
                        let _ = write!(out, " {}", myk(bx));
                    }
                    Arg::U => {
                        let _ = write!(out, " {bx}");
                    }
                    _ => {}
                }
            }
            OpMode::AsBx => {
                let _ = write!(out, "{a} {sbx}");
            }
            OpMode::Ax => {
                let _ = write!(out, "{}", myk(get_ax(i)));
            }
        }
        comment(out, f, id, pc, op, i);
        if op == OpCode::SETLIST && c == 0 {
            pc += 1;
        }
        out.push('\n');
        pc += 1;
    }
}

/// Number of functions in `p`'s tree (itself included).
fn tree_size(p: &Proto) -> usize {
    1 + p.protos.iter().map(|c| tree_size(c)).sum::<usize>()
}

/// The listing id of nested function `bx` of the function listed with id `id`.
fn closure_id(f: &Proto, id: usize, bx: u32) -> usize {
    id + 1
        + f.protos
            .iter()
            .take(bx as usize)
            .map(|c| tree_size(c))
            .sum::<usize>()
}

fn comment(out: &mut String, f: &Proto, id: usize, pc: usize, op: OpCode, i: Instruction) {
    let (a, b, c, bx, sbx) = (get_a(i), get_b(i), get_c(i), get_bx(i), get_sbx(i));
    let k = |x: u32| constant(f, x);
    let rk_text = |x: u32| {
        if is_k(x) {
            k(index_k(x))
        } else {
            "-".to_string()
        }
    };
    let text = match op {
        OpCode::LOADK => format!("\t; {}", k(bx)),
        OpCode::GETUPVAL | OpCode::SETUPVAL => format!("\t; {}", upval_name(f, b)),
        OpCode::GETTABUP => {
            let mut s = format!("\t; {}", upval_name(f, b));
            if is_k(c) {
                let _ = write!(s, " {}", k(index_k(c)));
            }
            s
        }
        OpCode::SETTABUP => {
            let mut s = format!("\t; {}", upval_name(f, a));
            if is_k(b) {
                let _ = write!(s, " {}", k(index_k(b)));
            }
            if is_k(c) {
                let _ = write!(s, " {}", k(index_k(c)));
            }
            s
        }
        OpCode::GETTABLE | OpCode::SELF if is_k(c) => format!("\t; {}", k(index_k(c))),
        OpCode::GETFIELD => format!("\t; {}", k(c)),
        OpCode::SETFIELD => format!("\t; {} {}", k(b), rk_text(c)),
        OpCode::SETTABLE
        | OpCode::ADD
        | OpCode::SUB
        | OpCode::MUL
        | OpCode::MOD
        | OpCode::POW
        | OpCode::DIV
        | OpCode::IDIV
        | OpCode::BAND
        | OpCode::BOR
        | OpCode::BXOR
        | OpCode::SHL
        | OpCode::SHR
        | OpCode::EQ
        | OpCode::LT
        | OpCode::LE
            if is_k(b) || is_k(c) =>
        {
            format!("\t; {} {}", rk_text(b), rk_text(c))
        }
        OpCode::JMP | OpCode::FORLOOP | OpCode::FORPREP | OpCode::TFORLOOP => {
            format!("\t; to {}", sbx + pc as i32 + 2)
        }
        OpCode::CLOSURE => format!("\t; 0x{:x}", closure_id(f, id, bx)),
        OpCode::SETLIST if c == 0 => {
            // luac prints the raw EXTRAARG word here.
            format!("\t; {}", f.code.get(pc + 1).map_or(0, |&x| x as i32))
        }
        OpCode::SETLIST => format!("\t; {c}"),
        OpCode::EXTRAARG => format!("\t; {}", k(get_ax(i))),
        _ => String::new(),
    };
    out.push_str(&text);
}

fn debug(out: &mut String, f: &Proto, id: usize) {
    let _ = writeln!(out, "constants ({}) for 0x{:x}:", f.constants.len(), id);
    for (i, _) in f.constants.iter().enumerate() {
        let _ = writeln!(out, "\t{}\t{}", i + 1, constant(f, i as u32));
    }
    let _ = writeln!(out, "locals ({}) for 0x{:x}:", f.locals.len(), id);
    for (i, l) in f.locals.iter().enumerate() {
        let _ = writeln!(
            out,
            "\t{}\t{}\t{}\t{}",
            i,
            l.name,
            l.start_pc + 1,
            l.end_pc + 1
        );
    }
    let _ = writeln!(out, "upvalues ({}) for 0x{:x}:", f.upvalues.len(), id);
    for (i, u) in f.upvalues.iter().enumerate() {
        let _ = writeln!(
            out,
            "\t{}\t{}\t{}\t{}",
            i, u.name, u.in_stack as u8, u.index
        );
    }
}

/// `PrintConstant`.
fn constant(f: &Proto, i: u32) -> String {
    match f.constants.get(i as usize) {
        None => "?".to_string(),
        Some(Constant::Nil) => "nil".to_string(),
        Some(Constant::Bool(b)) => b.to_string(),
        Some(Constant::Int(n)) => n.to_string(),
        Some(Constant::Float(x)) => {
            let s = format_g14(*x);
            if s.bytes().all(|c| c == b'-' || c.is_ascii_digit()) {
                s + ".0"
            } else {
                s
            }
        }
        Some(Constant::Str(s)) => quote(s),
    }
}

/// `PrintString`: a quoted string with C-style escapes.
fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    for &c in s {
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x07 => out.push_str("\\a"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x0b => out.push_str("\\v"),
            0x20..=0x7e => out.push(c as char),
            _ => {
                let _ = write!(out, "\\{c:03}");
            }
        }
    }
    out.push('"');
    out
}

/// C's `printf("%.14g", x)`.
pub(crate) fn format_g14(x: f64) -> String {
    if x.is_nan() {
        return if x.is_sign_negative() { "-nan" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    const P: i32 = 14;
    let sci = format!("{:.*e}", (P - 1) as usize, x);
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..P).contains(&exp) {
        let fixed = format!("{:.*}", (P - 1 - exp) as usize, x);
        strip_zeros(&fixed)
    } else {
        let m = strip_zeros(mant);
        format!("{}e{}{:02}", m, if exp < 0 { '-' } else { '+' }, exp.abs())
    }
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn g14_matches_c() {
        assert_eq!(format_g14(0.5), "0.5");
        assert_eq!(format_g14(1e100), "1e+100");
        assert_eq!(format_g14(1.234567890123456), "1.2345678901235");
        assert_eq!(format_g14(9.223372036854776e18), "9.2233720368548e+18");
        assert_eq!(format_g14(1e-5), "1e-05");
        assert_eq!(format_g14(0.0001), "0.0001");
        assert_eq!(format_g14(123456789012345.0), "1.2345678901234e+14");
        assert_eq!(format_g14(12345678901234.0), "12345678901234");
        assert_eq!(format_g14(f64::INFINITY), "inf");
    }

    #[test]
    fn strings_are_escaped_like_luac() {
        assert_eq!(quote(b"a\"b\\\n\x01\xff"), "\"a\\\"b\\\\\\n\\001\\255\"");
    }
}
