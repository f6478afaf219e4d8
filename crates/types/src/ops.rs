//! Type operations used by narrowing and generics: alias expansion, substitution, removing
//! `nil`, truthiness, `type(x)` tags and widening of literals.

use crate::model::{Field, Function, Literal, Record, Type, TypeArena, TypeId};

/// The tag `type(v)` returns for values of a type, as used by `type(x) == "..."` narrowing.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Tag {
    /// `"nil"`
    Nil,
    /// `"boolean"`
    Boolean,
    /// `"number"`
    Number,
    /// `"string"`
    String,
    /// `"table"`
    Table,
    /// `"function"`
    Function,
    /// `"thread"`
    Thread,
    /// `"userdata"`
    Userdata,
}

impl Tag {
    /// Parses the result of Lua's `type()`.
    pub fn from_name(name: &[u8]) -> Option<Tag> {
        Some(match name {
            b"nil" => Tag::Nil,
            b"boolean" => Tag::Boolean,
            b"number" => Tag::Number,
            b"string" => Tag::String,
            b"table" => Tag::Table,
            b"function" => Tag::Function,
            b"thread" => Tag::Thread,
            b"userdata" => Tag::Userdata,
            _ => return None,
        })
    }

    /// The primitive type for this tag (what `any` narrows to).
    fn ty(self) -> TypeId {
        match self {
            Tag::Nil => TypeId::NIL,
            Tag::Boolean => TypeId::BOOLEAN,
            Tag::Number => TypeId::NUMBER,
            Tag::String => TypeId::STRING,
            Tag::Table => TypeId::TABLE,
            Tag::Function => TypeId::FUNCTION,
            Tag::Thread => TypeId::THREAD,
            Tag::Userdata => TypeId::USERDATA,
        }
    }
}

impl TypeArena {
    /// Expands an alias application (memoised); any other type is returned unchanged.
    pub fn expand(&mut self, ty: TypeId) -> TypeId {
        let (alias, args) = match self.get(ty) {
            Type::Alias(alias, args) => (*alias, args.clone()),
            _ => return ty,
        };
        if let Some(&done) = self.expansions.get(&ty) {
            return done;
        }
        let def = self.alias(alias).clone();
        let map: Vec<(TypeId, TypeId)> = def
            .params
            .iter()
            .copied()
            .zip(args.iter().copied())
            .collect();
        let expanded = self.subst(def.body, &map);
        self.expansions.insert(ty, expanded);
        expanded
    }

    /// Strips aliases and validators until a structural type is reached (bounded, so a
    /// degenerate `type A = A` ends).
    pub fn resolve(&mut self, mut ty: TypeId) -> TypeId {
        for _ in 0..32 {
            match self.get(ty) {
                Type::Alias(..) => ty = self.expand(ty),
                Type::Validated(inner, _) => ty = *inner,
                _ => return ty,
            }
        }
        TypeId::ANY
    }

    /// Replaces generic parameters according to `map` (pairs of parameter and argument).
    pub fn subst(&mut self, ty: TypeId, map: &[(TypeId, TypeId)]) -> TypeId {
        if map.is_empty() {
            return ty;
        }
        if let Some(&(_, to)) = map.iter().find(|(from, _)| *from == ty) {
            return to;
        }
        match self.get(ty).clone() {
            Type::Union(members) => {
                let members: Vec<TypeId> = members.iter().map(|&m| self.subst(m, map)).collect();
                self.union(&members)
            }
            Type::Intersection(members) => {
                let members: Vec<TypeId> = members.iter().map(|&m| self.subst(m, map)).collect();
                self.intersection(&members)
            }
            Type::Array(e) => {
                let e = self.subst(e, map);
                self.array(e)
            }
            Type::Map(k, v) => {
                let (k, v) = (self.subst(k, map), self.subst(v, map));
                self.map(k, v)
            }
            Type::Record(rec) => {
                let fields = rec
                    .fields
                    .iter()
                    .map(|f| Field {
                        ty: self.subst(f.ty, map),
                        ..*f
                    })
                    .collect();
                let indexer = rec
                    .indexer
                    .map(|(k, v)| (self.subst(k, map), self.subst(v, map)));
                self.record(fields, indexer)
            }
            Type::Function(f) => {
                let f = Function {
                    generics: f.generics.clone(),
                    params: f.params.iter().map(|&p| self.subst(p, map)).collect(),
                    vararg: f.vararg.map(|v| self.subst(v, map)),
                    returns: f.returns.iter().map(|&r| self.subst(r, map)).collect(),
                    ret_vararg: f.ret_vararg.map(|v| self.subst(v, map)),
                };
                self.function(f)
            }
            Type::Alias(alias, args) => {
                let args: Box<[TypeId]> = args.iter().map(|&a| self.subst(a, map)).collect();
                self.intern(Type::Alias(alias, args))
            }
            Type::Validated(inner, v) => {
                let inner = self.subst(inner, map);
                self.intern(Type::Validated(inner, v))
            }
            Type::Meta(inner) => {
                let inner = self.subst(inner, map);
                self.meta(inner)
            }
            _ => ty,
        }
    }

    /// Whether `ty` explicitly includes `nil` (false for `any` and `unknown`: gradual code is
    /// trusted, and field access on `unknown` is tolerated).
    pub fn may_be_nil(&mut self, ty: TypeId) -> bool {
        let ty = self.resolve(ty);
        match self.get(ty) {
            Type::Nil => true,
            Type::Union(members) => members.contains(&TypeId::NIL),
            _ => false,
        }
    }

    /// `ty` without `nil`.
    pub fn remove_nil(&mut self, ty: TypeId) -> TypeId {
        self.filter_members(ty, |a, m| {
            let r = a.resolve(m);
            r != TypeId::NIL
        })
    }

    /// The part of `ty` that is truthy (no `nil`, no `false`).
    pub fn truthy(&mut self, ty: TypeId) -> TypeId {
        let ty = self.filter_members(ty, |a, m| {
            let r = a.resolve(m);
            r != TypeId::NIL && r != TypeId::FALSE
        });
        self.map_members(ty, |_, m| {
            if m == TypeId::BOOLEAN {
                TypeId::TRUE
            } else {
                m
            }
        })
    }

    /// The part of `ty` that is falsy (`nil` or `false`).
    pub fn falsy(&mut self, ty: TypeId) -> TypeId {
        if matches!(self.get(ty), Type::Any | Type::Unknown) {
            return ty;
        }
        let ty = self.filter_members(ty, |a, m| {
            let r = a.resolve(m);
            matches!(
                a.get(r),
                Type::Nil | Type::Boolean | Type::Any | Type::Unknown
            ) || r == TypeId::FALSE
        });
        self.map_members(ty, |_, m| {
            if m == TypeId::BOOLEAN {
                TypeId::FALSE
            } else {
                m
            }
        })
    }

    /// Narrows `ty` by `type(x) == tag` (`positive`) or `type(x) ~= tag`.
    pub fn narrow_tag(&mut self, ty: TypeId, tag: Tag, positive: bool) -> TypeId {
        if matches!(self.get(ty), Type::Any | Type::Unknown) {
            return if positive { tag.ty() } else { ty };
        }
        self.filter_members(ty, |a, m| {
            let r = a.resolve(m);
            match a.tag_of(r) {
                Some(t) => (t == tag) == positive,
                None => true,
            }
        })
    }

    /// The `type()` tag of every value of a (resolved, non-union) type, if it has a single one.
    pub fn tag_of(&self, ty: TypeId) -> Option<Tag> {
        Some(match self.get(ty) {
            Type::Nil => Tag::Nil,
            Type::Boolean | Type::Literal(Literal::Bool(_)) => Tag::Boolean,
            Type::Number | Type::Integer | Type::Literal(Literal::Int(_) | Literal::Float(_)) => {
                Tag::Number
            }
            Type::String | Type::Literal(Literal::Str(_)) => Tag::String,
            Type::Table | Type::Array(_) | Type::Map(..) | Type::Record(_) | Type::Open(_) => {
                Tag::Table
            }
            Type::Function(_) | Type::AnyFunction => Tag::Function,
            Type::Thread => Tag::Thread,
            Type::Userdata => Tag::Userdata,
            _ => return None,
        })
    }

    /// Literal types widened to their primitive (`"a"` -> `string`, `1` -> `integer`).
    pub fn widen(&mut self, ty: TypeId) -> TypeId {
        self.map_members(ty, |a, m| match a.get(m) {
            Type::Literal(Literal::Str(_)) => TypeId::STRING,
            Type::Literal(Literal::Int(_)) => TypeId::INTEGER,
            Type::Literal(Literal::Float(_)) => TypeId::NUMBER,
            Type::Literal(Literal::Bool(_)) => TypeId::BOOLEAN,
            _ => m,
        })
    }

    /// Keeps the union members of `ty` for which `keep` holds.
    pub fn filter_members(
        &mut self,
        ty: TypeId,
        mut keep: impl FnMut(&mut TypeArena, TypeId) -> bool,
    ) -> TypeId {
        let resolved = self.resolve(ty);
        if !matches!(self.get(resolved), Type::Union(_)) {
            return if keep(self, ty) { ty } else { TypeId::NEVER };
        }
        let members = self.members(resolved);
        let kept: crate::model::Members =
            members.iter().copied().filter(|&m| keep(self, m)).collect();
        if kept.len() == members.len() {
            return ty;
        }
        self.union(&kept)
    }

    /// Applies `f` to every union member of `ty` and rebuilds the union.
    pub fn map_members(
        &mut self,
        ty: TypeId,
        mut f: impl FnMut(&mut TypeArena, TypeId) -> TypeId,
    ) -> TypeId {
        let members = self.members(ty);
        let mapped: crate::model::Members = members.iter().map(|&m| f(self, m)).collect();
        if mapped == members {
            return ty;
        }
        self.union(&mapped)
    }

    /// The record behind a type, if it is one (after resolving aliases).
    pub fn as_record(&mut self, ty: TypeId) -> Option<std::sync::Arc<Record>> {
        let ty = self.resolve(ty);
        match self.get(ty) {
            Type::Record(r) => Some(r.clone()),
            _ => None,
        }
    }

    /// The function type behind a type, if it is one (after resolving aliases).
    pub fn as_function(&mut self, ty: TypeId) -> Option<std::sync::Arc<Function>> {
        let ty = self.resolve(ty);
        match self.get(ty) {
            Type::Function(f) => Some(f.clone()),
            _ => None,
        }
    }

    /// Infers generic arguments: matches `param` (which mentions generic parameters) against the
    /// argument type `arg`, adding `(parameter, type)` pairs to `bindings`.
    pub fn infer(&mut self, param: TypeId, arg: TypeId, bindings: &mut Vec<(TypeId, TypeId)>) {
        if param == arg {
            return;
        }
        match self.get(param).clone() {
            Type::Param(_) => {
                let arg = self.widen(arg);
                match bindings.iter_mut().find(|(p, _)| *p == param) {
                    Some((_, bound)) => {
                        let joined = self.union(&[*bound, arg]);
                        *bound = joined;
                    }
                    None => bindings.push((param, arg)),
                }
            }
            Type::Union(members) => {
                // `T?` against `X?`: bind the non-nil part.
                let generic: Vec<TypeId> = members
                    .iter()
                    .copied()
                    .filter(|&m| self.mentions_param(m))
                    .collect();
                if generic.len() == 1 {
                    let fixed: Vec<TypeId> = members
                        .iter()
                        .copied()
                        .filter(|&m| !self.mentions_param(m))
                        .collect();
                    let rest = self.filter_members(arg, |a, m| {
                        !fixed.iter().any(|&f| f == m || a.is_subtype(m, f))
                    });
                    self.infer(generic[0], rest, bindings);
                }
            }
            Type::Array(pe) => {
                let arg = self.resolve(arg);
                match self.get(arg).clone() {
                    Type::Array(ae) => self.infer(pe, ae, bindings),
                    Type::Map(_, av) => self.infer(pe, av, bindings),
                    _ => {}
                }
            }
            Type::Map(pk, pv) => {
                let arg = self.resolve(arg);
                match self.get(arg).clone() {
                    Type::Map(ak, av) => {
                        self.infer(pk, ak, bindings);
                        self.infer(pv, av, bindings);
                    }
                    Type::Array(ae) => {
                        self.infer(pk, TypeId::INTEGER, bindings);
                        self.infer(pv, ae, bindings);
                    }
                    _ => {}
                }
            }
            Type::Record(pr) => {
                if let Some(ar) = self.as_record(arg) {
                    for f in pr.fields.iter() {
                        if let Some(af) = ar.field(f.name) {
                            self.infer(f.ty, af.ty, bindings);
                        }
                    }
                }
            }
            Type::Function(pf) => {
                if let Some(af) = self.as_function(arg) {
                    for (&p, &a) in pf.params.iter().zip(af.params.iter()) {
                        self.infer(p, a, bindings);
                    }
                    for (&p, &a) in pf.returns.iter().zip(af.returns.iter()) {
                        self.infer(p, a, bindings);
                    }
                }
            }
            _ => {}
        }
    }

    /// Whether a type mentions any generic parameter (shallowly through composites).
    pub fn mentions_param(&self, ty: TypeId) -> bool {
        match self.get(ty) {
            Type::Param(_) => true,
            Type::Union(m) | Type::Intersection(m) => m.iter().any(|&t| self.mentions_param(t)),
            Type::Array(e) => self.mentions_param(*e),
            Type::Map(k, v) => self.mentions_param(*k) || self.mentions_param(*v),
            Type::Record(r) => r.fields.iter().any(|f| self.mentions_param(f.ty)),
            Type::Function(f) => f
                .params
                .iter()
                .chain(f.returns.iter())
                .any(|&t| self.mentions_param(t)),
            Type::Alias(_, args) => args.iter().any(|&t| self.mentions_param(t)),
            Type::Validated(t, _) => self.mentions_param(*t),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nil_and_truthiness() {
        let mut a = TypeArena::new();
        let opt = a.optional(TypeId::STRING);
        assert_eq!(a.remove_nil(opt), TypeId::STRING);
        assert!(a.may_be_nil(opt));
        assert!(!a.may_be_nil(TypeId::ANY));
        let b = a.optional(TypeId::BOOLEAN);
        assert_eq!(a.truthy(b), TypeId::TRUE);
        let falsy = a.falsy(b);
        assert_eq!(a.display(falsy), "false?");
        assert_eq!(a.falsy(TypeId::STRING), TypeId::NEVER);
    }

    #[test]
    fn tags() {
        let mut a = TypeArena::new();
        let u = a.union(&[TypeId::STRING, TypeId::NUMBER, TypeId::NIL]);
        assert_eq!(a.narrow_tag(u, Tag::String, true), TypeId::STRING);
        let rest = a.narrow_tag(u, Tag::String, false);
        assert_eq!(a.display(rest), "number?");
        assert_eq!(a.narrow_tag(TypeId::ANY, Tag::Number, true), TypeId::NUMBER);
    }

    #[test]
    fn generic_inference() {
        let mut a = TypeArena::new();
        let t = a.names.intern(b"T");
        let p = a.new_param(t);
        let arr = a.array(p);
        let arg = a.array(TypeId::STRING);
        let mut b = Vec::new();
        a.infer(arr, arg, &mut b);
        assert_eq!(b, vec![(p, TypeId::STRING)]);
        let opt = a.optional(p);
        let five = a.int_lit(5);
        let arg = a.optional(five);
        let mut b = Vec::new();
        a.infer(opt, arg, &mut b);
        assert_eq!(b, vec![(p, TypeId::INTEGER)]);
        let sub = a.subst(opt, &b);
        assert_eq!(a.display(sub), "integer?");
    }
}
