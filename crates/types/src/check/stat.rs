//! Statements, blocks, functions and returns, with branch joins for flow typing.

use super::{Checker, FnCtx, TypeSlot, Val, Vals, NONE};
use crate::diag::Code;
use crate::model::{Function, Type, TypeId};
use smallvec::SmallVec;
use wippy_parser::ast::{self, Block, Expr, ExprKind, FuncBody, Span, Stat, StatKind};

impl<'a> Checker<'a, '_> {
    /// Checks a block in a new scope; returns whether control can fall off its end.
    pub(super) fn block(&mut self, b: &'a Block) -> bool {
        self.push_scope();
        let falls = self.block_body(b);
        self.pop_scope();
        falls
    }

    /// Checks a block's statements in the current scope.
    pub(super) fn block_body(&mut self, b: &'a Block) -> bool {
        self.hoist_types(b);
        let mut falls = true;
        for s in &b.stats {
            falls &= self.stat(s);
        }
        if let Some(r) = &b.ret {
            self.ret(r);
            falls = false;
        }
        falls
    }

    fn stat(&mut self, s: &'a Stat) -> bool {
        match &s.kind {
            StatKind::Local { names, exprs } => {
                self.local(names, exprs);
                true
            }
            StatKind::Assign { targets, exprs } => {
                self.assign(targets, exprs);
                true
            }
            StatKind::Call(e) => self.call_stat(e),
            StatKind::Do(b) => self.block(b),
            StatKind::While { cond, body } => {
                self.widen_assigned(body);
                self.expr(cond, None);
                let mark = self.mark();
                self.narrow(cond, true);
                self.block(body);
                self.undo(mark);
                !matches!(cond.kind, ExprKind::True) || has_break(body)
            }
            StatKind::Repeat { body, cond } => {
                self.widen_assigned(body);
                let mark = self.mark();
                self.push_scope();
                self.block_body(body);
                self.expr(cond, None);
                self.pop_scope();
                self.undo(mark);
                !matches!(cond.kind, ExprKind::False) || has_break(body)
            }
            StatKind::If {
                clauses,
                else_block,
            } => self.if_stat(clauses, else_block.as_ref()),
            StatKind::NumericFor {
                var,
                start,
                limit,
                step,
                body,
            } => {
                let s0 = self.expr(start, None);
                self.expr(limit, None);
                let st = step.as_ref().map(|e| self.expr(e, None));
                let int = self.arena().is_subtype(s0.ty, TypeId::INTEGER)
                    && match st {
                        Some(v) => self.arena().is_subtype(v.ty, TypeId::INTEGER),
                        None => true,
                    };
                let ty = if self.arena().get(s0.ty) == &Type::Any {
                    TypeId::ANY
                } else if int {
                    TypeId::INTEGER
                } else {
                    TypeId::NUMBER
                };
                self.widen_assigned(body);
                let mark = self.mark();
                self.push_scope();
                self.bind(var, Val::loose(ty), start.span);
                self.block_body(body);
                self.pop_scope();
                self.undo(mark);
                true
            }
            StatKind::GenericFor { vars, exprs, body } => {
                let types = self.iter_types(exprs, vars.len());
                self.widen_assigned(body);
                let mark = self.mark();
                self.push_scope();
                for (i, v) in vars.iter().enumerate() {
                    let val = types.get(i).copied().unwrap_or(Val::ANY);
                    self.bind(v, val, v.name.span);
                }
                self.block_body(body);
                self.pop_scope();
                self.undo(mark);
                true
            }
            StatKind::Function { name, func } => {
                self.function_stat(name, func);
                true
            }
            StatKind::LocalFunction { name, func } => {
                let sym = self.sym(&name.name);
                // Recursive calls inside the body see an unchecked function.
                let local = self.declare(sym, TypeId::ANY, self.untyped_fn, false, false);
                let v = self.function(func, &name.name, None, None);
                let l = &mut self.locals[local as usize];
                l.flow = v.ty;
                l.strict = v.strict;
                true
            }
            StatKind::TypeDecl(decl) => {
                self.resolve_decl(decl);
                true
            }
            StatKind::Break | StatKind::Goto(_) => false,
            StatKind::Label(_) => true,
        }
    }

    /// Declares a `local`/loop binding: annotated bindings check the value; unannotated ones
    /// take the value's type as their flow type.
    fn bind(&mut self, b: &'a ast::Binding, v: Val, span: Span) -> u32 {
        let sym = self.sym(&b.name.name);
        match &b.ty {
            Some(t) => {
                let declared = self.resolve_type(t);
                self.check_assign(v, declared, span);
                let flow = self.init_flow(declared, v.ty);
                self.declare(sym, declared, flow, true, true)
            }
            None => self.declare(sym, TypeId::ANY, v.ty, v.strict, false),
        }
    }

    /// The flow type of a variable declared `declared` just assigned a value of type `actual`:
    /// the declared union members the value can be.
    fn init_flow(&mut self, declared: TypeId, actual: TypeId) -> TypeId {
        if matches!(self.arena().get(actual), Type::Any | Type::Unknown) || actual == declared {
            return declared;
        }
        let actual_members = self.arena().members(actual);
        let kept = self.arena().filter_members(declared, |a, m| {
            actual_members.iter().any(|&am| a.is_subtype(am, m))
        });
        if kept == TypeId::NEVER {
            declared
        } else {
            kept
        }
    }

    fn local(&mut self, names: &'a [ast::Binding], exprs: &'a [Expr]) {
        let expected: SmallVec<[TypeId; 4]> = names
            .iter()
            .map(|b| b.ty.as_ref().map_or(TypeId::ANY, |t| self.resolve_type(t)))
            .collect();
        let vals = self.explist(exprs, &expected);
        let mut first = NONE;
        for (i, b) in names.iter().enumerate() {
            let v = vals.get(i);
            let span = exprs
                .get(i)
                .or(exprs.last())
                .map_or(b.name.span, |e| e.span);
            let sym = self.sym(&b.name.name);
            let index = if b.ty.is_some() {
                let declared = expected[i];
                self.check_assign(v, declared, span);
                let flow = self.init_flow(declared, v.ty);
                self.declare(sym, declared, flow, true, true)
            } else {
                self.declare(sym, TypeId::ANY, v.ty, v.strict, false)
            };
            if i == 0 {
                first = index;
            } else if i == 1
                && exprs.len() == 1
                && matches!(
                    exprs[0].kind,
                    ExprKind::Call { .. } | ExprKind::MethodCall { .. }
                )
            {
                self.locals[index as usize].partner = first;
            }
        }
    }

    fn assign(&mut self, targets: &'a [Expr], exprs: &'a [Expr]) {
        let mut objs: SmallVec<[Val; 4]> = SmallVec::new();
        let mut expected: SmallVec<[TypeId; 4]> = SmallVec::new();
        for t in targets {
            let (obj, exp) = self.target_type(t);
            objs.push(obj);
            expected.push(exp);
        }
        let vals = self.explist(exprs, &expected);
        for (i, t) in targets.iter().enumerate() {
            let v = vals.get(i);
            let span = exprs.get(i).or(exprs.last()).map_or(t.span, |e| e.span);
            self.assign_to(t, objs[i], expected[i], v, span);
        }
    }

    /// For an assignment target: the value of the indexed object (if any) and the type the
    /// assigned value must have (`any` when unconstrained).
    fn target_type(&mut self, t: &'a Expr) -> (Val, TypeId) {
        match &t.kind {
            ExprKind::Name(n) => {
                let declared = match self.find_local(&n.name) {
                    Some(l) if self.locals[l as usize].annotated => {
                        self.locals[l as usize].declared
                    }
                    _ => TypeId::ANY,
                };
                (Val::ANY, declared)
            }
            ExprKind::Field { obj, name } => {
                let o = self.expr(obj, None);
                let field = self.sym(&name.name);
                let want = self.field_target(o, field);
                (o, want)
            }
            ExprKind::Index { obj, key } => {
                let o = self.expr(obj, None);
                let k = self.expr(key, None);
                if let ExprKind::Str(s) = &key.kind {
                    let field = self.arena().names.intern(s);
                    return (o, self.field_target(o, field));
                }
                let ty = self.arena().resolve(o.ty);
                let want = match self.arena().get(ty).clone() {
                    Type::Array(e) if o.strict => e,
                    Type::Map(kt, v) if o.strict => {
                        if k.strict && !self.arena().is_subtype(k.ty, kt) {
                            let (w, g) = (self.show(kt), self.show(k.ty));
                            self.error(
                                key.span,
                                Code::ArgumentMismatch,
                                format!("map key: expected {w}, got {g}"),
                            );
                        }
                        v
                    }
                    _ => TypeId::ANY,
                };
                (o, want)
            }
            _ => {
                self.expr(t, None);
                (Val::ANY, TypeId::ANY)
            }
        }
    }

    /// The declared type of `obj.field` for assignment (`any` if unconstrained).
    fn field_target(&mut self, o: Val, field: crate::Sym) -> TypeId {
        if !o.strict {
            return TypeId::ANY;
        }
        let ty = self.arena().resolve(o.ty);
        let ty = self.arena().remove_nil(ty);
        let ty = self.arena().resolve(ty);
        match self.arena().get(ty).clone() {
            Type::Record(r) => match r.field(field) {
                Some(f) if f.optional => self.arena().optional(f.ty),
                Some(f) => f.ty,
                None => match r.indexer {
                    Some((_, v)) => v,
                    None => TypeId::ANY,
                },
            },
            Type::Map(_, v) => v,
            _ => TypeId::ANY,
        }
    }

    fn assign_to(&mut self, t: &'a Expr, obj: Val, want: TypeId, v: Val, span: Span) {
        match &t.kind {
            ExprKind::Name(n) => {
                let sym = self.sym(&n.name);
                match self.lookup_local(sym) {
                    Some(local) => {
                        let l = &self.locals[local as usize];
                        let (annotated, declared, depth) = (l.annotated, l.declared, l.depth);
                        if annotated {
                            self.check_assign(v, declared, span);
                        }
                        let flow = if depth < self.depth() {
                            self.captured.push(local);
                            declared
                        } else if annotated {
                            self.init_flow(declared, v.ty)
                        } else {
                            v.ty
                        };
                        self.set_flow(local, flow);
                        self.clear_facts(local);
                    }
                    None => {
                        let merged = match self.globals.get(&sym) {
                            Some(old) if old.ty != v.ty => Val::ANY,
                            _ => v,
                        };
                        self.globals.insert(sym, merged);
                    }
                }
            }
            ExprKind::Field { name, .. } => {
                let field = self.sym(&name.name);
                self.store_field(obj, field, want, v, span, name.span);
                if let Some((local, path)) = self.field_path(t) {
                    self.clear_facts_under(local, path);
                    self.set_fact(local, path, Some(v.ty));
                }
            }
            ExprKind::Index { key, .. } => {
                if let ExprKind::Str(s) = &key.kind {
                    let field = self.arena().names.intern(s);
                    self.store_field(obj, field, want, v, span, key.span);
                } else if want != TypeId::ANY {
                    self.check_assign(v, want, span);
                }
            }
            _ => {}
        }
    }

    fn store_field(
        &mut self,
        obj: Val,
        field: crate::Sym,
        want: TypeId,
        v: Val,
        span: Span,
        name_span: Span,
    ) {
        let ty = self.arena().resolve(obj.ty);
        match self.arena().get(ty).clone() {
            Type::Open(index) => {
                self.arena().set_open_field(index, field, v.ty, v.strict);
            }
            _ if !obj.strict => {}
            _ => {
                if want != TypeId::ANY {
                    if !self.arena().is_subtype(v.ty, want) {
                        let name = self.session.arena.names.text(field).into_owned();
                        let (got, w) = (self.show_actual(v.ty, want), self.show(want));
                        self.error(
                            span,
                            Code::AssignMismatch,
                            format!("cannot assign {got} to field '{name}' of type {w}"),
                        );
                    }
                } else {
                    // Reports unknown fields (and nil/primitive receivers) like a read would.
                    self.field_of(obj, field, name_span, true);
                }
            }
        }
    }

    fn call_stat(&mut self, e: &'a Expr) -> bool {
        let vals = self.call(e);
        if let ExprKind::Call { func, args } = &e.kind {
            if let (ExprKind::Name(n), Some(first)) = (&func.kind, args.first()) {
                if &*n.name == "assert" && self.is_builtin("assert") {
                    self.narrow(first, true);
                }
            }
        }
        vals.vals.first().map(|v| v.ty) != Some(TypeId::NEVER)
    }

    fn if_stat(&mut self, clauses: &'a [ast::IfClause], else_block: Option<&'a Block>) -> bool {
        let base = self.mark();
        let snap_base = self.snaps.len();
        for c in clauses {
            self.expr(&c.cond, None);
            let m = self.mark();
            self.narrow(&c.cond, true);
            if self.block(&c.block) {
                self.snapshot(base);
            }
            self.undo(m);
            self.narrow(&c.cond, false);
        }
        let falls = match else_block {
            Some(b) => self.block(b),
            None => true,
        };
        if falls {
            self.snapshot(base);
        }
        self.undo(base);
        let any = self.snaps.len() > snap_base;
        self.join_snapshots(snap_base);
        any
    }

    /// Types of the loop variables of a generic `for` (special-casing `pairs`/`ipairs`).
    fn iter_types(&mut self, exprs: &'a [Expr], n: usize) -> SmallVec<[Val; 4]> {
        let mut out: SmallVec<[Val; 4]> = SmallVec::new();
        if let [Expr {
            kind: ExprKind::Call { func, args },
            ..
        }] = exprs
        {
            if let (ExprKind::Name(fname), [arg]) = (&func.kind, args.as_slice()) {
                let which = &*fname.name;
                if (which == "pairs" || which == "ipairs") && self.is_builtin(which) {
                    let t = self.expr(arg, None);
                    let ty = self.arena().resolve(t.ty);
                    let (k, v) = match self.arena().get(ty).clone() {
                        Type::Array(e) => (TypeId::INTEGER, e),
                        Type::Map(k, v) if which == "pairs" => (k, v),
                        Type::Record(r) if which == "pairs" => match r.indexer {
                            Some(kv) if r.fields.is_empty() => kv,
                            _ => (TypeId::ANY, TypeId::ANY),
                        },
                        _ => (TypeId::ANY, TypeId::ANY),
                    };
                    let k = if which == "ipairs" && k == TypeId::ANY {
                        TypeId::INTEGER
                    } else {
                        k
                    };
                    out.push(Val {
                        ty: k,
                        strict: t.strict,
                    });
                    out.push(Val {
                        ty: v,
                        strict: t.strict,
                    });
                    return out;
                }
            }
        }
        let vals = self.explist(exprs, &[]);
        let f = vals.first();
        let ty = self.arena().resolve(f.ty);
        if let Type::Function(fun) = self.arena().get(ty).clone() {
            if fun.generics.is_empty() {
                for i in 0..n {
                    let t = fun
                        .returns
                        .get(i)
                        .copied()
                        .or(fun.ret_vararg)
                        .unwrap_or(TypeId::NIL);
                    let t = if i == 0 {
                        self.arena().remove_nil(t)
                    } else {
                        t
                    };
                    out.push(Val {
                        ty: t,
                        strict: f.strict,
                    });
                }
                return out;
            }
        }
        out
    }

    fn function_stat(&mut self, name: &'a ast::FuncName, func: &'a FuncBody) {
        let display = func_display_name(name);
        let Some(first) = name.path.first() else {
            return;
        };
        if name.path.len() == 1 && name.method.is_none() {
            let sym = self.sym(&first.name);
            let local = self.lookup_local(sym);
            let expected = local
                .filter(|&l| self.locals[l as usize].annotated)
                .map(|l| self.locals[l as usize].declared);
            if local.is_none() {
                self.globals.insert(sym, Val::loose(self.untyped_fn));
            }
            let v = self.function(func, &display, None, expected);
            match local {
                Some(l) => {
                    if let Some(want) = expected {
                        self.check_assign(v, want, first.span);
                    }
                    let flow = if expected.is_some() {
                        self.init_flow(self.locals[l as usize].declared, v.ty)
                    } else {
                        v.ty
                    };
                    self.set_flow(l, flow);
                }
                None => {
                    self.globals.insert(sym, v);
                }
            }
            return;
        }
        let mut obj = self.name_val(first);
        let (prefix, last) = match &name.method {
            Some(m) => (&name.path[1..], m),
            None => (
                &name.path[1..name.path.len() - 1],
                &name.path[name.path.len() - 1],
            ),
        };
        for n in prefix {
            let field = self.sym(&n.name);
            obj = self.field_of(obj, field, n.span, true);
        }
        let field = self.sym(&last.name);
        let want = self.field_target(obj, field);
        let self_val = name.method.as_ref().map(|_| {
            let ty = self.arena().resolve(obj.ty);
            match self.arena().get(ty) {
                Type::Record(_) | Type::Open(_) | Type::Intersection(_) => obj,
                _ => Val::ANY,
            }
        });
        let expected = (want != TypeId::ANY).then_some(want);
        let v = self.function(func, &display, self_val, expected);
        self.store_field(obj, field, want, v, last.span, last.span);
    }

    fn name_val(&mut self, n: &ast::Name) -> Val {
        let e_sym = self.sym(&n.name);
        if let Some(l) = self.lookup_local(e_sym) {
            let l = &self.locals[l as usize];
            return Val {
                ty: l.flow,
                strict: l.strict,
            };
        }
        if let Some(&v) = self.globals.get(&e_sym) {
            return v;
        }
        match self.session.builtin_globals.get(&e_sym) {
            Some(&ty) => Val::loose(ty),
            None => Val::ANY,
        }
    }

    /// Checks a function literal or statement body; returns the function's type.
    pub(super) fn function(
        &mut self,
        func: &'a FuncBody,
        name: &str,
        self_val: Option<Val>,
        expected: Option<TypeId>,
    ) -> Val {
        let typed = is_typed(func);
        self.push_scope();
        let generics = self.declare_generics(&func.generics);
        let ctx_fn = expected.and_then(|t| self.arena().as_function(t));
        let offset = usize::from(self_val.is_some());
        let mut params: SmallVec<[TypeId; 8]> = SmallVec::new();
        let mut strict_params: SmallVec<[bool; 8]> = SmallVec::new();
        for (i, p) in func.params.iter().enumerate() {
            match &p.ty {
                Some(t) => {
                    params.push(self.resolve_type(t));
                    strict_params.push(true);
                }
                None => {
                    let ctx = ctx_fn
                        .as_ref()
                        .and_then(|f| crate::subtype::param_at(f, i + offset));
                    params.push(ctx.unwrap_or(TypeId::ANY));
                    strict_params.push(false);
                }
            }
        }
        let vararg = if func.is_vararg {
            Some(match &func.vararg_ty {
                Some(t) => self.resolve_type(t),
                None => TypeId::ANY,
            })
        } else {
            None
        };
        let declared = func.returns.as_ref().map(|r| {
            let (types, tail) = self.resolve_returns(r);
            (SmallVec::from_vec(types), tail)
        });
        self.fns.push(FnCtx {
            declared,
            inferred: SmallVec::new(),
            returned: false,
            vararg: vararg.map(|ty| Val {
                ty,
                strict: func.vararg_ty.is_some(),
            }),
            name: name.into(),
        });
        if let Some(s) = self_val {
            let sym = self.sym("self");
            self.declare(sym, TypeId::ANY, s.ty, s.strict, false);
        }
        for (i, p) in func.params.iter().enumerate() {
            let sym = self.sym(&p.name.name);
            let annotated = strict_params[i];
            let declared = if annotated { params[i] } else { TypeId::ANY };
            self.declare(sym, declared, params[i], annotated, annotated);
        }
        let flow_mark = self.mark();
        let captured_mark = self.captured.len();
        let falls = self.block_body(&func.body);
        let ctx = self.fns.pop();
        self.pop_scope();
        // Narrowings inside the body do not hold outside it; outer locals the body assigns may
        // change whenever the closure runs, so they fall back to their declared types.
        self.undo(flow_mark);
        for i in captured_mark..self.captured.len() {
            let local = self.captured[i];
            if let Some(l) = self.locals.get(local as usize) {
                let declared = l.declared;
                self.set_flow(local, declared);
                self.clear_facts(local);
            }
        }
        let Some(ctx) = ctx else { return Val::ANY };
        let (returns, ret_vararg): (SmallVec<[TypeId; 2]>, Option<TypeId>) = match ctx.declared {
            Some((types, tail)) => {
                if falls
                    && !types
                        .iter()
                        .all(|&t| self.arena().is_subtype(TypeId::NIL, t))
                {
                    let shown: Vec<String> = types.iter().map(|&t| self.show(t)).collect();
                    let end = Span::new(func.span.end.saturating_sub(3), func.span.end);
                    self.error(
                        end,
                        Code::MissingReturn,
                        format!("function '{name}' must return {} but may reach its end without returning", shown.join(", ")),
                    );
                }
                (types, tail)
            }
            None if typed => {
                let mut types = ctx.inferred;
                if falls && ctx.returned {
                    for t in types.iter_mut() {
                        *t = self.arena().optional(*t);
                    }
                }
                (types, None)
            }
            None => (SmallVec::new(), Some(TypeId::ANY)),
        };
        if !typed && self_val.is_none() && ctx_fn.is_none() {
            return Val::loose(self.untyped_fn);
        }
        let mut all_params: Vec<TypeId> = Vec::with_capacity(params.len() + offset);
        if let Some(s) = self_val {
            all_params.push(if s.strict { s.ty } else { TypeId::ANY });
        }
        all_params.extend(params.iter().copied());
        let ty = self.arena().function(Function {
            generics: generics.into_boxed_slice(),
            params: all_params.into_boxed_slice(),
            vararg: if typed { vararg } else { Some(TypeId::ANY) },
            returns: returns.into_vec().into_boxed_slice(),
            ret_vararg,
        });
        Val { ty, strict: typed }
    }

    fn ret(&mut self, r: &'a ast::Return) {
        let Some(ctx) = self.fns.last() else { return };
        let declared = ctx.declared.clone();
        let name = ctx.name.clone();
        match declared {
            Some((types, tail)) => {
                let vals = self.explist(&r.exprs, &types);
                for (i, &want) in types.iter().enumerate() {
                    let v = vals.get(i);
                    if self.arena().is_subtype(v.ty, want) {
                        continue;
                    }
                    let span = r.exprs.get(i).map_or(r.span, |e| e.span);
                    let (w, g) = (self.show(want), self.show_actual(v.ty, want));
                    self.error(
                        span,
                        Code::ReturnMismatch,
                        format!("return value {} of '{name}': expected {w}, got {g}", i + 1),
                    );
                }
                if vals.vals.len() > types.len() {
                    match tail {
                        Some(t) => {
                            for (i, v) in vals.vals.iter().enumerate().skip(types.len()) {
                                if !self.arena().is_subtype(v.ty, t) {
                                    let span = r.exprs.get(i).map_or(r.span, |e| e.span);
                                    let (w, g) = (self.show(t), self.show(v.ty));
                                    self.error(
                                        span,
                                        Code::ReturnMismatch,
                                        format!(
                                            "return value {} of '{name}': expected {w}, got {g}",
                                            i + 1
                                        ),
                                    );
                                }
                            }
                        }
                        None => {
                            let n = types.len();
                            self.error(
                                r.span,
                                Code::ReturnMismatch,
                                format!(
                                    "'{name}' returns {n} value{}, got {}",
                                    super::types::plural(n),
                                    vals.vals.len()
                                ),
                            );
                        }
                    }
                }
            }
            None => {
                let vals = self.explist(&r.exprs, &[]);
                self.infer_return(&vals);
            }
        }
        if let Some(ctx) = self.fns.last_mut() {
            ctx.returned = true;
        }
    }

    fn infer_return(&mut self, vals: &Vals) {
        let Some(ctx) = self.fns.last() else { return };
        let mut inferred = ctx.inferred.clone();
        let first = !ctx.returned;
        let n = inferred.len().max(vals.vals.len());
        for i in 0..n {
            let v = if i < vals.vals.len() {
                self.arena().widen(vals.vals[i].ty)
            } else {
                TypeId::NIL
            };
            match inferred.get_mut(i) {
                Some(t) => *t = self.session.arena.union(&[*t, v]),
                None if first => inferred.push(v),
                None => inferred.push(self.session.arena.optional(v)),
            }
        }
        if let Some(ctx) = self.fns.last_mut() {
            ctx.inferred = inferred;
        }
    }

    /// The type a type binding denotes when used as a value.
    pub(super) fn type_value(&mut self, index: u32) -> Option<TypeId> {
        match self.types[index as usize].slot {
            TypeSlot::Pending(decl) => {
                self.resolve_decl(decl);
                match self.types[index as usize].slot {
                    TypeSlot::Done(t) => Some(t),
                    _ => Some(TypeId::ANY),
                }
            }
            TypeSlot::Done(t) | TypeSlot::Param(t) => Some(t),
            TypeSlot::InProgress(_) | TypeSlot::Generic(_) => Some(TypeId::ANY),
        }
    }
}

/// Whether a function has any annotation (then it is checked strictly).
fn is_typed(func: &FuncBody) -> bool {
    !func.generics.is_empty()
        || func.returns.is_some()
        || func.vararg_ty.is_some()
        || func.params.iter().any(|p| p.ty.is_some())
}

/// `a.b.c` or `a.b:c` for messages.
fn func_display_name(name: &ast::FuncName) -> String {
    let path: Vec<&str> = name.path.iter().map(|n| &*n.name).collect();
    let mut out = path.join(".");
    if let Some(m) = &name.method {
        out.push(':');
        out.push_str(&m.name);
    }
    out
}

/// Whether a loop body contains a `break` that exits it (not counting nested loops/functions).
fn has_break(b: &Block) -> bool {
    b.stats.iter().any(|s| match &s.kind {
        StatKind::Break | StatKind::Goto(_) => true,
        StatKind::Do(b) => has_break(b),
        StatKind::If {
            clauses,
            else_block,
        } => {
            clauses.iter().any(|c| has_break(&c.block))
                || else_block.as_ref().is_some_and(has_break)
        }
        _ => false,
    })
}
