//! Resolving type expressions (annotations) to interned types, with hoisted, recursive and
//! generic aliases.

use super::{Checker, TypeSlot};
use crate::diag::Code;
use crate::model::{Field, Function, Type, TypeId, Validator, ValidatorArg};
use wippy_parser::ast::{self, LiteralType, TypeExpr, TypeKind};

impl<'a> Checker<'a, '_> {
    /// Registers the `type` declarations of a block before its statements run (forward
    /// references and mutual recursion).
    pub(super) fn hoist_types(&mut self, block: &'a ast::Block) {
        for stat in &block.stats {
            if let ast::StatKind::TypeDecl(decl) = &stat.kind {
                let name = self.sym(&decl.name.name);
                self.declare_type(name, TypeSlot::Pending(decl));
            }
        }
    }

    /// Resolves a hoisted alias declared by `decl` (reports errors in its body once).
    pub(super) fn resolve_decl(&mut self, decl: &'a ast::TypeDecl) {
        let name = self.sym(&decl.name.name);
        if let Some(index) = self.lookup_type(name) {
            if matches!(self.types[index as usize].slot, TypeSlot::Pending(d) if std::ptr::eq(d, decl))
            {
                self.force_alias(index);
            }
        }
    }

    /// Resolves the type binding at `index` if it is still pending.
    fn force_alias(&mut self, index: u32) {
        let TypeSlot::Pending(decl) = self.types[index as usize].slot else {
            return;
        };
        let name = self.types[index as usize].name;
        if decl.generics.is_empty() {
            let alias = self.arena().new_alias(name, Box::new([]));
            self.types[index as usize].slot = TypeSlot::InProgress(alias);
            let body = self.resolve_type(&decl.ty);
            self.arena().set_alias_body(alias, body);
            self.types[index as usize].slot = TypeSlot::Done(body);
            return;
        }
        self.push_scope();
        let params = self.declare_generics(&decl.generics);
        let alias = self.arena().new_alias(name, params.into_boxed_slice());
        self.types[index as usize].slot = TypeSlot::Generic(alias);
        let body = self.resolve_type(&decl.ty);
        self.arena().set_alias_body(alias, body);
        self.pop_scope();
    }

    /// Declares generic parameters in the current scope; returns their types.
    pub(super) fn declare_generics(&mut self, generics: &'a [ast::GenericParam]) -> Vec<TypeId> {
        let mut params = Vec::with_capacity(generics.len());
        for g in generics {
            let name = self.sym(&g.name.name);
            let p = self.arena().new_param(name);
            self.declare_type(name, TypeSlot::Param(p));
            params.push(p);
        }
        for (g, &p) in generics.iter().zip(&params) {
            if let Some(c) = &g.constraint {
                let c = self.resolve_type(c);
                // A bare parameter as a constraint (`<T: U, U: T>`) could be cyclic: ignore it.
                if !matches!(self.arena().get(c), crate::model::Type::Param(_)) {
                    self.arena().set_constraint(p, c);
                }
            }
        }
        params
    }

    /// The type denoted by an annotation. Unknown names are reported and become `any`.
    pub(super) fn resolve_type(&mut self, t: &'a TypeExpr) -> TypeId {
        match &t.kind {
            TypeKind::Named { path, args } => self.resolve_named(t, path, args),
            TypeKind::Nil => TypeId::NIL,
            TypeKind::Literal(lit) => match lit {
                LiteralType::Str(s) => self.arena().str_lit(s),
                LiteralType::Int(i) => self.arena().int_lit(*i),
                LiteralType::Float(f) => self.arena().float_lit(*f),
                LiteralType::Bool(true) => TypeId::TRUE,
                LiteralType::Bool(false) => TypeId::FALSE,
            },
            TypeKind::Optional(inner) => {
                let inner = self.resolve_type(inner);
                self.arena().optional(inner)
            }
            TypeKind::Union(members) => {
                let members: Vec<TypeId> = members.iter().map(|m| self.resolve_type(m)).collect();
                self.arena().union(&members)
            }
            TypeKind::Intersection(members) => {
                let members: Vec<TypeId> = members.iter().map(|m| self.resolve_type(m)).collect();
                self.arena().intersection(&members)
            }
            TypeKind::Array(elem) => {
                let elem = self.resolve_type(elem);
                self.arena().array(elem)
            }
            TypeKind::Map { key, value } => {
                let key = self.resolve_type(key);
                let value = self.resolve_type(value);
                self.arena().map(key, value)
            }
            TypeKind::Record { fields, indexer } => {
                let fields: Vec<Field> = fields
                    .iter()
                    .map(|f| Field {
                        name: self.sym(&f.name.name),
                        ty: self.resolve_type(&f.ty),
                        optional: f.optional,
                    })
                    .collect();
                let indexer = indexer
                    .as_ref()
                    .map(|(k, v)| (self.resolve_type(k), self.resolve_type(v)));
                self.arena().record(fields, indexer)
            }
            TypeKind::Function(f) => {
                self.push_scope();
                let generics = self.declare_generics(&f.generics);
                let params = f.params.iter().map(|p| self.resolve_type(&p.ty)).collect();
                let vararg = match (&f.vararg, f.is_vararg) {
                    (Some(v), _) => Some(self.resolve_type(v)),
                    (None, true) => Some(TypeId::ANY),
                    (None, false) => None,
                };
                let (returns, ret_vararg) = self.resolve_returns(&f.returns);
                self.pop_scope();
                self.arena().function(Function {
                    generics: generics.into_boxed_slice(),
                    params,
                    vararg,
                    returns: returns.into_boxed_slice(),
                    ret_vararg,
                })
            }
            TypeKind::TypeOf(expr) => self.type_of(expr),
            TypeKind::Validated { ty, validators } => {
                let inner = self.resolve_type(ty);
                let validators = validators.iter().map(|v| self.validator(v)).collect();
                self.arena().validated(inner, validators)
            }
        }
    }

    /// Resolves a result annotation to fixed types and an optional variadic tail.
    pub(super) fn resolve_returns(
        &mut self,
        r: &'a ast::ReturnType,
    ) -> (Vec<TypeId>, Option<TypeId>) {
        let types = r.types.iter().map(|t| self.resolve_type(t)).collect();
        let tail = r.vararg.as_ref().map(|t| self.resolve_type(t));
        (types, tail)
    }

    fn validator(&mut self, v: &ast::Validator) -> Validator {
        let name = self.sym(&v.name.name);
        let args = v
            .args
            .iter()
            .filter_map(|a| match &a.kind {
                ast::ExprKind::Int(i) => Some(ValidatorArg::Num((*i as f64).to_bits())),
                ast::ExprKind::Float(f) => Some(ValidatorArg::Num(f.to_bits())),
                ast::ExprKind::Unary {
                    op: ast::UnOp::Neg,
                    operand,
                } => match operand.kind {
                    ast::ExprKind::Int(i) => Some(ValidatorArg::Num((-(i as f64)).to_bits())),
                    ast::ExprKind::Float(f) => Some(ValidatorArg::Num((-f).to_bits())),
                    _ => None,
                },
                ast::ExprKind::Str(s) => Some(ValidatorArg::Str(self.arena().names.intern(s))),
                _ => None,
            })
            .collect();
        Validator { name, args }
    }

    /// `typeof(expr)`: the declared type of an annotated local, else the expression's type.
    fn type_of(&mut self, expr: &'a ast::Expr) -> TypeId {
        if let ast::ExprKind::Name(n) = &expr.kind {
            if let Some(local) = self.find_local(&n.name) {
                let l = &self.locals[local as usize];
                if l.annotated {
                    return l.declared;
                }
            }
        }
        let v = self.expr(expr, None);
        self.arena().widen(v.ty)
    }

    fn resolve_named(
        &mut self,
        t: &'a TypeExpr,
        path: &'a [ast::Name],
        args: &'a [TypeExpr],
    ) -> TypeId {
        let Some(first) = path.first() else {
            return TypeId::ANY;
        };
        if path.len() > 1 {
            return self.resolve_qualified(path);
        }
        let name = self.sym(&first.name);
        let args: Vec<TypeId> = args.iter().map(|a| self.resolve_type(a)).collect();
        if let Some(index) = self.lookup_type(name) {
            self.force_alias(index);
            return match self.types[index as usize].slot {
                TypeSlot::Done(ty) | TypeSlot::Param(ty) => {
                    self.no_args(t, &first.name, &args);
                    ty
                }
                TypeSlot::InProgress(alias) => {
                    self.no_args(t, &first.name, &args);
                    self.arena().intern(Type::Alias(alias, Box::new([])))
                }
                TypeSlot::Generic(alias) => self.apply_generic(t, alias, args),
                TypeSlot::Pending(_) => TypeId::ANY,
            };
        }
        if let Some(ty) = builtin_type(&first.name) {
            self.no_args(t, &first.name, &args);
            return ty;
        }
        if let Some(&ty) = self.session.builtin_types.get(&name) {
            return ty;
        }
        self.error(
            t.span,
            Code::UnknownType,
            format!("unknown type '{}'", first.name),
        );
        TypeId::ANY
    }

    /// `mod.T`: a type exported by a required module bound to local `mod`.
    fn resolve_qualified(&mut self, path: &'a [ast::Name]) -> TypeId {
        let (Some(first), Some(last)) = (path.first(), path.last()) else {
            return TypeId::ANY;
        };
        let Some(local) = self.find_local(&first.name) else {
            return TypeId::ANY;
        };
        let module = self.locals[local as usize].flow;
        let name = self.sym(&last.name);
        self.session
            .module_types
            .get(&(module, name))
            .copied()
            .unwrap_or(TypeId::ANY)
    }

    fn no_args(&mut self, t: &TypeExpr, name: &str, args: &[TypeId]) {
        if !args.is_empty() {
            self.error(
                t.span,
                Code::TypeArity,
                format!("type '{name}' is not generic"),
            );
        }
    }

    fn apply_generic(&mut self, t: &TypeExpr, alias: u32, mut args: Vec<TypeId>) -> TypeId {
        let def = self.session.arena.alias(alias);
        let want = def.params.len();
        if args.len() != want {
            let name = self.session.arena.names.text(def.name).into_owned();
            self.error(
                t.span,
                Code::TypeArity,
                format!(
                    "generic type '{name}' expects {want} type argument{}, got {}",
                    plural(want),
                    args.len()
                ),
            );
            args.resize(want, TypeId::ANY);
        }
        self.arena()
            .intern(Type::Alias(alias, args.into_boxed_slice()))
    }
}

/// The primitive type names.
pub(crate) fn builtin_type(name: &str) -> Option<TypeId> {
    Some(match name {
        "nil" => TypeId::NIL,
        "number" => TypeId::NUMBER,
        "integer" => TypeId::INTEGER,
        "string" => TypeId::STRING,
        "boolean" => TypeId::BOOLEAN,
        "any" => TypeId::ANY,
        "unknown" => TypeId::UNKNOWN,
        "never" => TypeId::NEVER,
        "table" => TypeId::TABLE,
        "thread" => TypeId::THREAD,
        "userdata" => TypeId::USERDATA,
        "fn" => TypeId::FUNCTION,
        _ => return None,
    })
}

/// `"s"` when `n != 1`.
pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
