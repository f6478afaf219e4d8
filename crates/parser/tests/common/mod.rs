//! Helpers shared by the parser's integration tests.
#![allow(dead_code)]

use wippy_parser::ast::*;
use wippy_parser::pretty::print_type;

/// Parses `src` or panics with the error.
pub fn parse_ok(src: &str) -> Chunk {
    match wippy_parser::parse(src.as_bytes(), "=t") {
        Ok(c) => c,
        Err(e) => panic!("{src:?} failed: {}", e.full_message()),
    }
}

/// The full message of the error `src` must produce.
pub fn parse_err(src: &str) -> String {
    match wippy_parser::parse(src.as_bytes(), "=t") {
        Ok(_) => panic!("{src:?} parsed, expected an error"),
        Err(e) => e.full_message(),
    }
}

/// A fully parenthesised rendering of an expression, showing the tree's shape.
pub fn sexp(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Nil => "nil".into(),
        ExprKind::True => "true".into(),
        ExprKind::False => "false".into(),
        ExprKind::Vararg => "...".into(),
        ExprKind::Int(i) => i.to_string(),
        ExprKind::Float(f) => format!("{f:?}"),
        ExprKind::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
        ExprKind::Function(_) => "fn".into(),
        ExprKind::Table(fields) => format!("{{{}}}", fields.len()),
        ExprKind::Name(n) => n.name.to_string(),
        ExprKind::Index { obj, key } => format!("{}[{}]", sexp(obj), sexp(key)),
        ExprKind::Field { obj, name } => format!("{}.{}", sexp(obj), name.name),
        ExprKind::Call { func, args } => {
            format!(
                "call({}; {})",
                sexp(func),
                args.iter().map(sexp).collect::<Vec<_>>().join(", ")
            )
        }
        ExprKind::MethodCall { obj, method, args } => format!(
            "mcall({}:{}; {})",
            sexp(obj),
            method.name,
            args.iter().map(sexp).collect::<Vec<_>>().join(", ")
        ),
        ExprKind::Paren(e) => format!("paren({})", sexp(e)),
        ExprKind::Binary { op, lhs, rhs } => format!("({} {} {})", sexp(lhs), op.text(), sexp(rhs)),
        ExprKind::Unary {
            op: UnOp::Not,
            operand,
        } => format!("(not {})", sexp(operand)),
        ExprKind::Unary { op, operand } => format!("({}{})", op.text(), sexp(operand)),
        ExprKind::Cast { expr, ty } => format!("cast({} :: {})", sexp(expr), print_type(ty)),
        ExprKind::NonNil(e) => format!("nonnil({})", sexp(e)),
    }
}

/// A one-line summary of a statement's kind and shape.
pub fn stat_shape(s: &Stat) -> String {
    let list = |es: &[Expr]| es.iter().map(sexp).collect::<Vec<_>>().join(", ");
    match &s.kind {
        StatKind::Local { names, exprs } => format!(
            "local {} = {}",
            names
                .iter()
                .map(|b| b.name.name.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            list(exprs)
        ),
        StatKind::Assign { targets, exprs } => format!("{} = {}", list(targets), list(exprs)),
        StatKind::Call(e) => sexp(e),
        StatKind::Do(b) => format!("do[{}]", b.stats.len()),
        StatKind::While { cond, body } => format!("while {} [{}]", sexp(cond), body.stats.len()),
        StatKind::Repeat { body, cond } => {
            format!("repeat[{}] until {}", body.stats.len(), sexp(cond))
        }
        StatKind::If {
            clauses,
            else_block,
        } => {
            format!(
                "if[{}]{}",
                clauses.len(),
                if else_block.is_some() { " else" } else { "" }
            )
        }
        StatKind::NumericFor { var, step, .. } => {
            format!("for {} step={}", var.name.name, step.is_some())
        }
        StatKind::GenericFor { vars, exprs, .. } => format!(
            "for {} in {}",
            vars.iter()
                .map(|b| b.name.name.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            list(exprs)
        ),
        StatKind::Function { name, .. } => format!(
            "function {}{}",
            name.path
                .iter()
                .map(|n| n.name.to_string())
                .collect::<Vec<_>>()
                .join("."),
            name.method
                .as_ref()
                .map(|m| format!(":{}", m.name))
                .unwrap_or_default()
        ),
        StatKind::LocalFunction { name, .. } => format!("local function {}", name.name),
        StatKind::Label(n) => format!("::{}::", n.name),
        StatKind::Goto(n) => format!("goto {}", n.name),
        StatKind::Break => "break".into(),
        StatKind::TypeDecl(d) => {
            format!(
                "{}type {} = {}",
                if d.exported { "export " } else { "" },
                d.name.name,
                print_type(&d.ty)
            )
        }
    }
}

/// The shapes of a chunk's top-level statements (plus `return ...` if present).
pub fn shapes(src: &str) -> Vec<String> {
    let c = parse_ok(src);
    let mut v: Vec<String> = c.block.stats.iter().map(stat_shape).collect();
    if let Some(r) = &c.block.ret {
        v.push(format!(
            "return {}",
            r.exprs.iter().map(sexp).collect::<Vec<_>>().join(", ")
        ));
    }
    v
}

/// Removes spans and line numbers from a `{:?}` rendering, for span-insensitive comparison.
pub fn strip_positions(debug: &str) -> String {
    let mut out = String::with_capacity(debug.len());
    let mut rest = debug;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("Span { start: ") {
            let end = r.find('}').map_or(r.len(), |i| i + 1);
            out.push_str("Span");
            rest = &r[end..];
        } else if let Some(r) = rest
            .strip_prefix("line: ")
            .or_else(|| rest.strip_prefix("end_line: "))
        {
            let end = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
            out.push_str("line: _");
            rest = &r[end..];
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Parses, prints, re-parses and checks the two trees are equal (spans and lines aside), and
/// that printing is a fixpoint.
pub fn round_trip(src: &[u8], name: &str) {
    let first = wippy_parser::parse(src, name)
        .unwrap_or_else(|e| panic!("{name} failed: {}", e.full_message()));
    let printed = wippy_parser::pretty::print_chunk(&first);
    let second = wippy_parser::parse(printed.as_bytes(), name).unwrap_or_else(|e| {
        panic!(
            "{name}: printed source failed: {}\n{printed}",
            e.full_message()
        )
    });
    let a = strip_positions(&format!("{:?}", first.block));
    let b = strip_positions(&format!("{:?}", second.block));
    assert!(
        a == b,
        "{name}: round trip changed the AST\nprinted:\n{printed}"
    );
    assert_eq!(
        printed,
        wippy_parser::pretty::print_chunk(&second),
        "{name}: printing is not a fixpoint"
    );
}
