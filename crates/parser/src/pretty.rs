//! Pretty-printer: AST back to Lua source (with type annotations).
//!
//! Parsing the output gives the same AST again, spans and lines aside: operands are
//! parenthesised only where precedence requires it (never for trees the parser built), and a
//! statement that starts with `(` is preceded by `;` so it cannot continue the previous one.

use std::fmt::Write;

use crate::ast::*;

/// Prints a whole chunk.
pub fn print_chunk(chunk: &Chunk) -> String {
    let mut p = Printer::default();
    p.block_body(&chunk.block);
    p.out
}

/// Prints one expression.
pub fn print_expr(e: &Expr) -> String {
    let mut p = Printer::default();
    p.expr(e);
    p.out
}

/// Prints one type expression.
pub fn print_type(t: &TypeExpr) -> String {
    let mut p = Printer::default();
    p.ty(t);
    p.out
}

#[derive(Default)]
struct Printer {
    out: String,
    indent: usize,
}

/// Priority of an expression as an operand: binary operators' left priority, 12 for unary
/// operators, 15 for simple and prefix expressions, 0 for casts (only valid at the top).
fn priority(e: &Expr) -> u8 {
    match &e.kind {
        ExprKind::Binary { op, .. } => op.precedence().0,
        ExprKind::Unary { .. } => 12,
        ExprKind::Cast { .. } => 0,
        _ => 15,
    }
}

fn is_prefix(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Name(_)
            | ExprKind::Index { .. }
            | ExprKind::Field { .. }
            | ExprKind::Call { .. }
            | ExprKind::MethodCall { .. }
            | ExprKind::Paren(_)
            | ExprKind::NonNil(_)
    )
}

/// Whether a statement's source starts with `(`.
fn starts_with_paren(s: &Stat) -> bool {
    fn first(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Paren(_) => true,
            ExprKind::Index { obj, .. }
            | ExprKind::Field { obj, .. }
            | ExprKind::MethodCall { obj, .. }
            | ExprKind::NonNil(obj) => first(obj),
            ExprKind::Call { func, .. } => first(func),
            _ => !is_prefix(e),
        }
    }
    match &s.kind {
        StatKind::Call(e) => first(e),
        StatKind::Assign { targets, .. } => targets.first().is_some_and(first),
        _ => false,
    }
}

impl Printer {
    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }

    fn block_body(&mut self, b: &Block) {
        for (i, s) in b.stats.iter().enumerate() {
            if i > 0 {
                self.newline();
            }
            if starts_with_paren(s) {
                self.w(";");
            }
            self.stat(s);
        }
        if let Some(r) = &b.ret {
            if !b.stats.is_empty() {
                self.newline();
            }
            self.w("return");
            if !r.exprs.is_empty() {
                self.w(" ");
                self.exprs(&r.exprs);
            }
        }
    }

    /// An indented block followed by `end` (or the given closer) on its own line.
    fn block(&mut self, b: &Block, closer: &str) {
        self.indent += 1;
        if !b.stats.is_empty() || b.ret.is_some() {
            self.newline();
            self.block_body(b);
        }
        self.indent -= 1;
        self.newline();
        self.w(closer);
    }

    fn stat(&mut self, s: &Stat) {
        match &s.kind {
            StatKind::Local { names, exprs } => {
                self.w("local ");
                self.bindings(names);
                if !exprs.is_empty() {
                    self.w(" = ");
                    self.exprs(exprs);
                }
            }
            StatKind::Assign { targets, exprs } => {
                self.exprs(targets);
                self.w(" = ");
                self.exprs(exprs);
            }
            StatKind::Call(e) => self.expr(e),
            StatKind::Do(b) => {
                self.w("do");
                self.block(b, "end");
            }
            StatKind::While { cond, body } => {
                self.w("while ");
                self.expr(cond);
                self.w(" do");
                self.block(body, "end");
            }
            StatKind::Repeat { body, cond } => {
                self.w("repeat");
                self.block(body, "until ");
                self.expr(cond);
            }
            StatKind::If {
                clauses,
                else_block,
            } => {
                for (i, c) in clauses.iter().enumerate() {
                    self.w(if i == 0 { "if " } else { "elseif " });
                    self.expr(&c.cond);
                    self.w(" then");
                    self.indent += 1;
                    if !c.block.stats.is_empty() || c.block.ret.is_some() {
                        self.newline();
                        self.block_body(&c.block);
                    }
                    self.indent -= 1;
                    self.newline();
                }
                if let Some(b) = else_block {
                    self.w("else");
                    self.block(b, "end");
                } else {
                    self.w("end");
                }
            }
            StatKind::NumericFor {
                var,
                start,
                limit,
                step,
                body,
            } => {
                self.w("for ");
                self.binding(var);
                self.w(" = ");
                self.expr(start);
                self.w(", ");
                self.expr(limit);
                if let Some(step) = step {
                    self.w(", ");
                    self.expr(step);
                }
                self.w(" do");
                self.block(body, "end");
            }
            StatKind::GenericFor { vars, exprs, body } => {
                self.w("for ");
                self.bindings(vars);
                self.w(" in ");
                self.exprs(exprs);
                self.w(" do");
                self.block(body, "end");
            }
            StatKind::Function { name, func } => {
                self.w("function ");
                self.names(&name.path, ".");
                if let Some(m) = &name.method {
                    self.w(":");
                    self.w(&m.name);
                }
                self.func_body(func);
            }
            StatKind::LocalFunction { name, func } => {
                self.w("local function ");
                self.w(&name.name);
                self.func_body(func);
            }
            StatKind::Label(n) => {
                self.w("::");
                self.w(&n.name);
                self.w("::");
            }
            StatKind::Goto(n) => {
                self.w("goto ");
                self.w(&n.name);
            }
            StatKind::Break => self.w("break"),
            StatKind::TypeDecl(d) => {
                if d.exported {
                    self.w("export ");
                }
                self.w("type ");
                self.w(&d.name.name);
                self.generics(&d.generics);
                self.w(" = ");
                self.ty(&d.ty);
            }
        }
    }

    fn names(&mut self, names: &[Name], sep: &str) {
        for (i, n) in names.iter().enumerate() {
            if i > 0 {
                self.w(sep);
            }
            self.w(&n.name);
        }
    }

    fn binding(&mut self, b: &Binding) {
        self.w(&b.name.name);
        if let Some(t) = &b.ty {
            self.w(": ");
            self.ty(t);
        }
    }

    fn bindings(&mut self, bs: &[Binding]) {
        for (i, b) in bs.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.binding(b);
        }
    }

    fn generics(&mut self, g: &[GenericParam]) {
        if g.is_empty() {
            return;
        }
        self.w("<");
        for (i, p) in g.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.w(&p.name.name);
            if let Some(c) = &p.constraint {
                self.w(": ");
                self.ty(c);
            }
        }
        self.w(">");
    }

    fn func_body(&mut self, f: &FuncBody) {
        self.generics(&f.generics);
        self.w("(");
        self.bindings(&f.params);
        if f.is_vararg {
            if !f.params.is_empty() {
                self.w(", ");
            }
            self.w("...");
            if let Some(t) = &f.vararg_ty {
                self.w(": ");
                self.ty(t);
            }
        }
        self.w(")");
        if let Some(r) = &f.returns {
            self.w(": ");
            self.return_type(r);
        }
        self.block(&f.body, "end");
    }

    fn exprs(&mut self, es: &[Expr]) {
        for (i, e) in es.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.expr(e);
        }
    }

    /// Prints `e` as an operand that must bind at least as tightly as `min`.
    fn operand(&mut self, e: &Expr, min: u8) {
        if priority(e) < min {
            self.w("(");
            self.expr(e);
            self.w(")");
        } else {
            self.expr(e);
        }
    }

    /// Prints `e` where only a prefix expression is allowed.
    fn prefix(&mut self, e: &Expr) {
        if is_prefix(e) {
            self.expr(e);
        } else {
            self.w("(");
            self.expr(e);
            self.w(")");
        }
    }

    fn args(&mut self, args: &[Expr]) {
        self.w("(");
        self.exprs(args);
        self.w(")");
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Nil => self.w("nil"),
            ExprKind::True => self.w("true"),
            ExprKind::False => self.w("false"),
            ExprKind::Vararg => self.w("..."),
            ExprKind::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            ExprKind::Float(f) => self.float(*f),
            ExprKind::Str(s) => self.string(s),
            ExprKind::Function(f) => {
                self.w("function");
                self.func_body(f);
            }
            ExprKind::Table(fields) => self.table(fields),
            ExprKind::Name(n) => self.w(&n.name),
            ExprKind::Index { obj, key } => {
                self.prefix(obj);
                self.w("[");
                self.expr(key);
                self.w("]");
            }
            ExprKind::Field { obj, name } => {
                self.prefix(obj);
                self.w(".");
                self.w(&name.name);
            }
            ExprKind::Call { func, args } => {
                self.prefix(func);
                self.args(args);
            }
            ExprKind::MethodCall { obj, method, args } => {
                self.prefix(obj);
                self.w(":");
                self.w(&method.name);
                self.args(args);
            }
            ExprKind::Paren(inner) => {
                self.w("(");
                self.expr(inner);
                self.w(")");
            }
            ExprKind::Binary { op, lhs, rhs } => {
                let (left, right) = op.precedence();
                // A left operand binds at least as tightly as the operator (strictly, for
                // right-associative ones); a right operand strictly more (or equally, for
                // right-associative ones). Unary operators may appear on the right of `^`.
                let lhs_min = if left > right { left + 1 } else { left };
                self.operand(lhs, lhs_min);
                self.w(" ");
                self.w(op.text());
                self.w(" ");
                let rhs_min = if left > right { right } else { right + 1 };
                self.operand(rhs, rhs_min.min(if *op == BinOp::Pow { 12 } else { 15 }));
            }
            ExprKind::Unary { op, operand } => {
                self.w(op.text());
                if *op == UnOp::Not {
                    self.w(" ");
                }
                let mark = self.out.len();
                self.operand(operand, 12);
                // `- -x` must not become the comment `--x`.
                if *op == UnOp::Neg && self.out[mark..].starts_with('-') {
                    self.out.insert(mark, ' ');
                }
            }
            ExprKind::Cast { expr, ty } => {
                self.operand(expr, 1);
                self.w(" :: ");
                self.ty(ty);
            }
            ExprKind::NonNil(inner) => {
                self.prefix(inner);
                self.w("!");
            }
        }
    }

    fn float(&mut self, f: f64) {
        if f.is_infinite() {
            self.w(if f > 0.0 { "1e9999" } else { "(-1e9999)" });
        } else if f.is_nan() {
            self.w("(0/0)");
        } else {
            let s = format!("{f:?}");
            self.w(&s);
            if !s.contains(['.', 'e', 'E', 'n', 'i']) {
                self.w(".0");
            }
        }
    }

    fn string(&mut self, s: &[u8]) {
        self.out.push('"');
        for &b in s {
            match b {
                b'"' => self.w("\\\""),
                b'\\' => self.w("\\\\"),
                b'\n' => self.w("\\n"),
                0x20..=0x7e => self.out.push(b as char),
                _ => {
                    let _ = write!(self.out, "\\{b:03}");
                }
            }
        }
        self.out.push('"');
    }

    fn table(&mut self, fields: &[TableField]) {
        self.w("{");
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            match f {
                TableField::Keyed { key, value } => {
                    self.w("[");
                    self.expr(key);
                    self.w("] = ");
                    self.expr(value);
                }
                TableField::Named { name, value } => {
                    self.w(&name.name);
                    self.w(" = ");
                    self.expr(value);
                }
                TableField::Positional(v) => self.expr(v),
            }
        }
        self.w("}");
    }

    // ---- types ------------------------------------------------------------------------------

    fn return_type(&mut self, r: &ReturnType) {
        if r.types.len() == 1 && r.vararg.is_none() {
            self.ty(&r.types[0]);
            return;
        }
        self.w("(");
        for (i, t) in r.types.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.ty(t);
        }
        if let Some(v) = &r.vararg {
            if !r.types.is_empty() {
                self.w(", ");
            }
            self.w("...");
            self.ty(v);
        }
        self.w(")");
    }

    /// Prints a type where only a postfix-level type (no `|`, `&` or `->`) is allowed.
    fn ty_tight(&mut self, t: &TypeExpr) {
        let loose = matches!(
            t.kind,
            TypeKind::Union(_) | TypeKind::Intersection(_) | TypeKind::Function(_)
        );
        if loose {
            self.w("(");
            self.ty(t);
            self.w(")");
        } else {
            self.ty(t);
        }
    }

    fn members(&mut self, ms: &[TypeExpr], sep: &str, nested_ok: fn(&TypeKind) -> bool) {
        for (i, m) in ms.iter().enumerate() {
            if i > 0 {
                self.w(sep);
            }
            if nested_ok(&m.kind) {
                self.ty(m);
            } else {
                self.ty_tight(m);
            }
        }
    }

    fn ty(&mut self, t: &TypeExpr) {
        match &t.kind {
            TypeKind::Named { path, args } => {
                self.names(path, ".");
                if !args.is_empty() {
                    self.w("<");
                    for (i, a) in args.iter().enumerate() {
                        if i > 0 {
                            self.w(", ");
                        }
                        self.ty(a);
                    }
                    self.w(">");
                }
            }
            TypeKind::Nil => self.w("nil"),
            TypeKind::Literal(l) => match l {
                LiteralType::Str(s) => self.string(s),
                LiteralType::Int(i) => {
                    let _ = write!(self.out, "{i}");
                }
                LiteralType::Float(f) => self.float(*f),
                LiteralType::Bool(b) => self.w(if *b { "true" } else { "false" }),
            },
            TypeKind::Optional(inner) => {
                self.ty_tight(inner);
                self.w("?");
            }
            TypeKind::Union(ms) => {
                self.members(ms, " | ", |k| matches!(k, TypeKind::Intersection(_)))
            }
            TypeKind::Intersection(ms) => self.members(ms, " & ", |_| false),
            TypeKind::Array(inner) => {
                self.w("{");
                self.ty(inner);
                self.w("}");
            }
            TypeKind::Map { key, value } => {
                self.w("{[");
                self.ty(key);
                self.w("]: ");
                self.ty(value);
                self.w("}");
            }
            TypeKind::Record { fields, indexer } => {
                self.w("{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    self.w(&f.name.name);
                    self.w(if f.optional { "?: " } else { ": " });
                    self.ty(&f.ty);
                }
                if let Some((k, v)) = indexer {
                    if !fields.is_empty() {
                        self.w(", ");
                    }
                    self.w("[");
                    self.ty(k);
                    self.w("]: ");
                    self.ty(v);
                }
                self.w("}");
            }
            TypeKind::Function(f) => {
                self.generics(&f.generics);
                self.w("(");
                for (i, p) in f.params.iter().enumerate() {
                    if i > 0 {
                        self.w(", ");
                    }
                    if let Some(n) = &p.name {
                        self.w(&n.name);
                        self.w(": ");
                    }
                    self.ty(&p.ty);
                }
                if f.is_vararg {
                    if !f.params.is_empty() {
                        self.w(", ");
                    }
                    self.w("...");
                    if let Some(v) = &f.vararg {
                        self.w(": ");
                        self.ty(v);
                    }
                }
                self.w(") -> ");
                self.return_type(&f.returns);
            }
            TypeKind::TypeOf(e) => {
                self.w("typeof(");
                self.expr(e);
                self.w(")");
            }
            TypeKind::Validated { ty, validators } => {
                self.ty_tight(ty);
                for v in validators {
                    self.w(" @");
                    self.w(&v.name.name);
                    self.args(&v.args);
                }
            }
        }
    }
}
