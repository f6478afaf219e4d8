//! Constant folding follows Lua 5.3 exactly (lcode.c `constfolding`): what could raise or would
//! give NaN or a float zero is left to run time.

mod support;

use wippy_compiler::opcode::{get_op, get_sbx, OpCode};
use wippy_compiler::{compile_with, CompileOptions, Constant, Proto};

fn compile_src(src: &str) -> std::sync::Arc<Proto> {
    let chunk = support::parse(src.as_bytes()).expect("parse");
    let opts = CompileOptions {
        puc_compatible: true,
    };
    compile_with(&chunk, src.as_bytes(), "=t", opts).expect("compile")
}

/// The opcodes of `local x = <expr>` without the final RETURN, and the constants.
fn fold(expr: &str) -> (Vec<OpCode>, Vec<Constant>) {
    let p = compile_src(&format!("local x = {expr}"));
    let ops = p.code[..p.code.len() - 1]
        .iter()
        .map(|&i| get_op(i))
        .collect();
    (ops, p.constants.to_vec())
}

fn folded(expr: &str) -> Constant {
    let (ops, k) = fold(expr);
    assert_eq!(ops, vec![OpCode::LOADK], "{expr} should fold");
    k[0].clone()
}

#[test]
fn folds_numeric_expressions() {
    assert_eq!(folded("1 + 2 * 3"), Constant::Int(7));
    assert_eq!(folded("2^63"), Constant::Float(9.223372036854776e18));
    assert_eq!(folded("7 // 2"), Constant::Int(3));
    assert_eq!(folded("-7 // 2.0"), Constant::Float(-4.0));
    assert_eq!(
        folded("(-9223372036854775807 - 1) // -1"),
        Constant::Int(i64::MIN)
    );
    assert_eq!(folded("(-9223372036854775807 - 1) % -1"), Constant::Int(0));
    assert_eq!(folded("1 << 63"), Constant::Int(i64::MIN));
    assert_eq!(folded("~0"), Constant::Int(-1));
    assert_eq!(folded("3.0 | 0"), Constant::Int(3));
    assert_eq!(folded("-1e309"), Constant::Float(f64::NEG_INFINITY));
    assert_eq!(folded("1e308 * 10"), Constant::Float(f64::INFINITY));
}

#[test]
fn leaves_raising_or_special_results_to_run_time() {
    // Division by zero: operands stay constants (second operand first, as in PUC).
    let (ops, k) = fold("1 / 0");
    assert_eq!(ops, vec![OpCode::DIV]);
    assert_eq!(k, vec![Constant::Int(0), Constant::Int(1)]);
    assert_eq!(fold("3 // 0").0, vec![OpCode::IDIV]);
    assert_eq!(fold("3 % 0").0, vec![OpCode::MOD]);
    assert_eq!(fold("3 // 0.0").0, vec![OpCode::IDIV]);
    // -0.0 and other float zeros are never created at compile time.
    let (ops, k) = fold("-0.0");
    assert_eq!(ops, vec![OpCode::LOADK, OpCode::UNM]);
    assert_eq!(k, vec![Constant::Float(0.0)]);
    assert_eq!(fold("1.0 - 1").0, vec![OpCode::SUB]);
    // NaN.
    assert_eq!(fold("0/0").0, vec![OpCode::DIV]);
    // Bitwise operations on non-integral floats raise at run time.
    assert_eq!(fold("1.5 | 1").0, vec![OpCode::BOR]);
    assert_eq!(fold("~1.5").0, vec![OpCode::LOADK, OpCode::BNOT]);
    // Strings are not numerals for folding.
    assert_eq!(fold("'1' + 1").0, vec![OpCode::ADD]);
    // A non-constant operand prevents folding; `math.mininteger // -1` runs at run time.
    assert_eq!(
        fold("math.mininteger // -1").0,
        vec![OpCode::GETTABUP, OpCode::GETTABLE, OpCode::IDIV]
    );
}

#[test]
fn extended_mode_loads_folded_integers_with_loadi() {
    let chunk = support::parse(b"local x = 100 * 1000").expect("parse");
    let p = wippy_compiler::compile(&chunk, b"local x = 100 * 1000", "=t").expect("compile");
    assert_eq!(get_op(p.code[0]), OpCode::LOADI);
    assert_eq!(get_sbx(p.code[0]), 100_000);
    assert!(p.constants.is_empty());
}
