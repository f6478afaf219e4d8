//! The default (extended) instruction set: LOADI, GETFIELD and SETFIELD, plus the shape of the
//! produced `Proto` (upvalues, locals, line info) and the type-syntax nodes.

mod support;

use std::sync::Arc;

use wippy_compiler::opcode::{get_a, get_b, get_c, get_op, get_sbx, is_k, OpCode};
use wippy_compiler::{compile, Constant, Proto};
use wippy_parser::ast::{ExprKind, Name, Span, Stat, StatKind, TypeDecl, TypeExpr, TypeKind};

fn compile_src(src: &str) -> Arc<Proto> {
    let chunk = support::parse(src.as_bytes()).expect("parse");
    compile(&chunk, src.as_bytes(), "=t").expect("compile")
}

fn ops(p: &Proto) -> Vec<OpCode> {
    p.code.iter().map(|&i| get_op(i)).collect()
}

fn find(p: &Proto, op: OpCode) -> Vec<u32> {
    p.code
        .iter()
        .copied()
        .filter(|&i| get_op(i) == op)
        .collect()
}

#[test]
fn small_integers_use_loadi() {
    let p = compile_src("local a, b, c, d, e = 5, -131071, 131072, 131073, 3.0");
    let loadi: Vec<i32> = find(&p, OpCode::LOADI)
        .iter()
        .map(|&i| get_sbx(i))
        .collect();
    assert_eq!(loadi, vec![5, -131071, 131072]);
    assert_eq!(
        &*p.constants,
        &[Constant::Int(131073), Constant::Float(3.0)]
    );
}

#[test]
fn numeric_for_default_step_is_loadi() {
    let p = compile_src("for i = 1, 10 do end");
    assert!(p.constants.is_empty());
    assert_eq!(
        ops(&p),
        vec![
            OpCode::LOADI,
            OpCode::LOADI,
            OpCode::LOADI,
            OpCode::FORPREP,
            OpCode::FORLOOP,
            OpCode::RETURN
        ]
    );
}

#[test]
fn string_keys_use_getfield_and_setfield() {
    let p = compile_src("local t = {x = 1}\nt.y = t.x\nt[1] = t['z']\nprint(t.a.b)");
    let sets = find(&p, OpCode::SETFIELD);
    assert_eq!(sets.len(), 2);
    for &i in &sets {
        assert!(matches!(p.constants[get_b(i) as usize], Constant::Str(_)));
    }
    let gets = find(&p, OpCode::GETFIELD);
    assert_eq!(gets.len(), 4);
    for &i in &gets {
        assert!(matches!(p.constants[get_c(i) as usize], Constant::Str(_)));
    }
    // Integer keys and globals keep the Lua 5.3 forms.
    assert_eq!(find(&p, OpCode::SETTABLE).len(), 1);
    assert_eq!(find(&p, OpCode::GETTABUP).len(), 1);
}

#[test]
fn field_constants_up_to_511_avoid_registers() {
    let mut src = String::from("local t = {}\n");
    for i in 0..400 {
        src.push_str(&format!("t.k{i} = true\n"));
    }
    src.push_str("local x = t.k399\n");
    let p = compile_src(&src);
    let last_get = *find(&p, OpCode::GETFIELD).last().expect("GETFIELD");
    assert!(get_c(last_get) > 255);
    assert_eq!(
        p.constants[get_c(last_get) as usize],
        Constant::Str(b"k399".to_vec().into())
    );
    // Past 511 the key goes through a register, as in PUC Lua.
    let mut src = String::from("local t = {}\n");
    for i in 0..600 {
        src.push_str(&format!("t.k{i} = true\n"));
    }
    let p = compile_src(&src);
    let last = p.code[p.code.len() - 2];
    assert_eq!(get_op(last), OpCode::SETTABLE);
    assert!(!is_k(get_b(last)));
}

#[test]
fn field_key_index_never_conflicts_with_a_register() {
    // "x" is constant 0 and `a` is register 0: only a real conflict would need a MOVE.
    let p = compile_src("local a, t = nil, {}\nt.x, a = 1, 2");
    assert!(find(&p, OpCode::MOVE).is_empty());
    let p = compile_src("local a, t = nil, {}\na.x, a = 1, 2");
    assert_eq!(find(&p, OpCode::MOVE).len(), 1);
}

#[test]
fn main_function_shape() {
    let p = compile_src(
        "local x = 1\nlocal function f(a, ...) return x, a end\nfor i = 1, 2 do end\nreturn f",
    );
    assert!(p.is_vararg);
    assert_eq!(p.upvalues.len(), 1);
    assert_eq!(&*p.upvalues[0].name, "_ENV");
    assert!(p.upvalues[0].in_stack);
    assert_eq!(p.upvalues[0].index, 0);
    assert_eq!(p.line_info.len(), p.code.len());
    let names: Vec<&str> = p.locals.iter().map(|l| &*l.name).collect();
    assert_eq!(
        names,
        ["x", "f", "(for index)", "(for limit)", "(for step)", "i"]
    );
    for l in p.locals.iter() {
        assert!(l.start_pc <= l.end_pc && l.end_pc as usize <= p.code.len());
    }
    let f = &p.protos[0];
    assert_eq!(
        (
            f.num_params,
            f.is_vararg,
            f.line_defined,
            f.last_line_defined
        ),
        (1, true, 2, 2)
    );
    assert_eq!(&*f.upvalues[0].name, "x");
    assert!(f.upvalues[0].in_stack);
    assert_eq!(&*f.source, "=t");
}

#[test]
fn generic_for_internal_locals() {
    let p = compile_src("for k, v in pairs(t) do end");
    let names: Vec<&str> = p.locals.iter().map(|l| &*l.name).collect();
    assert_eq!(
        names,
        ["(for generator)", "(for state)", "(for control)", "k", "v"]
    );
    let tforcall = find(&p, OpCode::TFORCALL)[0];
    assert_eq!((get_a(tforcall), get_c(tforcall)), (0, 2));
}

fn type_expr() -> TypeExpr {
    TypeExpr {
        kind: TypeKind::Nil,
        span: Span::new(0, 0),
    }
}

#[test]
fn casts_non_nil_and_type_declarations_emit_no_code() {
    let src = "local x = y.z\nlocal w = x";
    let plain = compile_src(src);
    let mut chunk = support::parse(src.as_bytes()).expect("parse");
    // Wrap the first initialiser in `(... :: nil)!` and insert a type declaration.
    if let StatKind::Local { exprs, .. } = &mut chunk.block.stats[0].kind {
        let inner = exprs.remove(0);
        let span = inner.span;
        let cast = wippy_parser::ast::Expr {
            kind: ExprKind::Cast {
                expr: Box::new(inner),
                ty: Box::new(type_expr()),
            },
            span,
        };
        exprs.push(wippy_parser::ast::Expr {
            kind: ExprKind::NonNil(Box::new(cast)),
            span,
        });
    }
    let decl = TypeDecl {
        name: Name {
            name: "T".into(),
            span: Span::new(0, 0),
        },
        generics: Vec::new(),
        ty: type_expr(),
        exported: false,
    };
    let span = chunk.block.stats[0].span;
    chunk.block.stats.insert(
        1,
        Stat {
            kind: StatKind::TypeDecl(Box::new(decl)),
            span,
        },
    );
    let typed = compile(&chunk, src.as_bytes(), "=t").expect("compile");
    assert_eq!(typed.code, plain.code);
    assert_eq!(typed.constants, plain.constants);
}
