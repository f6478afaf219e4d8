//! Flow-sensitive narrowing from conditions: truthiness, `== nil`, `type(x) == "..."`,
//! literal comparisons, discriminant fields of tagged unions, `T:is(x)` and `v, err` pairs.

use super::{Checker, NONE};
use crate::model::{Type, TypeId};
use crate::ops::Tag;
use crate::Sym;
use wippy_parser::ast::{BinOp, Expr, ExprKind, UnOp};

/// A narrowable place: a local, or a field of a local.
type Place = (u32, Option<Sym>);

impl<'a> Checker<'a, '_> {
    /// Narrows the places a condition tests, assuming it evaluated to `positive`.
    pub(super) fn narrow(&mut self, cond: &'a Expr, positive: bool) {
        match &cond.kind {
            ExprKind::Paren(inner) => self.narrow(inner, positive),
            ExprKind::Unary {
                op: UnOp::Not,
                operand,
            } => self.narrow(operand, !positive),
            ExprKind::Binary {
                op: BinOp::And,
                lhs,
                rhs,
            } if positive => {
                self.narrow(lhs, true);
                self.narrow(rhs, true);
            }
            ExprKind::Binary {
                op: BinOp::Or,
                lhs,
                rhs,
            } if !positive => {
                self.narrow(lhs, false);
                self.narrow(rhs, false);
            }
            ExprKind::Binary {
                op: op @ (BinOp::Eq | BinOp::Ne),
                lhs,
                rhs,
            } => {
                let equal = positive == (*op == BinOp::Eq);
                if !self.narrow_eq(lhs, rhs, equal) {
                    self.narrow_eq(rhs, lhs, equal);
                }
            }
            ExprKind::MethodCall { obj, method, args } if positive && &*method.name == "is" => {
                let (Some(target), Some(ty)) = (args.first(), self.type_value_of(obj)) else {
                    return;
                };
                if let Some(place) = self.place(target) {
                    self.set_place(place, ty);
                }
            }
            ExprKind::Name(_) | ExprKind::Field { .. } => {
                let Some(place) = self.place(cond) else {
                    return;
                };
                let cur = self.place_current(place);
                let new = if positive {
                    self.arena().truthy(cur)
                } else {
                    self.arena().falsy(cur)
                };
                self.set_place(place, new);
                if let (local, Some(field)) = place {
                    self.discriminate(local, field, |a, fty| {
                        let part = if positive {
                            a.truthy(fty)
                        } else {
                            a.falsy(fty)
                        };
                        part != TypeId::NEVER
                    });
                } else if !positive {
                    self.partner_non_nil(place.0);
                }
            }
            _ => {}
        }
    }

    /// `target == other` (or `~=` with `equal == false`); returns whether it applied.
    fn narrow_eq(&mut self, target: &'a Expr, other: &'a Expr, equal: bool) -> bool {
        // type(x) == "tag"
        if let (ExprKind::Call { func, args }, ExprKind::Str(s)) = (&target.kind, &other.kind) {
            let is_type = matches!(&func.kind, ExprKind::Name(n) if &*n.name == "type");
            if is_type && args.len() == 1 && self.is_builtin("type") {
                let (Some(tag), Some(place)) = (Tag::from_name(s), self.place(&args[0])) else {
                    return true;
                };
                let cur = self.place_current(place);
                let new = self.arena().narrow_tag(cur, tag, equal);
                self.set_place(place, new);
                if tag == Tag::Nil && !equal {
                    return true;
                }
                if tag == Tag::Nil && equal {
                    self.partner_when_nil(place);
                }
                return true;
            }
        }
        let Some(place) = self.place(target) else {
            return false;
        };
        let lit = match &other.kind {
            ExprKind::Nil => TypeId::NIL,
            ExprKind::True => TypeId::TRUE,
            ExprKind::False => TypeId::FALSE,
            ExprKind::Str(s) => self.arena().str_lit(s),
            ExprKind::Int(i) => self.arena().int_lit(*i),
            _ => return false,
        };
        let cur = self.place_current(place);
        let new = if lit == TypeId::NIL {
            if equal {
                if matches!(self.arena().get(cur), Type::Any | Type::Unknown)
                    || self.arena().may_be_nil(cur)
                {
                    TypeId::NIL
                } else {
                    TypeId::NEVER
                }
            } else {
                self.arena().remove_nil(cur)
            }
        } else if equal {
            if matches!(self.arena().get(cur), Type::Any | Type::Unknown) {
                lit
            } else {
                self.arena()
                    .filter_members(cur, |a, m| a.is_subtype(lit, m) || a.is_subtype(m, lit))
            }
        } else {
            self.arena().filter_members(cur, |_, m| m != lit)
        };
        self.set_place(place, new);
        if let (local, Some(field)) = place {
            self.discriminate(local, field, |a, fty| {
                if equal {
                    a.is_subtype(lit, fty) || a.is_subtype(fty, lit)
                } else {
                    fty != lit
                }
            });
        }
        if lit == TypeId::NIL && equal {
            self.partner_when_nil(place);
        }
        true
    }

    fn partner_when_nil(&mut self, place: Place) {
        if let (local, None) = place {
            self.partner_non_nil(local);
        }
    }

    /// After `err` is known to be nil/false: the value returned with it is not nil.
    fn partner_non_nil(&mut self, err: u32) {
        let partner = self.locals[err as usize].partner;
        if partner == NONE || partner as usize >= self.locals.len() {
            return;
        }
        let flow = self.locals[partner as usize].flow;
        let new = self.arena().remove_nil(flow);
        self.set_flow(partner, new);
    }

    /// The place an expression denotes (`x` or `x.f` with `x` a local).
    fn place(&mut self, e: &Expr) -> Option<Place> {
        match &e.kind {
            ExprKind::Name(_) => self.local_of(e).map(|l| (l, None)),
            ExprKind::Field { .. } => self.field_path(e).map(|(local, path)| (local, Some(path))),
            ExprKind::Paren(inner) => self.place(inner),
            _ => None,
        }
    }

    /// The current type of a place.
    fn place_current(&mut self, place: Place) -> TypeId {
        match place {
            (local, None) => self.locals[local as usize].flow,
            (local, Some(field)) => match self.fact(local, field) {
                Some(t) => t,
                None => {
                    // `a.b.c`: the type of field `c` of the (possibly narrowed) path `a.b`.
                    let path = self.session.arena.names.bytes(field).to_vec();
                    let (parent, last) = match path.iter().rposition(|&b| b == b'.') {
                        Some(dot) => {
                            let parent = self.session.arena.names.intern(&path[..dot]);
                            (
                                Some(parent),
                                self.session.arena.names.intern(&path[dot + 1..]),
                            )
                        }
                        None => (None, field),
                    };
                    let ty = self.place_current((local, parent));
                    let v = super::Val { ty, strict: false };
                    self.field_of(v, last, Default::default(), false).ty
                }
            },
        }
    }

    fn set_place(&mut self, place: Place, ty: TypeId) {
        match place {
            (local, None) => self.set_flow(local, ty),
            (local, Some(field)) => self.set_fact(local, field, Some(ty)),
        }
    }

    /// Keeps the union members of a local whose field `field` satisfies `keep`.
    fn discriminate(
        &mut self,
        local: u32,
        field: Sym,
        mut keep: impl FnMut(&mut crate::TypeArena, TypeId) -> bool,
    ) {
        let flow = self.locals[local as usize].flow;
        let resolved = self.arena().resolve(flow);
        if !matches!(self.arena().get(resolved), Type::Union(_)) {
            return;
        }
        let new = self.arena().filter_members(resolved, |a, m| {
            let r = a.resolve(m);
            match a.get(r) {
                Type::Record(rec) => match rec.field(field).copied() {
                    Some(f) => {
                        let fty = if f.optional { a.optional(f.ty) } else { f.ty };
                        keep(a, fty)
                    }
                    None => true,
                },
                // Indexing nil raises, so a tested field implies a non-nil table.
                Type::Nil => false,
                _ => true,
            }
        });
        if new != TypeId::NEVER {
            self.set_flow(local, new);
        }
    }
}
