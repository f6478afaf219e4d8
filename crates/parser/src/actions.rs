//! AST construction for the grammar's actions, with nesting bookkeeping.
//!
//! Every expression, statement and block the grammar builds carries an [`Lv`]: `c` mirrors PUC
//! Lua 5.3's count of nested C calls in `lparser.c` (`enterlevel` in `statement` and `subexpr`),
//! so the parser can report `too many C levels` exactly where PUC does; `d` is the depth of the
//! AST itself, bounded so that no recursive pass over the tree (drop, printer, checker,
//! compiler) can overflow the Rust stack.

use std::cell::RefCell;

use lalrpop_util::ParseError;
use smallvec::SmallVec;
use wippy_lexer::LineIndex;

use crate::ast::*;
use crate::tok::Tok;

/// PUC's `LUAI_MAXCCALLS`.
pub const MAX_C_LEVELS: u32 = 200;
/// C levels already in use when the parser starts (`lua` and `luac` both start at 1).
const BASE_C_LEVEL: u32 = 1;
/// The deepest AST accepted (PUC accepts deeper left-associative chains; see docs/parser.md).
pub const MAX_DEPTH: u32 = 1000;

/// State shared by all actions.
pub struct Ctx {
    /// Line lookup for `FuncBody::line`/`end_line`.
    pub lines: LineIndex,
    /// Statements of the blocks being parsed, innermost block's on top: a block takes its
    /// statements off the top when it ends, in one exactly-sized allocation.
    pub stats: RefCell<Vec<Stat>>,
    /// Length of the source in bytes.
    pub len: u32,
}

impl Ctx {
    fn line(&self, offset: usize) -> u32 {
        self.lines.line(offset as u32)
    }
}

/// Why an action rejected its input.
#[derive(Clone, Debug, PartialEq)]
pub enum GrammarErrorKind {
    /// Nesting beyond PUC's C-level limit.
    CLevels,
    /// Nesting beyond [`MAX_DEPTH`].
    TooDeep,
    /// A token sequence the grammar accepts but Lua rejects (`(a) = 1`, `f.x` as a statement,
    /// a misplaced type tuple, ...).
    Syntax,
    /// A lexical error (passed through from the lexer).
    Lex(wippy_lexer::LexError),
}

/// An error raised by an action or by the token source.
#[derive(Clone, Debug, PartialEq)]
pub struct GrammarError {
    /// What went wrong.
    pub kind: GrammarErrorKind,
    /// Byte offset of the offending construct.
    pub start: usize,
}

/// The parse error type of the generated parser.
pub type PE = ParseError<usize, Tok, GrammarError>;

fn fail<T>(kind: GrammarErrorKind, start: usize) -> Result<T, PE> {
    Err(ParseError::User {
        error: GrammarError { kind, start },
    })
}

/// Nesting levels of a construct (see the module documentation).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lv {
    /// PUC C levels used by the construct, counting the frame that parses it.
    pub c: u32,
    /// AST depth.
    pub d: u32,
}

impl Lv {
    /// A leaf: one C level (its `subexpr` or `statement` frame), depth 1.
    pub const LEAF: Lv = Lv { c: 1, d: 1 };

    fn max(self, o: Lv) -> Lv {
        Lv {
            c: self.c.max(o.c),
            d: self.d.max(o.d),
        }
    }

    /// `self` parsed in a nested frame one level deeper: both counts grow by one.
    fn nested(self) -> Lv {
        Lv {
            c: self.c + 1,
            d: self.d + 1,
        }
    }

    /// One more AST level, same frame.
    fn deeper(self) -> Lv {
        Lv {
            c: self.c,
            d: self.d + 1,
        }
    }

    fn check(self, start: usize) -> Result<Lv, PE> {
        if self.d > MAX_DEPTH {
            return fail(GrammarErrorKind::TooDeep, start);
        }
        Ok(self)
    }

    fn check_stat(self, start: usize) -> Result<Lv, PE> {
        if BASE_C_LEVEL + self.c > MAX_C_LEVELS {
            return fail(GrammarErrorKind::CLevels, start);
        }
        self.check(start)
    }
}

fn span(lo: usize, hi: usize) -> Span {
    Span::new(lo as u32, hi.max(lo) as u32)
}

// ------------------------------------------------------------------------------------------------
// Names, blocks, statements
// ------------------------------------------------------------------------------------------------

/// A name token.
pub struct Nm(pub Name);

/// Builds a name.
pub fn nm(lo: usize, name: Box<str>, hi: usize) -> Nm {
    Nm(Name {
        name,
        span: span(lo, hi),
    })
}

/// A block with its levels.
pub type Blk = (Block, Lv);
/// A statement with its levels (boxed: statements are large, and the parser's symbol stack
/// moves every symbol).
pub type St = Box<(Stat, Lv)>;
/// A `return` statement with its levels.
pub type Ret = (Return, Lv);
/// An `if`/`elseif` clause with its levels (boxed, see [`St`]).
pub type Clause = Box<(IfClause, Lv)>;

/// Statements collected so far in a block.
#[derive(Default)]
pub struct StatList {
    /// How many statements on top of [`Ctx::stats`] belong to this list.
    count: usize,
    lv: Lv,
    /// Labels in a row so far (`;` between them allowed): `lparser.c` parses each following
    /// label inside the previous one's `statement` frame (`skipnoopstat`).
    label_run: u32,
}

/// Appends a statement.
pub fn push(ctx: &Ctx, mut list: StatList, st: St) -> Result<StatList, PE> {
    let (s, mut lv) = *st;
    if matches!(s.kind, StatKind::Label(_)) {
        list.label_run += 1;
        lv = Lv {
            c: lv.c.max(list.label_run),
            d: lv.d,
        }
        .check_stat(s.span.start as usize)?;
    } else {
        list.label_run = 0;
    }
    ctx.stats.borrow_mut().push(s);
    list.count += 1;
    list.lv = list.lv.max(lv);
    Ok(list)
}

/// The whole chunk.
pub fn chunk(ctx: &Ctx, (block, _): Blk) -> Result<Chunk, PE> {
    let end = ctx.len;
    Ok(Chunk {
        block,
        span: Span::new(0, end),
    })
}

/// A block (statements plus optional `return`).
pub fn block(ctx: &Ctx, lo: usize, list: StatList, ret: Option<Ret>, hi: usize) -> Result<Blk, PE> {
    let stats = {
        let mut all = ctx.stats.borrow_mut();
        let at = all.len().saturating_sub(list.count);
        all.split_off(at)
    };
    let mut lv = list.lv;
    let ret = ret.map(|(r, rlv)| {
        lv = lv.max(rlv);
        r
    });
    let lv = Lv {
        c: lv.c,
        d: lv.d + 1,
    }
    .check(lo)?;
    Ok((
        Block {
            stats,
            ret,
            span: span(lo, hi),
        },
        lv,
    ))
}

/// `return explist`.
pub fn ret(lo: usize, exprs: Option<Exps>, hi: usize) -> Ret {
    let (exprs, lv) = exprs.unwrap_or_default();
    (
        Return {
            exprs,
            span: span(lo, hi),
        },
        stat_lv(lv),
    )
}

/// The levels of a statement whose parts (expressions, nested statements) have levels `parts`.
fn stat_lv(parts: Lv) -> Lv {
    parts.nested().max(Lv::LEAF)
}

/// A statement; checks the C-level limit.
pub fn stat(lo: usize, kind: StatKind, parts: Lv, hi: usize) -> Result<St, PE> {
    let lv = stat_lv(parts).check_stat(lo)?;
    Ok(Box::new((
        Stat {
            kind,
            span: span(lo, hi),
        },
        lv,
    )))
}

/// `do block end`.
pub fn do_stat(lo: usize, (b, lv): Blk, hi: usize) -> Result<St, PE> {
    stat(lo, StatKind::Do(b), lv, hi)
}

/// `while cond do block end`.
pub fn while_stat(lo: usize, (cond, c): X, (body, b): Blk, hi: usize) -> Result<St, PE> {
    stat(lo, StatKind::While { cond, body }, c.max(b), hi)
}

/// `repeat block until cond`.
pub fn repeat_stat(lo: usize, (body, b): Blk, (cond, c): X, hi: usize) -> Result<St, PE> {
    stat(lo, StatKind::Repeat { body, cond }, c.max(b), hi)
}

/// One `if`/`elseif` clause.
pub fn clause(lo: usize, (cond, c): X, (block, b): Blk, hi: usize) -> Clause {
    let clause = IfClause {
        cond,
        block,
        span: span(lo, hi),
    };
    Box::new((clause, c.max(b)))
}

/// `if ... end`.
#[allow(clippy::boxed_local)] // boxed by the grammar to keep parser symbols small
pub fn if_stat(
    lo: usize,
    first: Clause,
    rest: Vec<Clause>,
    else_block: Option<Blk>,
    hi: usize,
) -> Result<St, PE> {
    let (first, mut lv) = *first;
    let mut clauses = Vec::with_capacity(rest.len() + 1);
    clauses.push(first);
    for c in rest {
        let (c, clv) = *c;
        lv = lv.max(clv);
        clauses.push(c);
    }
    let else_block = else_block.map(|(b, blv)| {
        lv = lv.max(blv);
        b
    });
    stat(
        lo,
        StatKind::If {
            clauses,
            else_block,
        },
        lv,
        hi,
    )
}

/// A binding with the depth of its annotation.
pub type Bind = (Binding, Lv);

/// An unannotated binding.
pub fn binding(n: Nm, ty: Option<TypeX>) -> Bind {
    let lv = ty.as_ref().map_or(Lv::LEAF, |t| Lv { c: 1, d: t.1 + 1 });
    (
        Binding {
            name: n.0,
            ty: ty.map(|t| t.0),
        },
        lv,
    )
}

/// An annotated binding.
pub fn binding_ty(n: Nm, t: TypeX) -> Result<Bind, PE> {
    let start = n.0.span.start as usize;
    let b = binding(n, Some(t));
    b.1.check(start)?;
    Ok(b)
}

fn bindings(v: Vec<Bind>) -> (Vec<Binding>, Lv) {
    let mut lv = Lv::default();
    let names = v
        .into_iter()
        .map(|(b, blv)| {
            lv = lv.max(blv);
            b
        })
        .collect();
    (names, Lv { c: 0, d: lv.d })
}

/// `for v = a, b[, c] do body end`.
pub fn numeric_for(
    lo: usize,
    (var, vlv): Bind,
    (start, a): X,
    (limit, b): X,
    step: Option<X>,
    (body, blv): Blk,
    hi: usize,
) -> Result<St, PE> {
    let mut lv = a.max(b).max(blv).max(Lv { c: 0, d: vlv.d });
    let step = step.map(|(e, slv)| {
        lv = lv.max(slv);
        e
    });
    stat(
        lo,
        StatKind::NumericFor {
            var,
            start,
            limit,
            step,
            body,
        },
        lv,
        hi,
    )
}

/// `for k, v in explist do body end`.
pub fn generic_for(
    lo: usize,
    vars: Vec<Bind>,
    (exprs, elv): Exps,
    (body, blv): Blk,
    hi: usize,
) -> Result<St, PE> {
    let (vars, vlv) = bindings(vars);
    stat(
        lo,
        StatKind::GenericFor { vars, exprs, body },
        elv.max(blv).max(vlv),
        hi,
    )
}

/// `function a.b:c() ... end`.
pub fn function_stat(ctx: &Ctx, lo: usize, name: FuncName, f: Body, hi: usize) -> Result<St, PE> {
    let (func, lv) = finish_body(ctx, lo, f);
    stat(lo, StatKind::Function { name, func }, lv, hi)
}

/// `local function f() ... end`.
pub fn local_function(ctx: &Ctx, lo: usize, name: Nm, f: Body, hi: usize) -> Result<St, PE> {
    let body_start = f.0.span.start as usize;
    let (func, lv) = finish_body(ctx, body_start, f);
    stat(lo, StatKind::LocalFunction { name: name.0, func }, lv, hi)
}

/// `local names [= exprs]`.
pub fn local_stat(lo: usize, names: Vec<Bind>, exprs: Option<Exps>, hi: usize) -> Result<St, PE> {
    let (names, nlv) = bindings(names);
    let (exprs, elv) = exprs.unwrap_or_default();
    stat(lo, StatKind::Local { names, exprs }, nlv.max(elv), hi)
}

/// Levels of a prefix expression parsed directly by a statement (`exprstat` calls
/// `suffixedexp` without a `subexpr` frame of its own).
fn frameless(lv: Lv) -> Lv {
    Lv {
        c: lv.c.saturating_sub(1),
        d: lv.d,
    }
}

/// A call used as a statement.
pub fn call_stat(lo: usize, (e, lv): X, hi: usize) -> Result<St, PE> {
    stat(lo, StatKind::Call(e), frameless(lv), hi)
}

/// `targets = exprs`.
pub fn assign(lo: usize, first: X, rest: Vec<X>, (exprs, elv): Exps, hi: usize) -> Result<St, PE> {
    let mut lv = elv;
    let mut targets = Vec::with_capacity(rest.len() + 1);
    for (t, tlv) in std::iter::once(first).chain(rest) {
        lv = lv.max(frameless(tlv));
        targets.push(t);
    }
    // `restassign` checks `nvars + nCcalls` against the limit before each further target.
    let n = targets.len() as u32;
    let (st, slv) = *stat(lo, StatKind::Assign { targets, exprs }, lv, hi)?;
    let slv = Lv {
        c: slv.c.max(n),
        d: slv.d,
    }
    .check_stat(lo)?;
    Ok(Box::new((st, slv)))
}

/// `type Name<T> = T` / `export type ...`.
pub fn type_decl(
    lo: usize,
    export: Option<Nm>,
    kw: Nm,
    name: Nm,
    generics: Option<Vec<GenericParam>>,
    (ty, d): TypeX,
    hi: usize,
) -> Result<St, PE> {
    if &*kw.0.name != "type" {
        return fail(GrammarErrorKind::Syntax, name.0.span.start as usize);
    }
    if let Some(ex) = &export {
        if &*ex.0.name != "export" {
            return fail(GrammarErrorKind::Syntax, kw.0.span.start as usize);
        }
    }
    let decl = TypeDecl {
        name: name.0,
        generics: generics.unwrap_or_default(),
        ty,
        exported: export.is_some(),
    };
    stat(lo, StatKind::TypeDecl(Box::new(decl)), Lv { c: 0, d }, hi)
}

// ------------------------------------------------------------------------------------------------
// Functions
// ------------------------------------------------------------------------------------------------

/// A parsed function body whose `line` is not known yet (boxed, see [`St`]).
pub type Body = Box<(FuncBody, Lv)>;

/// A parameter list.
#[derive(Default)]
pub struct Params {
    params: Vec<Binding>,
    is_vararg: bool,
    vararg_ty: Option<TypeExpr>,
    d: u32,
}

/// Builds a parameter list.
pub fn params(p: Vec<Bind>, vararg: Option<Option<TypeX>>) -> Params {
    let (params, lv) = bindings(p);
    let mut d = lv.d;
    let is_vararg = vararg.is_some();
    let vararg_ty = vararg.flatten().map(|(t, td)| {
        d = d.max(td);
        t
    });
    Params {
        params,
        is_vararg,
        vararg_ty,
        d,
    }
}

/// `<T>(params): R body end`; `el` is the start of `end`.
#[allow(clippy::too_many_arguments)]
pub fn func_body(
    ctx: &Ctx,
    lo: usize,
    generics: Option<Vec<GenericParam>>,
    p: Params,
    returns: Option<RetTy>,
    (body, blv): Blk,
    el: usize,
    hi: usize,
) -> Result<Body, PE> {
    let rd = returns.as_ref().map_or(0, |r| r.1);
    let lv = Lv {
        c: blv.c,
        d: blv.d.max(p.d).max(rd) + 1,
    }
    .check(lo)?;
    let f = FuncBody {
        generics: generics.unwrap_or_default(),
        params: p.params,
        is_vararg: p.is_vararg,
        vararg_ty: p.vararg_ty,
        returns: returns.map(|r| r.0),
        body,
        line: 0,
        end_line: ctx.line(el),
        span: span(lo, hi),
    };
    Ok(Box::new((f, lv)))
}

/// Fills in PUC's `linedefined`: the line of the token at `at` (the `function` keyword of a
/// function statement; the token after the name or keyword for the other two forms).
fn finish_body(ctx: &Ctx, at: usize, body: Body) -> (Box<FuncBody>, Lv) {
    let (mut f, lv) = *body;
    f.line = ctx.line(at);
    (Box::new(f), lv)
}

/// `function (...) ... end` as an expression.
pub fn function_expr(ctx: &Ctx, lo: usize, f: Body, hi: usize) -> Result<X, PE> {
    let body_start = f.0.span.start as usize;
    let (mut func, lv) = finish_body(ctx, body_start, f);
    func.span = span(lo, hi);
    let lv = Lv {
        c: lv.c + 1,
        d: lv.d + 1,
    }
    .check(lo)?;
    Ok((
        Expr {
            kind: ExprKind::Function(func),
            span: span(lo, hi),
        },
        lv,
    ))
}

// ------------------------------------------------------------------------------------------------
// Expressions
// ------------------------------------------------------------------------------------------------

/// An expression with its levels.
pub type X = (Expr, Lv);
/// An expression list with the largest levels of its members.
pub type Exps = (Vec<Expr>, Lv);

/// Starts an expression list.
pub fn exps((e, lv): X) -> Exps {
    (vec![e], lv)
}

/// Appends to an expression list.
pub fn exps_push((mut v, lv): Exps, (e, elv): X) -> Exps {
    v.push(e);
    (v, lv.max(elv))
}

/// A leaf expression.
pub fn leaf(lo: usize, kind: ExprKind, hi: usize) -> X {
    (
        Expr {
            kind,
            span: span(lo, hi),
        },
        Lv::LEAF,
    )
}

/// A variable reference.
pub fn name_expr(n: Nm) -> X {
    let s = n.0.span;
    (
        Expr {
            kind: ExprKind::Name(n.0),
            span: s,
        },
        Lv::LEAF,
    )
}

fn node(kind: ExprKind, sp: Span, lv: Lv) -> Result<X, PE> {
    let lv = lv.check(sp.start as usize)?;
    Ok((Expr { kind, span: sp }, lv))
}

/// `(e)`.
pub fn paren(lo: usize, (e, lv): X, hi: usize) -> Result<X, PE> {
    node(ExprKind::Paren(Box::new(e)), span(lo, hi), lv.nested())
}

/// A binary operation; `rhs` is parsed one `subexpr` frame deeper, `lhs` in this one.
fn bin((l, llv): X, op: BinOp, (r, rlv): X) -> Result<X, PE> {
    let sp = l.span.to(r.span);
    let lv = Lv {
        c: llv.c.max(rlv.c + 1),
        d: llv.d.max(rlv.d) + 1,
    };
    node(
        ExprKind::Binary {
            op,
            lhs: Box::new(l),
            rhs: Box::new(r),
        },
        sp,
        lv,
    )
}

/// A unary operation.
fn unary(lo: usize, op: UnOp, (e, lv): X) -> Result<X, PE> {
    let sp = span(lo, e.span.end as usize);
    node(
        ExprKind::Unary {
            op,
            operand: Box::new(e),
        },
        sp,
        lv.nested(),
    )
}

/// A simple expression with the unary operators before it.
pub struct Operand {
    /// Innermost first (the grammar adds outer operators last).
    unops: Vec<(usize, UnOp)>,
    expr: X,
}

impl Operand {
    /// A simple expression.
    pub fn new(expr: X) -> Operand {
        Operand {
            unops: Vec::new(),
            expr,
        }
    }

    /// Adds an outer unary operator at `lo`.
    pub fn with_unop(mut self, lo: usize, op: UnOp) -> Operand {
        self.unops.push((lo, op));
        self
    }
}

/// Operands and binary operators in source order: `first`, then `op operand` pairs.
pub struct OpSeq {
    first: Operand,
    rest: Vec<(BinOp, Operand)>,
}

impl OpSeq {
    /// A sequence of one operand (no allocation: most expressions are just that).
    pub fn new(first: Operand) -> OpSeq {
        OpSeq {
            first,
            rest: Vec::new(),
        }
    }

    /// Appends `op o`.
    pub fn push(mut self, op: BinOp, o: Operand) -> OpSeq {
        self.rest.push((op, o));
        self
    }
}

/// Builds the tree of an operator sequence.
pub fn climb(seq: OpSeq) -> Result<X, PE> {
    if seq.rest.is_empty() && seq.first.unops.is_empty() {
        return Ok(seq.first.expr);
    }
    let start = seq.first.expr.0.span.start as usize;
    let mut operands = SmallVec::with_capacity(seq.rest.len() + 1);
    let mut ops = SmallVec::with_capacity(seq.rest.len());
    operands.push((seq.first.unops, Some(seq.first.expr)));
    for (op, o) in seq.rest {
        ops.push(op);
        operands.push((o.unops, Some(o.expr)));
    }
    Climber {
        operands,
        ops,
        next: 0,
        start,
    }
    .subexpr(0, 0)
}

/// An operand's unary operators (innermost first) and its expression, until it is used.
type PendingOperand = (Vec<(usize, UnOp)>, Option<X>);

/// `lparser.c`'s `subexpr` over an already-read operator sequence.
struct Climber {
    /// Each operand's unary operators (innermost first; consumed from the end) and expression.
    operands: SmallVec<[PendingOperand; 4]>,
    ops: SmallVec<[BinOp; 4]>,
    /// The operand being read.
    next: usize,
    start: usize,
}

const UNARY_PRIORITY: u8 = 12;

impl Climber {
    fn subexpr(&mut self, limit: u8, depth: u32) -> Result<X, PE> {
        // Each recursion is a `subexpr` frame in PUC too, so this bound is never hit before
        // PUC's own limit (the statement adds at least one more level).
        if depth >= MAX_C_LEVELS {
            return fail(GrammarErrorKind::CLevels, self.start);
        }
        let i = self.next;
        let Some((unops, expr)) = self.operands.get_mut(i) else {
            return fail(GrammarErrorKind::Syntax, self.start);
        };
        let mut left = match unops.pop() {
            Some((lo, op)) => {
                let operand = self.subexpr(UNARY_PRIORITY, depth + 1)?;
                unary(lo, op, operand)?
            }
            None => {
                self.next += 1;
                match expr.take() {
                    Some(e) => e,
                    None => return fail(GrammarErrorKind::Syntax, self.start),
                }
            }
        };
        // The operator after the last operand read; reading the right operand moves past it.
        while let Some(&op) = self.ops.get(self.next - 1) {
            let (l, r) = op.precedence();
            if l <= limit {
                break;
            }
            let rhs = self.subexpr(r, depth + 1)?;
            left = bin(left, op, rhs)?;
        }
        Ok(left)
    }
}

/// `obj.name`.
pub fn field((o, lv): X, n: Nm, hi: usize) -> Result<X, PE> {
    let sp = span(o.span.start as usize, hi);
    node(
        ExprKind::Field {
            obj: Box::new(o),
            name: n.0,
        },
        sp,
        lv.deeper(),
    )
}

/// `obj[key]`.
pub fn index((o, lv): X, (k, klv): X, hi: usize) -> Result<X, PE> {
    let sp = span(o.span.start as usize, hi);
    let lv = Lv {
        c: lv.c.max(klv.c + 1),
        d: lv.d.max(klv.d) + 1,
    };
    node(
        ExprKind::Index {
            obj: Box::new(o),
            key: Box::new(k),
        },
        sp,
        lv,
    )
}

/// Call arguments with the levels they add to the call.
pub struct Args {
    exprs: Vec<Expr>,
    lv: Lv,
}

impl Args {
    /// `()`.
    pub fn empty() -> Args {
        Args {
            exprs: Vec::new(),
            lv: Lv::default(),
        }
    }

    /// `(e1, e2)`: each argument is parsed in a nested `subexpr` frame.
    pub fn list((exprs, lv): Exps) -> Args {
        Args {
            exprs,
            lv: lv.nested(),
        }
    }

    /// `{...}`: parsed in the caller's frame.
    pub fn table((t, lv): X) -> Args {
        Args { exprs: vec![t], lv }
    }

    /// `"..."`.
    pub fn string((s, lv): X) -> Args {
        Args { exprs: vec![s], lv }
    }
}

/// `f(args)`.
pub fn call((f, lv): X, a: Args, hi: usize) -> Result<X, PE> {
    let sp = span(f.span.start as usize, hi);
    let lv = Lv {
        c: lv.c.max(a.lv.c),
        d: lv.d.max(a.lv.d) + 1,
    };
    node(
        ExprKind::Call {
            func: Box::new(f),
            args: a.exprs,
        },
        sp,
        lv,
    )
}

/// `obj:m(args)`.
pub fn method_call((o, lv): X, m: Nm, a: Args, hi: usize) -> Result<X, PE> {
    let sp = span(o.span.start as usize, hi);
    let lv = Lv {
        c: lv.c.max(a.lv.c),
        d: lv.d.max(a.lv.d) + 1,
    };
    node(
        ExprKind::MethodCall {
            obj: Box::new(o),
            method: m.0,
            args: a.exprs,
        },
        sp,
        lv,
    )
}

/// `e!`.
pub fn non_nil((e, lv): X, hi: usize) -> Result<X, PE> {
    let sp = span(e.span.start as usize, hi);
    node(ExprKind::NonNil(Box::new(e)), sp, lv.deeper())
}

/// `e :: T` / `e as T`.
pub fn cast((e, lv): X, (ty, d): TypeX, hi: usize) -> Result<X, PE> {
    let sp = span(e.span.start as usize, hi);
    let lv = Lv {
        c: lv.c,
        d: lv.d.max(d) + 1,
    };
    node(
        ExprKind::Cast {
            expr: Box::new(e),
            ty: Box::new(ty),
        },
        sp,
        lv,
    )
}

/// A table constructor field with its levels (boxed, see [`St`]).
pub type Fld = Box<(TableField, Lv)>;

/// `[k] = v`.
pub fn keyed_field((key, k): X, (value, v): X) -> Fld {
    Box::new((TableField::Keyed { key, value }, k.max(v)))
}

/// `name = v`.
pub fn named_field(n: Nm, (value, v): X) -> Fld {
    Box::new((TableField::Named { name: n.0, value }, v))
}

/// `v`.
pub fn positional_field((value, v): X) -> Fld {
    Box::new((TableField::Positional(value), v))
}

/// The fields of a table constructor so far, with their largest levels.
#[derive(Default)]
pub struct Fields {
    fields: Vec<TableField>,
    lv: Lv,
}

impl Fields {
    /// Appends a field.
    #[allow(clippy::boxed_local)] // boxed by the grammar to keep parser symbols small
    pub fn push(mut self, f: Fld) -> Fields {
        let (f, flv) = *f;
        self.fields.push(f);
        self.lv = self.lv.max(flv);
        self
    }
}

/// `{ fields }`: every field expression is parsed in a nested frame.
pub fn table(lo: usize, f: Fields, hi: usize) -> Result<X, PE> {
    node(
        ExprKind::Table(f.fields),
        span(lo, hi),
        f.lv.nested().max(Lv::LEAF),
    )
}

// ------------------------------------------------------------------------------------------------
// Types
// ------------------------------------------------------------------------------------------------

/// A type expression with its depth.
pub type TypeX = (TypeExpr, u32);
/// A return type annotation with its depth.
pub type RetTy = (ReturnType, u32);

/// A type, or a parenthesised group that is only valid as a return list or parameter list.
pub enum Ty {
    /// A single type.
    One(TypeX),
    /// `( ... )` that is not a single parenthesised type.
    Group(Group),
}

/// The contents of `( ... )` in type syntax.
pub struct Group {
    items: Vec<GroupItem>,
    vararg: Option<VarargTy>,
    span: Span,
}

/// One entry of a parenthesised type list.
pub struct GroupItem {
    /// `name:` if present.
    pub name: Option<Nm>,
    /// The type.
    pub ty: TypeX,
}

/// `...` in a type list.
pub enum VarargTy {
    /// `...` alone (`any`).
    Bare(usize, usize),
    /// `...: T` or `...T`.
    Typed(TypeX),
}

impl VarargTy {
    fn into_type(self) -> TypeX {
        match self {
            VarargTy::Typed(t) => t,
            VarargTy::Bare(lo, hi) => {
                let any = Name {
                    name: "any".into(),
                    span: span(lo, hi),
                };
                type_x(
                    TypeKind::Named {
                        path: vec![any],
                        args: Vec::new(),
                    },
                    span(lo, hi),
                    1,
                )
            }
        }
    }
}

/// An entry of a record type.
pub enum RecEntry {
    /// `name: T` / `name?: T`.
    Field(Nm, bool, TypeX),
    /// `[K]: V`.
    Indexer(TypeX, TypeX),
}

fn type_x(kind: TypeKind, sp: Span, d: u32) -> TypeX {
    (TypeExpr { kind, span: sp }, d)
}

fn checked(kind: TypeKind, sp: Span, d: u32) -> Result<Ty, PE> {
    if d > MAX_DEPTH {
        return fail(GrammarErrorKind::TooDeep, sp.start as usize);
    }
    Ok(Ty::One(type_x(kind, sp, d)))
}

/// A leaf type.
pub fn type_leaf(lo: usize, kind: TypeKind, hi: usize) -> Ty {
    Ty::One(type_x(kind, span(lo, hi), 1))
}

/// Requires a single type (a multi-entry group is a syntax error here).
pub fn single(t: Ty) -> Result<TypeX, PE> {
    match t {
        Ty::One(t) => Ok(t),
        Ty::Group(g) => fail(GrammarErrorKind::Syntax, g.span.start as usize),
    }
}

/// `( ... )` with no entries.
pub fn group(lo: usize, items: Vec<GroupItem>, vararg: Option<VarargTy>, hi: usize) -> Ty {
    Ty::Group(Group {
        items,
        vararg,
        span: span(lo, hi),
    })
}

/// `( ... )` with entries: `(T)` is just `T`.
pub fn group_items(
    lo: usize,
    mut items: Vec<GroupItem>,
    vararg: Option<VarargTy>,
    hi: usize,
) -> Result<Ty, PE> {
    if items.len() == 1 && items[0].name.is_none() && vararg.is_none() {
        let item = items.pop().map(|i| i.ty);
        if let Some(t) = item {
            return Ok(Ty::One(t));
        }
    }
    let d = items.iter().map(|i| i.ty.1).max().unwrap_or(0) + 1;
    if d > MAX_DEPTH {
        return fail(GrammarErrorKind::TooDeep, lo);
    }
    Ok(group(lo, items, vararg, hi))
}

fn group_depth(g: &Group) -> u32 {
    let vd = match &g.vararg {
        Some(VarargTy::Typed(t)) => t.1,
        _ => 0,
    };
    g.items.iter().map(|i| i.ty.1).max().unwrap_or(0).max(vd) + 1
}

/// A return annotation: a group is a tuple of results.
pub fn ret_type(lo: usize, t: Ty, hi: usize) -> Result<RetTy, PE> {
    match t {
        Ty::One((t, d)) => Ok((
            ReturnType {
                types: vec![t],
                vararg: None,
                span: span(lo, hi),
            },
            d,
        )),
        Ty::Group(g) => {
            let d = group_depth(&g);
            let mut types = Vec::with_capacity(g.items.len());
            for item in g.items {
                if let Some(n) = item.name {
                    return fail(GrammarErrorKind::Syntax, n.0.span.start as usize);
                }
                types.push(item.ty.0);
            }
            let vararg = g.vararg.map(|v| Box::new(v.into_type().0));
            Ok((
                ReturnType {
                    types,
                    vararg,
                    span: span(lo, hi),
                },
                d,
            ))
        }
    }
}

/// `<T>(params) -> R`.
pub fn fn_type(
    lo: usize,
    generics: Option<Vec<GenericParam>>,
    params: Ty,
    (returns, rd): RetTy,
    hi: usize,
) -> Result<Ty, PE> {
    let g = match params {
        Ty::Group(g) => g,
        Ty::One((t, d)) => Group {
            span: t.span,
            items: vec![GroupItem {
                name: None,
                ty: (t, d),
            }],
            vararg: None,
        },
    };
    let d = group_depth(&g).max(rd + 1);
    let params = g
        .items
        .into_iter()
        .map(|i| FunctionTypeParam {
            name: i.name.map(|n| n.0),
            ty: i.ty.0,
        })
        .collect();
    let is_vararg = g.vararg.is_some();
    let vararg = match g.vararg {
        Some(VarargTy::Typed(t)) => Some(t.0),
        _ => None,
    };
    let f = FunctionType {
        generics: generics.unwrap_or_default(),
        params,
        vararg,
        is_vararg,
        returns,
    };
    checked(TypeKind::Function(Box::new(f)), span(lo, hi), d)
}

fn collect_members(first: Ty, rest: Vec<Ty>) -> Result<(Vec<TypeExpr>, u32), PE> {
    let mut d = 0;
    let mut out = Vec::with_capacity(rest.len() + 1);
    for t in std::iter::once(first).chain(rest) {
        let (t, td) = single(t)?;
        d = d.max(td);
        out.push(t);
    }
    Ok((out, d + 1))
}

/// `A | B | ...` (a single member passes through).
pub fn union(lo: usize, first: Ty, rest: Vec<Ty>, hi: usize) -> Result<Ty, PE> {
    if rest.is_empty() {
        return Ok(first);
    }
    let (members, d) = collect_members(first, rest)?;
    checked(TypeKind::Union(members), span(lo, hi), d)
}

/// `| A | B`: a leading bar (a single member is just that member).
pub fn union_leading(lo: usize, first: Ty, rest: Vec<Ty>, hi: usize) -> Result<Ty, PE> {
    if rest.is_empty() {
        return Ok(Ty::One(single(first)?));
    }
    union(lo, first, rest, hi)
}

/// `A & B & ...` (a single member passes through).
pub fn intersection(lo: usize, first: Ty, rest: Vec<Ty>, hi: usize) -> Result<Ty, PE> {
    if rest.is_empty() {
        return Ok(first);
    }
    let (members, d) = collect_members(first, rest)?;
    checked(TypeKind::Intersection(members), span(lo, hi), d)
}

/// `T?`.
pub fn optional(lo: usize, t: Ty, hi: usize) -> Result<Ty, PE> {
    let (t, d) = single(t)?;
    checked(TypeKind::Optional(Box::new(t)), span(lo, hi), d + 1)
}

/// `T @v(...)`: consecutive validators are merged into one node.
pub fn validated(lo: usize, t: Ty, v: Validator, hi: usize) -> Result<Ty, PE> {
    let (t, d) = single(t)?;
    let sp = span(lo, hi);
    match t.kind {
        TypeKind::Validated { ty, mut validators } => {
            validators.push(v);
            checked(TypeKind::Validated { ty, validators }, sp, d)
        }
        kind => {
            let inner = TypeExpr { kind, span: t.span };
            checked(
                TypeKind::Validated {
                    ty: Box::new(inner),
                    validators: vec![v],
                },
                sp,
                d + 1,
            )
        }
    }
}

/// `@name(args)`.
pub fn validator(lo: usize, n: Nm, args: Option<Exps>, hi: usize) -> Validator {
    let args = args.map(|a| a.0).unwrap_or_default();
    Validator {
        name: n.0,
        args,
        span: span(lo, hi),
    }
}

/// `a.b.C`.
pub fn named_type(lo: usize, path: Vec<Nm>, args: Vec<TypeExpr>, hi: usize) -> Ty {
    let path = path.into_iter().map(|n| n.0).collect();
    Ty::One(type_x(TypeKind::Named { path, args }, span(lo, hi), 1))
}

/// `a.B<T, U>`.
pub fn generic_type(lo: usize, path: Vec<Nm>, args: Vec<TypeX>, hi: usize) -> Result<Ty, PE> {
    let d = args.iter().map(|a| a.1).max().unwrap_or(0) + 1;
    let path = path.into_iter().map(|n| n.0).collect();
    let args = args.into_iter().map(|a| a.0).collect();
    checked(TypeKind::Named { path, args }, span(lo, hi), d)
}

/// `typeof(e)`.
pub fn typeof_type(lo: usize, (e, lv): X, hi: usize) -> Result<Ty, PE> {
    checked(TypeKind::TypeOf(Box::new(e)), span(lo, hi), lv.d + 1)
}

/// `{T}`.
pub fn array_type(lo: usize, (t, d): TypeX, hi: usize) -> Result<Ty, PE> {
    checked(TypeKind::Array(Box::new(t)), span(lo, hi), d + 1)
}

/// `{}`.
pub fn record_type(lo: usize, fields: Vec<RecordField>, hi: usize) -> Ty {
    Ty::One(type_x(
        TypeKind::Record {
            fields,
            indexer: None,
        },
        span(lo, hi),
        1,
    ))
}

/// `{x: T, y?: U, [K]: V}`; a lone indexer is a map type.
pub fn record_type_last(
    lo: usize,
    entries: Vec<RecEntry>,
    last: RecEntry,
    hi: usize,
) -> Result<Ty, PE> {
    let mut d = 0;
    let mut fields = Vec::new();
    let mut indexer: Option<(Box<TypeExpr>, Box<TypeExpr>)> = None;
    for e in entries.into_iter().chain(std::iter::once(last)) {
        match e {
            RecEntry::Field(n, optional, (ty, td)) => {
                d = d.max(td);
                fields.push(RecordField {
                    name: n.0,
                    optional,
                    ty,
                });
            }
            RecEntry::Indexer((k, kd), (v, vd)) => {
                if indexer.is_some() {
                    return fail(GrammarErrorKind::Syntax, k.span.start as usize);
                }
                d = d.max(kd).max(vd);
                indexer = Some((Box::new(k), Box::new(v)));
            }
        }
    }
    let kind = match (fields.is_empty(), indexer) {
        (true, Some((key, value))) => TypeKind::Map { key, value },
        (_, indexer) => TypeKind::Record { fields, indexer },
    };
    checked(kind, span(lo, hi), d + 1)
}
