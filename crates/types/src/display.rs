//! Human-readable rendering of types for diagnostics (`{x: number, y: number}`, `string?`).

use crate::model::{Function, Literal, Type, TypeArena, TypeId, ValidatorArg};
use std::fmt::Write;

/// How deep nested tables are printed before `...` is used.
const MAX_DEPTH: u32 = 4;

impl TypeArena {
    /// Renders a type the way diagnostics print it.
    pub fn display(&self, ty: TypeId) -> String {
        let mut out = String::new();
        self.write_type(&mut out, ty, 0);
        out
    }

    fn write_type(&self, out: &mut String, ty: TypeId, depth: u32) {
        match self.get(ty) {
            Type::Nil => out.push_str("nil"),
            Type::Boolean => out.push_str("boolean"),
            Type::Number => out.push_str("number"),
            Type::Integer => out.push_str("integer"),
            Type::String => out.push_str("string"),
            Type::Any => out.push_str("any"),
            Type::Unknown => out.push_str("unknown"),
            Type::Never => out.push_str("never"),
            Type::Table => out.push_str("table"),
            Type::AnyFunction => out.push_str("function"),
            Type::Thread => out.push_str("thread"),
            Type::Userdata => out.push_str("userdata"),
            Type::Literal(lit) => self.write_literal(out, *lit),
            Type::Union(members) => {
                let others: Vec<TypeId> = members
                    .iter()
                    .copied()
                    .filter(|&m| m != TypeId::NIL)
                    .collect();
                let optional = others.len() < members.len();
                let wrap = optional && (others.len() > 1 || self.needs_parens(others[0]));
                if wrap {
                    out.push('(');
                }
                for (i, &m) in others.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" | ");
                    }
                    if wrap && others.len() == 1 {
                        self.write_type(out, m, depth);
                    } else {
                        self.write_member(out, m, depth);
                    }
                }
                if wrap {
                    out.push(')');
                }
                if optional {
                    out.push('?');
                }
            }
            Type::Intersection(members) => {
                for (i, &m) in members.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" & ");
                    }
                    self.write_member(out, m, depth);
                }
            }
            Type::Array(elem) => {
                out.push('{');
                self.write_nested(out, *elem, depth);
                out.push('}');
            }
            Type::Map(k, v) => {
                out.push_str("{[");
                self.write_nested(out, *k, depth);
                out.push_str("]: ");
                self.write_nested(out, *v, depth);
                out.push('}');
            }
            Type::Record(rec) => {
                if depth >= MAX_DEPTH {
                    out.push_str("{...}");
                    return;
                }
                out.push('{');
                for (i, f) in rec.fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.names.text(f.name));
                    out.push_str(if f.optional { "?: " } else { ": " });
                    self.write_nested(out, f.ty, depth);
                }
                if let Some((k, v)) = rec.indexer {
                    if !rec.fields.is_empty() {
                        out.push_str(", ");
                    }
                    out.push('[');
                    self.write_nested(out, k, depth);
                    out.push_str("]: ");
                    self.write_nested(out, v, depth);
                }
                out.push('}');
            }
            Type::Function(f) => self.write_function(out, f, depth),
            Type::Param(i) => out.push_str(&self.names.text(self.param(*i).name)),
            Type::Alias(i, args) => {
                out.push_str(&self.names.text(self.alias(*i).name));
                if !args.is_empty() {
                    out.push('<');
                    self.write_list(out, args, depth);
                    out.push('>');
                }
            }
            Type::Validated(inner, validators) => {
                self.write_type(out, *inner, depth);
                for v in validators.iter() {
                    let _ = write!(out, " @{}(", self.names.text(v.name));
                    for (i, a) in v.args.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        match a {
                            ValidatorArg::Num(bits) => {
                                let _ = write!(out, "{}", f64::from_bits(*bits));
                            }
                            ValidatorArg::Str(s) => {
                                let _ = write!(out, "{:?}", self.names.text(*s));
                            }
                        }
                    }
                    out.push(')');
                }
            }
            Type::Meta(inner) => {
                out.push_str("type<");
                self.write_type(out, *inner, depth + 1);
                out.push('>');
            }
            Type::Open(i) => {
                let table = self.open_table(*i);
                if depth >= MAX_DEPTH || table.fields.is_empty() {
                    out.push_str("table");
                    return;
                }
                out.push('{');
                for (i, f) in table.fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.names.text(f.name));
                    out.push_str(": ");
                    self.write_nested(out, f.ty, depth);
                }
                out.push('}');
            }
        }
    }

    fn needs_parens(&self, ty: TypeId) -> bool {
        matches!(
            self.get(ty),
            Type::Function(_) | Type::Intersection(_) | Type::Union(_)
        )
    }

    fn write_member(&self, out: &mut String, ty: TypeId, depth: u32) {
        if self.needs_parens(ty) {
            out.push('(');
            self.write_type(out, ty, depth);
            out.push(')');
        } else {
            self.write_type(out, ty, depth);
        }
    }

    fn write_nested(&self, out: &mut String, ty: TypeId, depth: u32) {
        self.write_type(out, ty, depth + 1);
    }

    fn write_list(&self, out: &mut String, list: &[TypeId], depth: u32) {
        for (i, &t) in list.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.write_nested(out, t, depth);
        }
    }

    fn write_function(&self, out: &mut String, f: &Function, depth: u32) {
        if !f.generics.is_empty() {
            out.push('<');
            self.write_list(out, &f.generics, depth);
            out.push('>');
        }
        out.push('(');
        self.write_list(out, &f.params, depth);
        if let Some(v) = f.vararg {
            if !f.params.is_empty() {
                out.push_str(", ");
            }
            out.push_str("...");
            self.write_nested(out, v, depth);
        }
        out.push_str(") -> ");
        let single = f.returns.len() == 1 && f.ret_vararg.is_none();
        if single {
            let ret = f.returns[0];
            if matches!(self.get(ret), Type::Function(_)) {
                self.write_member(out, ret, depth + 1);
            } else {
                self.write_nested(out, ret, depth);
            }
            return;
        }
        out.push('(');
        self.write_list(out, &f.returns, depth);
        if let Some(v) = f.ret_vararg {
            if !f.returns.is_empty() {
                out.push_str(", ");
            }
            out.push_str("...");
            self.write_nested(out, v, depth);
        }
        out.push(')');
    }

    fn write_literal(&self, out: &mut String, lit: Literal) {
        match lit {
            Literal::Str(s) => {
                out.push('"');
                out.push_str(&self.names.text(s));
                out.push('"');
            }
            Literal::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Literal::Float(bits) => {
                let _ = write!(out, "{}", f64::from_bits(bits));
            }
            Literal::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        }
    }
}
