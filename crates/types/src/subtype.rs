//! Subtyping: `a <: b` over interned types, gradual (`any` is compatible both ways).
//!
//! Table fields and elements are invariant (tables are mutable); functions are contravariant in
//! their parameters and covariant in their results. Recursive aliases are handled with an
//! assumption set: a pair being compared again is assumed to hold.

use crate::model::{Function, Literal, Record, Type, TypeArena, TypeId};

impl TypeArena {
    /// Whether a value of type `sub` may be used where `sup` is expected.
    pub fn is_subtype(&mut self, sub: TypeId, sup: TypeId) -> bool {
        let mut seen = Vec::new();
        self.sub(sub, sup, &mut seen)
    }

    /// Whether two types are mutually subtypes (compatible for invariant positions).
    pub fn is_equivalent(&mut self, a: TypeId, b: TypeId) -> bool {
        let mut seen = Vec::new();
        self.equiv(a, b, &mut seen)
    }

    fn equiv(&mut self, a: TypeId, b: TypeId, seen: &mut Vec<(TypeId, TypeId)>) -> bool {
        a == b || (self.sub(a, b, seen) && self.sub(b, a, seen))
    }

    fn sub(&mut self, a: TypeId, b: TypeId, seen: &mut Vec<(TypeId, TypeId)>) -> bool {
        if a == b {
            return true;
        }
        match (self.get(a), self.get(b)) {
            (_, Type::Any) | (Type::Any, _) | (Type::Never, _) | (_, Type::Unknown) => return true,
            (Type::Unknown, _) | (_, Type::Never) => return false,
            (Type::Validated(inner, _), _) => return self.sub(*inner, b, seen),
            (_, Type::Validated(inner, _)) => return self.sub(a, *inner, seen),
            (Type::Alias(..), _) | (_, Type::Alias(..)) => {
                if seen.contains(&(a, b)) {
                    return true;
                }
                seen.push((a, b));
                let (ea, eb) = (self.expand(a), self.expand(b));
                let result = self.sub(ea, eb, seen);
                seen.pop();
                return result;
            }
            _ => {}
        }
        if let Type::Union(members) = self.get(a) {
            let members = members.clone();
            return members.iter().all(|&m| self.sub(m, b, seen));
        }
        if let Type::Intersection(members) = self.get(b) {
            let members = members.clone();
            return members.iter().all(|&m| self.sub(a, m, seen));
        }
        if let Type::Intersection(members) = self.get(a) {
            let members = members.clone();
            if members.iter().any(|&m| self.sub(m, b, seen)) {
                return true;
            }
        }
        if let Type::Union(members) = self.get(b) {
            let members = members.clone();
            return members.iter().any(|&m| self.sub(a, m, seen));
        }
        self.sub_structural(a, b, seen)
    }

    /// Subtyping once neither side is a union, intersection, alias or validated type.
    fn sub_structural(&mut self, a: TypeId, b: TypeId, seen: &mut Vec<(TypeId, TypeId)>) -> bool {
        match (self.get(a).clone(), self.get(b).clone()) {
            (Type::Param(i), _) => {
                let c = self.param(i).constraint;
                c != TypeId::ANY && self.sub(c, b, seen)
            }
            (Type::Literal(lit), sup) => matches!(
                (lit, sup),
                (Literal::Str(_), Type::String)
                    | (Literal::Int(_), Type::Integer | Type::Number)
                    | (Literal::Float(_), Type::Number)
                    | (Literal::Bool(_), Type::Boolean)
            ),
            (Type::Integer, Type::Number) => true,
            (Type::Array(_) | Type::Map(..) | Type::Record(_) | Type::Open(_), Type::Table) => true,
            (Type::Function(_) | Type::Meta(_), Type::AnyFunction) => true,
            (Type::Meta(_), Type::Table) => true,
            (Type::Array(x), Type::Array(y)) => self.equiv(x, y, seen),
            (Type::Array(x), Type::Map(k, v)) => {
                self.sub(TypeId::INTEGER, k, seen) && self.equiv(x, v, seen)
            }
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.equiv(k1, k2, seen) && self.equiv(v1, v2, seen)
            }
            (Type::Record(r), Type::Map(k, v)) => match r.indexer {
                Some((rk, rv)) => self.equiv(rk, k, seen) && self.equiv(rv, v, seen),
                None => false,
            },
            (Type::Record(ra), Type::Record(rb)) => self.sub_record(&ra, &rb, seen),
            (Type::Array(_) | Type::Map(..) | Type::Table, Type::Record(rb)) => {
                rb.fields.iter().all(|f| f.optional) && rb.indexer.is_none()
            }
            (Type::Open(i), Type::Record(rb)) => {
                let fields = self.open_table(i).fields.clone();
                rb.fields
                    .iter()
                    .all(|f| match fields.iter().find(|o| o.name == f.name) {
                        Some(o) => self.sub(o.ty, f.ty, seen),
                        None => f.optional,
                    })
            }
            (Type::Open(_), Type::Array(_) | Type::Map(..) | Type::Open(_)) => true,
            (Type::Function(fa), Type::Function(fb)) => self.sub_function(&fa, &fb, seen),
            (Type::Meta(x), Type::Meta(y)) => self.equiv(x, y, seen),
            _ => false,
        }
    }

    fn sub_record(&mut self, a: &Record, b: &Record, seen: &mut Vec<(TypeId, TypeId)>) -> bool {
        for fb in b.fields.iter() {
            match a.field(fb.name) {
                Some(fa) => {
                    if fa.optional && !fb.optional {
                        return false;
                    }
                    if !self.equiv(fa.ty, fb.ty, seen) {
                        return false;
                    }
                }
                None if fb.optional => {}
                None => match a.indexer {
                    Some((k, v)) if k == TypeId::STRING || k == TypeId::ANY => {
                        if !self.equiv(v, fb.ty, seen) {
                            return false;
                        }
                    }
                    _ => return false,
                },
            }
        }
        match (a.indexer, b.indexer) {
            (_, None) => true,
            (Some((ka, va)), Some((kb, vb))) => {
                self.equiv(ka, kb, seen) && self.equiv(va, vb, seen)
            }
            (None, Some(_)) => false,
        }
    }

    fn sub_function(
        &mut self,
        a: &Function,
        b: &Function,
        seen: &mut Vec<(TypeId, TypeId)>,
    ) -> bool {
        if !a.generics.is_empty() || !b.generics.is_empty() {
            // Generic function types are compared leniently (no instantiation search).
            return true;
        }
        let nparams = a.params.len().max(b.params.len());
        for i in 0..nparams {
            let expected = param_at(b, i).unwrap_or(TypeId::NIL);
            if let Some(accepted) = param_at(a, i) {
                if !self.sub(expected, accepted, seen) {
                    return false;
                }
            }
        }
        if let (Some(vb), Some(va)) = (b.vararg, a.vararg) {
            if !self.sub(vb, va, seen) {
                return false;
            }
        }
        for (i, &want) in b.returns.iter().enumerate() {
            let got = ret_at(a, i).unwrap_or(TypeId::NIL);
            if !self.sub(got, want, seen) {
                return false;
            }
        }
        match (a.ret_vararg, b.ret_vararg) {
            (Some(ra), Some(rb)) => self.sub(ra, rb, seen),
            _ => true,
        }
    }
}

/// The type accepted for argument `i` (a fixed parameter, else the vararg type).
pub(crate) fn param_at(f: &Function, i: usize) -> Option<TypeId> {
    f.params.get(i).copied().or(f.vararg)
}

/// The type of result `i` (a fixed result, else the variadic result type).
pub(crate) fn ret_at(f: &Function, i: usize) -> Option<TypeId> {
    f.returns.get(i).copied().or(f.ret_vararg)
}

#[cfg(test)]
mod tests {
    use crate::model::{Field, Function, TypeArena, TypeId};

    fn rec(a: &mut TypeArena, fields: &[(&str, TypeId, bool)]) -> TypeId {
        let fields = fields
            .iter()
            .map(|&(n, ty, optional)| Field {
                name: a.names.intern(n.as_bytes()),
                ty,
                optional,
            })
            .collect();
        a.record(fields, None)
    }

    fn func(a: &mut TypeArena, params: &[TypeId], returns: &[TypeId]) -> TypeId {
        a.function(Function {
            generics: Box::new([]),
            params: params.into(),
            vararg: None,
            returns: returns.into(),
            ret_vararg: None,
        })
    }

    #[test]
    fn arena_can_be_shared_between_threads() {
        fn shareable<T: Send + Sync>() {}
        shareable::<TypeArena>();
    }

    #[test]
    fn primitives_and_lattice() {
        let mut a = TypeArena::new();
        assert!(a.is_subtype(TypeId::INTEGER, TypeId::NUMBER));
        assert!(!a.is_subtype(TypeId::NUMBER, TypeId::INTEGER));
        assert!(a.is_subtype(TypeId::NEVER, TypeId::STRING));
        assert!(a.is_subtype(TypeId::STRING, TypeId::UNKNOWN));
        assert!(!a.is_subtype(TypeId::UNKNOWN, TypeId::STRING));
        assert!(a.is_subtype(TypeId::ANY, TypeId::STRING));
        assert!(a.is_subtype(TypeId::STRING, TypeId::ANY));
        assert!(!a.is_subtype(TypeId::STRING, TypeId::NUMBER));
        let five = a.int_lit(5);
        assert!(a.is_subtype(five, TypeId::INTEGER));
        let hello = a.str_lit(b"hello");
        assert!(a.is_subtype(hello, TypeId::STRING));
        assert!(!a.is_subtype(TypeId::STRING, hello));
        assert!(a.is_subtype(TypeId::TRUE, TypeId::BOOLEAN));
    }

    #[test]
    fn unions_normalise() {
        let mut a = TypeArena::new();
        let u1 = a.union(&[TypeId::NUMBER, TypeId::STRING]);
        let u2 = a.union(&[TypeId::STRING, TypeId::NUMBER, TypeId::INTEGER]);
        assert_eq!(u1, u2);
        assert_eq!(a.union(&[TypeId::TRUE, TypeId::FALSE]), TypeId::BOOLEAN);
        assert_eq!(a.union(&[TypeId::NUMBER, TypeId::ANY]), TypeId::ANY);
        assert_eq!(a.union(&[TypeId::NEVER, TypeId::NIL]), TypeId::NIL);
        assert!(a.is_subtype(TypeId::NUMBER, u1));
        assert!(!a.is_subtype(u1, TypeId::NUMBER));
        let opt = a.optional(TypeId::NUMBER);
        assert!(a.is_subtype(TypeId::NIL, opt));
        assert!(!a.is_subtype(opt, TypeId::NUMBER));
        assert_eq!(a.display(opt), "number?");
        assert_eq!(a.display(u1), "number | string");
    }

    #[test]
    fn records_width_and_invariance() {
        let mut a = TypeArena::new();
        let xy = rec(
            &mut a,
            &[("x", TypeId::NUMBER, false), ("y", TypeId::NUMBER, false)],
        );
        let x = rec(&mut a, &[("x", TypeId::NUMBER, false)]);
        let xi = rec(&mut a, &[("x", TypeId::INTEGER, false)]);
        let xo = rec(
            &mut a,
            &[("x", TypeId::NUMBER, false), ("z", TypeId::STRING, true)],
        );
        assert!(a.is_subtype(xy, x));
        assert!(!a.is_subtype(x, xy));
        assert!(!a.is_subtype(xi, x), "mutable fields are invariant");
        assert!(a.is_subtype(x, xo), "optional fields may be missing");
        let u1 = a.union(&[x, TypeId::NIL]);
        let u2 = a.optional(x);
        assert!(a.is_equivalent(u1, u2));
        assert!(!a.is_equivalent(xy, x));
        assert_eq!(a.display(xo), "{x: number, z?: string}");
    }

    #[test]
    fn functions_variance() {
        let mut a = TypeArena::new();
        let num_to_int = func(&mut a, &[TypeId::NUMBER], &[TypeId::INTEGER]);
        let int_to_num = func(&mut a, &[TypeId::INTEGER], &[TypeId::NUMBER]);
        assert!(a.is_subtype(num_to_int, int_to_num));
        assert!(!a.is_subtype(int_to_num, num_to_int));
        assert_eq!(a.display(num_to_int), "(number) -> integer");
    }

    #[test]
    fn recursive_alias() {
        let mut a = TypeArena::new();
        let name = a.names.intern(b"Node");
        let alias = a.new_alias(name, Box::new([]));
        let node_ref = a.intern(crate::model::Type::Alias(alias, Box::new([])));
        let next = a.optional(node_ref);
        let body = rec(
            &mut a,
            &[("v", TypeId::NUMBER, false), ("next", next, false)],
        );
        a.set_alias_body(alias, body);
        assert!(a.is_subtype(body, node_ref));
        assert!(a.is_subtype(node_ref, body));
        let other = rec(
            &mut a,
            &[("v", TypeId::STRING, false), ("next", next, false)],
        );
        assert!(!a.is_subtype(other, node_ref));
        assert_eq!(a.display(body), "{v: number, next: Node?}");
    }
}
