//! Expressions: literals, names, indexing, calls, table constructors and operators.

use super::{Checker, Val, Vals};
use crate::check::types::plural;
use crate::diag::Code;
use crate::model::{Type, TypeId};
use crate::Sym;
use smallvec::SmallVec;
use wippy_parser::ast::{self, BinOp, Expr, ExprKind, Span, TableField, UnOp};

impl<'a> Checker<'a, '_> {
    /// The type of an expression in a single-value context, checked against `expected` where
    /// that guides inference (table constructors, function literals).
    pub(super) fn expr(&mut self, e: &'a Expr, expected: Option<TypeId>) -> Val {
        match &e.kind {
            ExprKind::Nil => Val::NIL,
            ExprKind::True => Val::loose(TypeId::TRUE),
            ExprKind::False => Val::loose(TypeId::FALSE),
            ExprKind::Int(i) => Val::loose(self.arena().int_lit(*i)),
            ExprKind::Float(f) => Val::loose(self.arena().float_lit(*f)),
            ExprKind::Str(s) => Val::loose(self.arena().str_lit(s)),
            ExprKind::Vararg => self.fns.last().and_then(|f| f.vararg).unwrap_or(Val::ANY),
            ExprKind::Function(body) => self.function(body, "function", None, expected),
            ExprKind::Table(fields) => self.table(fields, expected, e.span),
            ExprKind::Name(n) => self.name(n),
            ExprKind::Field { obj, name } => {
                let o = self.expr(obj, None);
                let field = self.sym(&name.name);
                let narrowed = self
                    .root_local(obj)
                    .is_some_and(|l| !self.locals[l as usize].facts.is_empty());
                if narrowed {
                    if let Some(ty) = self.field_path(e).and_then(|(l, path)| self.fact(l, path)) {
                        return Val {
                            ty,
                            strict: o.strict,
                        };
                    }
                }
                self.field_of(o, field, name.span, true)
            }
            ExprKind::Index { obj, key } => {
                let o = self.expr(obj, None);
                self.index(o, key, e.span)
            }
            ExprKind::Call { .. } | ExprKind::MethodCall { .. } => self.call(e).first(),
            ExprKind::Paren(inner) => self.expr(inner, expected),
            ExprKind::Binary { op, lhs, rhs } => self.binary(*op, lhs, rhs, expected, e.span),
            ExprKind::Unary { op, operand } => self.unary(*op, operand, e.span),
            ExprKind::Cast { expr, ty } => {
                self.expr(expr, None);
                Val::strict(self.resolve_type(ty))
            }
            ExprKind::NonNil(inner) => {
                let v = self.expr(inner, expected);
                Val {
                    ty: self.arena().remove_nil(v.ty),
                    strict: v.strict,
                }
            }
        }
    }

    /// All values of an expression (calls and `...` may produce several).
    pub(super) fn expr_multi(&mut self, e: &'a Expr, expected: Option<TypeId>) -> Vals {
        match &e.kind {
            ExprKind::Call { .. } | ExprKind::MethodCall { .. } => self.call(e),
            ExprKind::Vararg => Vals {
                vals: SmallVec::new(),
                tail: Some(self.fns.last().and_then(|f| f.vararg).unwrap_or(Val::ANY)),
            },
            _ => {
                let mut vals = SmallVec::new();
                vals.push(self.expr(e, expected));
                Vals { vals, tail: None }
            }
        }
    }

    /// The values of an expression list; the last expression may expand to several values.
    pub(super) fn explist(&mut self, exprs: &'a [Expr], expected: &[TypeId]) -> Vals {
        let mut out = Vals::default();
        for (i, e) in exprs.iter().enumerate() {
            let exp = expected.get(i).copied().filter(|&t| t != TypeId::ANY);
            if i + 1 == exprs.len() {
                let last = self.expr_multi(e, exp);
                out.vals.extend(last.vals);
                out.tail = last.tail;
            } else {
                let v = self.expr(e, exp);
                out.vals.push(v);
            }
        }
        out
    }

    /// The local a `Name` expression refers to.
    pub(super) fn local_of(&self, e: &Expr) -> Option<u32> {
        match &e.kind {
            ExprKind::Name(n) => self.find_local(&n.name),
            _ => None,
        }
    }

    fn name(&mut self, n: &ast::Name) -> Val {
        let sym = self.sym(&n.name);
        if let Some(local) = self.lookup_local(sym) {
            let l = &self.locals[local as usize];
            return Val {
                ty: l.flow,
                strict: l.strict,
            };
        }
        if let Some(index) = self.lookup_type(sym) {
            if let Some(ty) = self.type_value(index) {
                let meta = self.arena().meta(ty);
                return Val::strict(meta);
            }
        }
        if let Some(&v) = self.globals.get(&sym) {
            return v;
        }
        match self.session.builtin_globals.get(&sym) {
            Some(&ty) => Val::loose(ty),
            None => Val::ANY,
        }
    }

    /// Reports E0006 if `v` is strict and may be nil (`what` is the operation, with `{}` standing
    /// for the value: `"index {}"`); returns `v` without nil.
    fn non_nil(&mut self, v: Val, span: Span, what: &str) -> Val {
        if v.strict && self.arena().may_be_nil(v.ty) {
            let shown = self.show(v.ty);
            let msg = if v.ty == TypeId::NIL || self.arena().resolve(v.ty) == TypeId::NIL {
                format!("cannot {}", what.replace("{}", "a nil value"))
            } else {
                format!(
                    "cannot {}",
                    what.replace("{}", &format!("a possibly nil value of type {shown}"))
                )
            };
            self.diags.push(
                crate::diag::Diagnostic::error(self.file, span, Code::PossiblyNil, msg)
                    .with_help("check it with `if x then ... end` or assert it with `x!`".into()),
            );
        }
        let ty = self.arena().remove_nil(v.ty);
        Val {
            ty,
            strict: v.strict,
        }
    }

    /// The type of field `field` of a value (`report`: report fields missing from records).
    pub(super) fn field_of(&mut self, v: Val, field: Sym, span: Span, report: bool) -> Val {
        if self.field_depth > 64 {
            return Val::ANY;
        }
        self.field_depth += 1;
        let result = self.field_of_inner(v, field, span, report);
        self.field_depth -= 1;
        result
    }

    fn field_of_inner(&mut self, v: Val, field: Sym, span: Span, report: bool) -> Val {
        let v = self.non_nil(v, span, "index {}");
        let ty = self.arena().resolve(v.ty);
        match self.session.arena.get(ty) {
            Type::Any | Type::Unknown => Val::ANY,
            Type::Never => Val::loose(TypeId::NEVER),
            Type::Record(r) => {
                if let Some(f) = r.field(field).copied() {
                    let ty = if f.optional {
                        self.arena().optional(f.ty)
                    } else {
                        f.ty
                    };
                    return Val {
                        ty,
                        strict: v.strict,
                    };
                }
                if let Some((k, val)) = r.indexer {
                    if self.arena().is_subtype(TypeId::STRING, k) {
                        return Val {
                            ty: val,
                            strict: v.strict,
                        };
                    }
                }
                if v.strict && report {
                    self.unknown_field(field, ty, span);
                }
                Val::ANY
            }
            Type::Open(i) => {
                let found = self
                    .session
                    .arena
                    .open_table(*i)
                    .fields
                    .iter()
                    .find(|f| f.name == field);
                match found {
                    Some(f) => Val {
                        ty: f.ty,
                        strict: f.strict,
                    },
                    None => Val::ANY,
                }
            }
            Type::String | Type::Literal(crate::model::Literal::Str(_)) => {
                let lib = self.session.string_lib;
                self.field_of(Val::loose(lib), field, span, false)
            }
            Type::Map(k, val) => {
                let (k, val) = (*k, *val);
                if self.arena().is_subtype(TypeId::STRING, k) {
                    Val {
                        ty: val,
                        strict: v.strict,
                    }
                } else {
                    if v.strict && report {
                        self.unknown_field(field, ty, span);
                    }
                    Val::ANY
                }
            }
            Type::Array(_) => {
                if v.strict && report {
                    self.unknown_field(field, ty, span);
                }
                Val::ANY
            }
            Type::Union(members) => {
                let members = members.clone();
                let mut parts: SmallVec<[TypeId; 4]> = SmallVec::new();
                let mut reported = false;
                for m in members.iter() {
                    let before = self.diags.len();
                    // A member that is itself a union (a degenerate alias) is not re-reported.
                    let resolved = self.arena().resolve(*m);
                    let nested = matches!(self.session.arena.get(resolved), Type::Union(_));
                    let r = self.field_of(
                        Val {
                            ty: *m,
                            strict: v.strict && !nested,
                        },
                        field,
                        span,
                        report && !reported,
                    );
                    reported |= self.diags.len() > before;
                    parts.push(r.ty);
                }
                Val {
                    ty: self.arena().union(&parts),
                    strict: v.strict,
                }
            }
            Type::Intersection(members) => {
                let members = members.clone();
                for m in members.iter() {
                    let r = self.field_of(Val::loose(*m), field, span, false);
                    if r.ty != TypeId::ANY {
                        return Val {
                            ty: r.ty,
                            strict: v.strict,
                        };
                    }
                }
                Val::ANY
            }
            Type::Meta(inner) => {
                let inner = *inner;
                let r = self.field_of(Val::loose(inner), field, span, false);
                if r.ty == TypeId::ANY {
                    return Val::ANY;
                }
                Val::strict(self.arena().meta(r.ty))
            }
            Type::Param(p) => {
                let c = self.session.arena.param(*p).constraint;
                let r = self.field_of(
                    Val {
                        ty: c,
                        strict: v.strict,
                    },
                    field,
                    span,
                    report,
                );
                Val {
                    ty: r.ty,
                    strict: v.strict,
                }
            }
            Type::Nil
            | Type::Boolean
            | Type::Number
            | Type::Integer
            | Type::Function(_)
            | Type::Literal(_) => {
                if v.strict {
                    let shown = self.show(ty);
                    self.error(
                        span,
                        Code::NotIndexable,
                        format!("cannot index a value of type {shown}"),
                    );
                }
                Val::ANY
            }
            _ => Val::ANY,
        }
    }

    fn unknown_field(&mut self, field: Sym, ty: TypeId, span: Span) {
        let arena = &self.session.arena;
        let name = arena.names.text(field).into_owned();
        let suggestion = match arena.get(ty) {
            Type::Record(r) => r
                .fields
                .iter()
                .map(|f| arena.names.text(f.name))
                .filter(|candidate| edit_distance(candidate, &name) <= 2)
                .min_by_key(|candidate| edit_distance(candidate, &name))
                .map(|c| c.into_owned()),
            _ => None,
        };
        let shown = self.show(ty);
        let d = crate::diag::Diagnostic::error(
            self.file,
            span,
            Code::UnknownField,
            format!("field '{name}' does not exist on {shown}"),
        );
        self.diags.push(match suggestion {
            Some(s) => d.with_help(format!("did you mean '{s}'?")),
            None => d,
        });
    }

    /// `obj[key]`.
    fn index(&mut self, o: Val, key: &'a Expr, span: Span) -> Val {
        let k = self.expr(key, None);
        if let ExprKind::Str(s) = &key.kind {
            let field = self.arena().names.intern(s);
            return self.field_of(o, field, key.span, true);
        }
        let o = self.non_nil(o, span, "index {}");
        let ty = self.arena().resolve(o.ty);
        match self.session.arena.get(ty).clone() {
            Type::Array(elem) => {
                if o.strict && k.strict && !self.arena().is_subtype(k.ty, TypeId::NUMBER) {
                    let shown = self.show(k.ty);
                    self.error(
                        key.span,
                        Code::ArgumentMismatch,
                        format!("array index must be a number, got {shown}"),
                    );
                }
                Val {
                    ty: elem,
                    strict: o.strict,
                }
            }
            Type::Map(kt, vt) => {
                if o.strict && k.strict && !self.arena().is_subtype(k.ty, kt) {
                    let (want, got) = (self.show(kt), self.show(k.ty));
                    self.error(
                        key.span,
                        Code::ArgumentMismatch,
                        format!("map key: expected {want}, got {got}"),
                    );
                }
                Val {
                    ty: vt,
                    strict: o.strict,
                }
            }
            Type::Record(r) => match r.indexer {
                Some((_, vt)) => Val {
                    ty: vt,
                    strict: o.strict,
                },
                None => Val::ANY,
            },
            Type::Nil | Type::Boolean | Type::Number | Type::Integer | Type::Function(_)
                if o.strict =>
            {
                let shown = self.show(ty);
                self.error(
                    span,
                    Code::NotIndexable,
                    format!("cannot index a value of type {shown}"),
                );
                Val::ANY
            }
            _ => Val::ANY,
        }
    }

    // ---- calls ---------------------------------------------------------------------------

    /// Checks a call or method call expression; returns its results.
    pub(super) fn call(&mut self, e: &'a Expr) -> Vals {
        match &e.kind {
            ExprKind::Call { func, args } => {
                if let ExprKind::Name(n) = &func.kind {
                    if let Some(vals) = self.special_call(&n.name, args) {
                        return vals;
                    }
                }
                let f = self.expr(func, None);
                self.apply(f, None, func, args, e.span)
            }
            ExprKind::MethodCall { obj, method, args } => {
                let o = self.expr(obj, None);
                let o = self.non_nil(o, obj.span, "index {}");
                let mname = self.sym(&method.name);
                let resolved = self.arena().resolve(o.ty);
                if let Type::Meta(inner) = self.session.arena.get(resolved) {
                    let inner = *inner;
                    return self.meta_method(inner, &method.name, args);
                }
                let fact = self.local_of(obj).and_then(|l| self.fact(l, mname));
                let f = match fact {
                    Some(ty) => Val {
                        ty,
                        strict: o.strict,
                    },
                    None => self.field_of(o, mname, method.span, false),
                };
                self.apply(f, Some(o), e, args, e.span)
            }
            _ => Vals::default(),
        }
    }

    /// Built-in functions with checker-specific typing.
    fn special_call(&mut self, name: &str, args: &'a [Expr]) -> Option<Vals> {
        if !matches!(name, "require" | "setmetatable" | "assert") || !self.is_builtin(name) {
            return None;
        }
        let mut out = Vals::default();
        match name {
            "require" => {
                let vals = self.explist(args, &[]);
                let ty = match args.first().map(|a| &a.kind) {
                    Some(ExprKind::Str(s)) if args.len() == 1 => {
                        let module = String::from_utf8_lossy(s).into_owned();
                        self.require(&module)
                    }
                    _ => TypeId::ANY,
                };
                drop(vals);
                out.vals.push(Val::loose(ty));
            }
            "setmetatable" => {
                let vals = self.explist(args, &[]);
                out.vals.push(vals.first());
            }
            _ => {
                let vals = self.explist(args, &[]);
                let first = vals.first();
                let ty = self.arena().truthy(first.ty);
                out.vals.push(Val {
                    ty,
                    strict: first.strict,
                });
                out.vals.extend(vals.vals.iter().skip(1).copied());
                out.tail = vals.tail;
            }
        }
        Some(out)
    }

    /// `T:is(v)`, `T:kind()` and the other methods of type values.
    fn meta_method(&mut self, inner: TypeId, method: &str, args: &'a [Expr]) -> Vals {
        self.explist(args, &[]);
        let mut out = Vals::default();
        match method {
            "is" => {
                let opt = self.arena().optional(inner);
                out.vals.push(Val::strict(opt));
                out.vals.push(Val::loose(TypeId::ANY));
            }
            "kind" | "name" => out.vals.push(Val::loose(TypeId::STRING)),
            _ => out.tail = Some(Val::ANY),
        }
        out
    }

    /// Applies a callee to arguments: arity and argument checks, generic instantiation.
    fn apply(
        &mut self,
        f: Val,
        recv: Option<Val>,
        callee: &'a Expr,
        args: &'a [Expr],
        span: Span,
    ) -> Vals {
        let f = self.non_nil(f, callee.span, "call {}");
        let ty = self.arena().resolve(f.ty);
        let fun = match self.session.arena.get(ty) {
            Type::Function(fun) => fun.clone(),
            Type::Intersection(members) => {
                let first = members
                    .iter()
                    .copied()
                    .find(|&m| matches!(self.session.arena.get(m), Type::Function(_)));
                match first.map(|m| self.session.arena.get(m).clone()) {
                    Some(Type::Function(fun)) => fun,
                    _ => return self.call_any(args),
                }
            }
            Type::Meta(inner) => {
                let inner = *inner;
                self.explist(args, &[]);
                let mut out = Vals::default();
                out.vals.push(Val::strict(inner));
                return out;
            }
            Type::Never => {
                self.explist(args, &[]);
                let mut out = Vals::default();
                out.vals.push(Val::loose(TypeId::NEVER));
                return out;
            }
            Type::Unknown
            | Type::Nil
            | Type::Boolean
            | Type::Number
            | Type::Integer
            | Type::String
            | Type::Literal(_)
            | Type::Array(_)
            | Type::Map(..)
                if f.strict =>
            {
                let shown = self.show(ty);
                self.error(
                    callee.span,
                    Code::NotCallable,
                    format!("cannot call a value of type {shown}"),
                );
                return self.call_any(args);
            }
            _ => return self.call_any(args),
        };
        let offset = usize::from(recv.is_some());
        let mut params: SmallVec<[TypeId; 8]> = fun.params.iter().skip(offset).copied().collect();
        let mut vararg = fun.vararg;
        let mut returns: SmallVec<[TypeId; 4]> = fun.returns.iter().copied().collect();
        let mut ret_vararg = fun.ret_vararg;
        let vals = if fun.generics.is_empty() {
            self.explist(args, &params)
        } else {
            let hints: SmallVec<[TypeId; 8]> = params
                .iter()
                .map(|&p| {
                    if self.session.arena.mentions_param(p) {
                        TypeId::ANY
                    } else {
                        p
                    }
                })
                .collect();
            let vals = self.explist(args, &hints);
            let mut bindings = Vec::new();
            if let (Some(r), Some(&p0)) = (recv, fun.params.first()) {
                self.arena().infer(p0, r.ty, &mut bindings);
            }
            for (i, &p) in params.iter().enumerate() {
                let a = vals.get(i);
                self.arena().infer(p, a.ty, &mut bindings);
            }
            for &g in fun.generics.iter() {
                if !bindings.iter().any(|(p, _)| *p == g) {
                    bindings.push((g, TypeId::ANY));
                }
            }
            if f.strict {
                self.check_constraints(&bindings, callee, span);
            }
            let arena = self.arena();
            for p in params.iter_mut() {
                *p = arena.subst(*p, &bindings);
            }
            vararg = vararg.map(|v| arena.subst(v, &bindings));
            for r in returns.iter_mut() {
                *r = arena.subst(*r, &bindings);
            }
            ret_vararg = ret_vararg.map(|v| arena.subst(v, &bindings));
            vals
        };
        if let (Some(r), Some(&self_ty)) = (recv, fun.params.first()) {
            if r.strict && f.strict && !self.arena().is_subtype(r.ty, self_ty) {
                let (want, got) = (self.show(self_ty), self.show(r.ty));
                let name = callee_name(callee);
                self.error(
                    span,
                    Code::ArgumentMismatch,
                    format!("receiver of '{name}': expected {want}, got {got}"),
                );
            }
        }
        self.check_args(f, &params, vararg, &vals, callee, args, span);
        let mut out = Vals::default();
        out.vals.extend(returns.iter().map(|&ty| Val {
            ty,
            strict: f.strict,
        }));
        out.tail = ret_vararg.map(|ty| Val {
            ty,
            strict: f.strict,
        });
        out
    }

    fn call_any(&mut self, args: &'a [Expr]) -> Vals {
        self.explist(args, &[]);
        Vals {
            vals: SmallVec::new(),
            tail: Some(Val::ANY),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn check_args(
        &mut self,
        f: Val,
        params: &[TypeId],
        vararg: Option<TypeId>,
        vals: &Vals,
        callee: &'a Expr,
        args: &'a [Expr],
        span: Span,
    ) {
        let n = vals.vals.len();
        if f.strict && vals.tail.is_none() {
            let mut required = 0;
            for (i, &p) in params.iter().enumerate() {
                if !self.arena().is_subtype(TypeId::NIL, p) {
                    required = i + 1;
                }
            }
            if (vararg.is_none() && n > params.len()) || n < required {
                let name = callee_name(callee);
                let want = if vararg.is_some() {
                    format!("at least {required}")
                } else if required == params.len() {
                    params.len().to_string()
                } else {
                    format!("{required} to {}", params.len())
                };
                let message = format!(
                    "'{name}' expects {want} argument{}, got {n}",
                    plural(params.len().max(required))
                );
                self.error_with_signature(span, Code::WrongArity, message, &name, f.ty);
            }
        }
        for (i, a) in vals.vals.iter().enumerate() {
            let Some(p) = params.get(i).copied().or(vararg) else {
                break;
            };
            if !(f.strict || a.strict) || self.arena().is_subtype(a.ty, p) {
                continue;
            }
            let arg_span = args.get(i).or(args.last()).map_or(span, |e| e.span);
            let name = callee_name(callee);
            let (want, got) = (self.show(p), self.show_actual(a.ty, p));
            let message = format!("argument {} of '{name}': expected {want}, got {got}", i + 1);
            self.error_with_signature(arg_span, Code::ArgumentMismatch, message, &name, f.ty);
        }
    }

    /// Reports a call error with a note giving the callee's type.
    fn error_with_signature(
        &mut self,
        span: Span,
        code: Code,
        message: String,
        name: &str,
        callee: TypeId,
    ) {
        let note = format!("'{name}' has type {}", self.show(callee));
        self.diags
            .push(crate::diag::Diagnostic::error(self.file, span, code, message).with_note(note));
    }

    fn check_constraints(&mut self, bindings: &[(TypeId, TypeId)], callee: &Expr, span: Span) {
        for &(p, bound) in bindings {
            let Type::Param(index) = *self.session.arena.get(p) else {
                continue;
            };
            let def = self.session.arena.param(index).clone();
            if def.constraint != TypeId::ANY && !self.arena().is_subtype(bound, def.constraint) {
                let (got, want) = (self.show(bound), self.show(def.constraint));
                let pname = self.session.arena.names.text(def.name).into_owned();
                let name = callee_name(callee);
                self.error(
                    span,
                    Code::ConstraintViolation,
                    format!("type {got} does not satisfy the constraint {want} of '{pname}' in call to '{name}'"),
                );
            }
        }
    }

    // ---- table constructors --------------------------------------------------------------

    /// A table constructor, checked against `expected` when it is a table type.
    fn table(&mut self, fields: &'a [TableField], expected: Option<TypeId>, span: Span) -> Val {
        let target = match expected {
            Some(t) => self.arena().resolve(t),
            None => TypeId::ANY,
        };
        match self.session.arena.get(target).clone() {
            Type::Record(rec) => self.record_literal(fields, target, &rec, span),
            Type::Array(elem) => {
                for f in fields {
                    match f {
                        TableField::Positional(v) => {
                            self.expect(v, elem);
                        }
                        TableField::Named { name, value } => {
                            self.expr(value, None);
                            let field = self.sym(&name.name);
                            self.unknown_field(field, target, name.span);
                        }
                        TableField::Keyed { key, value } => {
                            self.expect(key, TypeId::NUMBER);
                            self.expect(value, elem);
                        }
                    }
                }
                Val::strict(expected.unwrap_or(target))
            }
            Type::Map(k, v) => {
                for f in fields {
                    match f {
                        TableField::Positional(value) => {
                            self.check_key(TypeId::INTEGER, k, value.span);
                            self.expect(value, v);
                        }
                        TableField::Named { name, value } => {
                            let lit = self.arena().str_lit(name.name.as_bytes());
                            self.check_key(lit, k, name.span);
                            self.expect(value, v);
                        }
                        TableField::Keyed { key, value } => {
                            self.expect(key, k);
                            self.expect(value, v);
                        }
                    }
                }
                Val::strict(expected.unwrap_or(target))
            }
            Type::Union(members) => {
                let members = members.clone();
                match self.pick_member(fields, &members) {
                    Some(m) => {
                        let v = self.table(fields, Some(m), span);
                        Val {
                            ty: v.ty,
                            strict: v.strict,
                        }
                    }
                    None => self.open_literal(fields),
                }
            }
            _ => self.open_literal(fields),
        }
    }

    fn check_key(&mut self, key: TypeId, want: TypeId, span: Span) {
        if !self.arena().is_subtype(key, want) {
            let (w, g) = (self.show(want), self.show(key));
            self.error(
                span,
                Code::AssignMismatch,
                format!("cannot use key {g} in a table of key type {w}"),
            );
        }
    }

    /// Checks `e` against `want` (an annotation-backed type).
    pub(super) fn expect(&mut self, e: &'a Expr, want: TypeId) -> Val {
        let v = self.expr(e, Some(want));
        self.check_assign(v, want, e.span);
        v
    }

    /// Reports `cannot assign X to Y` unless `v <: want`.
    pub(super) fn check_assign(&mut self, v: Val, want: TypeId, span: Span) -> bool {
        if self.arena().is_subtype(v.ty, want) {
            return true;
        }
        let (got, w) = (self.show_actual(v.ty, want), self.show(want));
        self.error(
            span,
            Code::AssignMismatch,
            format!("cannot assign {got} to {w}"),
        );
        false
    }

    fn record_literal(
        &mut self,
        fields: &'a [TableField],
        target: TypeId,
        rec: &crate::model::Record,
        span: Span,
    ) -> Val {
        let mut seen: SmallVec<[Sym; 8]> = SmallVec::new();
        for f in fields {
            match f {
                TableField::Named { name, value } => {
                    let field = self.sym(&name.name);
                    seen.push(field);
                    self.record_field(rec, target, field, value, name.span);
                }
                TableField::Keyed { key, value } => {
                    if let ExprKind::Str(s) = &key.kind {
                        let field = self.arena().names.intern(s);
                        seen.push(field);
                        self.record_field(rec, target, field, value, key.span);
                    } else {
                        let k = self.expr(key, None);
                        match rec.indexer {
                            Some((kt, vt)) => {
                                self.check_assign(k, kt, key.span);
                                self.expect(value, vt);
                            }
                            None => {
                                self.expr(value, None);
                            }
                        }
                    }
                }
                TableField::Positional(value) => match rec.indexer {
                    Some((kt, vt)) => {
                        self.check_key(TypeId::INTEGER, kt, value.span);
                        self.expect(value, vt);
                    }
                    None => {
                        self.expr(value, None);
                        let shown = self.show(target);
                        self.error(
                            value.span,
                            Code::UnknownField,
                            format!("positional field does not exist on {shown}"),
                        );
                    }
                },
            }
        }
        for &f in rec.fields.iter() {
            if f.optional || seen.contains(&f.name) {
                continue;
            }
            if self.arena().is_subtype(TypeId::NIL, f.ty) {
                continue;
            }
            let name = self.session.arena.names.text(f.name).into_owned();
            let shown = self.show(target);
            self.error(
                span,
                Code::AssignMismatch,
                format!("table is missing field '{name}' required by {shown}"),
            );
        }
        Val::strict(target)
    }

    fn record_field(
        &mut self,
        rec: &crate::model::Record,
        target: TypeId,
        field: Sym,
        value: &'a Expr,
        span: Span,
    ) {
        match rec.field(field).copied() {
            Some(f) => {
                let want = if f.optional {
                    self.arena().optional(f.ty)
                } else {
                    f.ty
                };
                let v = self.expr(value, Some(want));
                if !self.arena().is_subtype(v.ty, want) {
                    let name = self.session.arena.names.text(field).into_owned();
                    let (got, w) = (self.show_actual(v.ty, want), self.show(want));
                    self.error(
                        value.span,
                        Code::AssignMismatch,
                        format!("cannot assign {got} to field '{name}' of type {w}"),
                    );
                }
            }
            None => match rec.indexer {
                Some((kt, vt)) if self.arena().is_subtype(TypeId::STRING, kt) => {
                    self.expect(value, vt);
                }
                _ => {
                    self.expr(value, None);
                    self.unknown_field(field, target, span);
                }
            },
        }
    }

    /// For a table literal checked against a union, the member it is meant to be: the first
    /// table member whose literal-typed (discriminant) fields match and whose required fields
    /// are present.
    fn pick_member(&mut self, fields: &'a [TableField], members: &[TypeId]) -> Option<TypeId> {
        let mut fallback = None;
        for &m in members {
            let r = self.arena().resolve(m);
            let rec = match self.session.arena.get(r) {
                Type::Record(rec) => rec.clone(),
                Type::Array(_) | Type::Map(..) => {
                    fallback = fallback.or(Some(m));
                    continue;
                }
                _ => continue,
            };
            fallback = fallback.or(Some(m));
            let mut fits = true;
            for f in rec.fields.iter() {
                let value = fields.iter().find_map(|tf| match tf {
                    TableField::Named { name, value }
                        if self.session.arena.names.lookup(name.name.as_bytes())
                            == Some(f.name) =>
                    {
                        Some(value)
                    }
                    _ => None,
                });
                match value {
                    None => fits &= f.optional || self.arena().is_subtype(TypeId::NIL, f.ty),
                    Some(v) => {
                        if let Some(lit) = self.literal_type(v) {
                            fits &= self.arena().is_subtype(lit, f.ty);
                        }
                    }
                }
            }
            if fits {
                return Some(m);
            }
        }
        fallback
    }

    /// The literal type of a literal expression (without checking anything).
    fn literal_type(&mut self, e: &Expr) -> Option<TypeId> {
        Some(match &e.kind {
            ExprKind::True => TypeId::TRUE,
            ExprKind::False => TypeId::FALSE,
            ExprKind::Nil => TypeId::NIL,
            ExprKind::Str(s) => self.arena().str_lit(s),
            ExprKind::Int(i) => self.arena().int_lit(*i),
            ExprKind::Float(f) => self.arena().float_lit(*f),
            _ => return None,
        })
    }

    /// A table constructor with no expected type: an open table recording its named fields.
    fn open_literal(&mut self, fields: &'a [TableField]) -> Val {
        let open = self.arena().open();
        let Type::Open(index) = *self.session.arena.get(open) else {
            return Val::ANY;
        };
        for f in fields {
            match f {
                TableField::Named { name, value } => {
                    let v = self.expr(value, None);
                    let field = self.sym(&name.name);
                    // Literal types are kept (`{kind = "circle"}` may be returned as a tagged
                    // record); a later conflicting assignment makes the field `any`.
                    self.arena().set_open_field(index, field, v.ty, v.strict);
                }
                TableField::Keyed { key, value } => {
                    self.expr(key, None);
                    self.expr(value, None);
                }
                TableField::Positional(value) => {
                    self.expr_multi(value, None);
                }
            }
        }
        Val::loose(open)
    }

    // ---- operators -----------------------------------------------------------------------

    fn binary(
        &mut self,
        op: BinOp,
        lhs: &'a Expr,
        rhs: &'a Expr,
        expected: Option<TypeId>,
        span: Span,
    ) -> Val {
        match op {
            BinOp::And | BinOp::Or => {
                let l = self.expr(lhs, expected);
                let mark = self.mark();
                self.narrow(lhs, op == BinOp::And);
                let r = self.expr(rhs, expected);
                self.undo(mark);
                let left = if op == BinOp::And {
                    self.arena().falsy(l.ty)
                } else {
                    self.arena().truthy(l.ty)
                };
                let ty = self.arena().union(&[left, r.ty]);
                Val {
                    ty,
                    strict: l.strict && r.strict,
                }
            }
            BinOp::Eq | BinOp::Ne => {
                self.expr(lhs, None);
                self.expr(rhs, None);
                Val::loose(TypeId::BOOLEAN)
            }
            BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge => {
                let what = format!("compare {{}} with '{}'", op.text());
                let l = self.expr(lhs, None);
                let l = self.non_nil(l, lhs.span, &what);
                let r = self.expr(rhs, None);
                let r = self.non_nil(r, rhs.span, &what);
                if l.strict && r.strict {
                    let (ln, rn) = (self.is_number(l.ty), self.is_number(r.ty));
                    let (ls, rs) = (self.is_string(l.ty), self.is_string(r.ty));
                    if (ln && rs) || (ls && rn) {
                        let (a, b) = (self.show(l.ty), self.show(r.ty));
                        self.error(
                            span,
                            Code::BadOperand,
                            format!("cannot compare {a} and {b} with '{}'", op.text()),
                        );
                    }
                }
                Val::loose(TypeId::BOOLEAN)
            }
            BinOp::Concat => {
                let l = self.operand(lhs, op);
                let r = self.operand(rhs, op);
                let any = self.is_dynamic(l.ty) || self.is_dynamic(r.ty);
                Val {
                    ty: if any { TypeId::ANY } else { TypeId::STRING },
                    strict: l.strict && r.strict,
                }
            }
            _ => {
                let l = self.operand(lhs, op);
                let r = self.operand(rhs, op);
                if self.is_dynamic(l.ty) || self.is_dynamic(r.ty) {
                    return Val::ANY;
                }
                let ints = self.arena().is_subtype(l.ty, TypeId::INTEGER)
                    && self.arena().is_subtype(r.ty, TypeId::INTEGER);
                let ty = match op {
                    BinOp::Div | BinOp::Pow => TypeId::NUMBER,
                    BinOp::BAnd | BinOp::BOr | BinOp::BXor | BinOp::Shl | BinOp::Shr => {
                        TypeId::INTEGER
                    }
                    _ if ints => TypeId::INTEGER,
                    _ => TypeId::NUMBER,
                };
                Val {
                    ty,
                    strict: l.strict && r.strict,
                }
            }
        }
    }

    /// An arithmetic/concatenation operand: strict operands must not be nil, booleans or
    /// functions.
    fn operand(&mut self, e: &'a Expr, op: BinOp) -> Val {
        let v = self.expr(e, None);
        if !v.strict {
            return v;
        }
        let what = format!("apply '{}' to {{}}", op.text());
        let v = self.non_nil(v, e.span, &what);
        let ty = self.arena().resolve(v.ty);
        if matches!(
            self.session.arena.get(ty),
            Type::Boolean | Type::Function(_) | Type::Literal(crate::model::Literal::Bool(_))
        ) {
            let shown = self.show(ty);
            self.error(
                e.span,
                Code::BadOperand,
                format!("cannot apply '{}' to a value of type {shown}", op.text()),
            );
            return Val::ANY;
        }
        v
    }

    fn unary(&mut self, op: UnOp, operand: &'a Expr, span: Span) -> Val {
        match op {
            UnOp::Not => {
                self.expr(operand, None);
                Val::loose(TypeId::BOOLEAN)
            }
            UnOp::Len => {
                let v = self.expr(operand, None);
                if v.strict {
                    let v = self.non_nil(v, operand.span, "take the length of {}");
                    let ty = self.arena().resolve(v.ty);
                    if self.is_number(ty) || matches!(self.session.arena.get(ty), Type::Boolean) {
                        let shown = self.show(ty);
                        self.error(
                            span,
                            Code::BadOperand,
                            format!("cannot take the length of a value of type {shown}"),
                        );
                    }
                }
                Val {
                    ty: TypeId::INTEGER,
                    strict: v.strict,
                }
            }
            UnOp::Neg => {
                let v = self.operand(operand, BinOp::Sub);
                if self.is_dynamic(v.ty) {
                    return Val::ANY;
                }
                let int = self.arena().is_subtype(v.ty, TypeId::INTEGER);
                Val {
                    ty: if int { TypeId::INTEGER } else { TypeId::NUMBER },
                    strict: v.strict,
                }
            }
            UnOp::BNot => {
                let v = self.operand(operand, BinOp::BXor);
                Val {
                    ty: TypeId::INTEGER,
                    strict: v.strict,
                }
            }
        }
    }

    fn is_number(&mut self, ty: TypeId) -> bool {
        ty != TypeId::NEVER && !self.is_dynamic(ty) && self.arena().is_subtype(ty, TypeId::NUMBER)
    }

    fn is_string(&mut self, ty: TypeId) -> bool {
        ty != TypeId::NEVER && !self.is_dynamic(ty) && self.arena().is_subtype(ty, TypeId::STRING)
    }

    /// Types whose operators may dispatch to metamethods or are unchecked.
    fn is_dynamic(&mut self, ty: TypeId) -> bool {
        let ty = self.arena().resolve(ty);
        !matches!(
            self.session.arena.get(ty),
            Type::Number
                | Type::Integer
                | Type::String
                | Type::Literal(_)
                | Type::Nil
                | Type::Boolean
                | Type::Never
        ) && !self.arena().is_subtype(ty, TypeId::NUMBER)
            && !self.arena().is_subtype(ty, TypeId::STRING)
    }

    /// The type a type-valued expression denotes (a type alias name, or a local holding one).
    pub(super) fn type_value_of(&mut self, e: &Expr) -> Option<TypeId> {
        let ExprKind::Name(n) = &e.kind else {
            return None;
        };
        let sym = self.sym(&n.name);
        if let Some(local) = self.lookup_local(sym) {
            let flow = self.locals[local as usize].flow;
            return match self.session.arena.get(flow) {
                Type::Meta(inner) => Some(*inner),
                _ => None,
            };
        }
        let index = self.lookup_type(sym)?;
        self.type_value(index)
    }
}

/// Levenshtein distance between two short names (for "did you mean" hints).
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// A readable name for a callee in messages (`add`, `string.rep`, `obj:move`).
pub(super) fn callee_name(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.name.to_string(),
        ExprKind::Field { obj, name } => match &obj.kind {
            ExprKind::Name(_) | ExprKind::Field { .. } => {
                format!("{}.{}", callee_name(obj), name.name)
            }
            _ => name.name.to_string(),
        },
        ExprKind::MethodCall { method, .. } => method.name.to_string(),
        ExprKind::Paren(inner) => callee_name(inner),
        _ => "function".to_string(),
    }
}
