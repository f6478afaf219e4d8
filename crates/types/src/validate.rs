//! Runtime validation of values against the type model (`T(v)`, `T:is(v)`): the VM implements
//! [`ValueView`] for its values and calls [`TypeArena::validate`].
//!
//! Failures are path-qualified: `expected number, got string` at the top level,
//! `y: expected number, got string` inside a record, `[2]: expected ...` inside an array.

use crate::model::{Literal, Type, TypeArena, TypeId, Validator, ValidatorArg};

/// The kind of a runtime value, with the payload validation needs.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum ValueKind {
    /// `nil`
    Nil,
    /// A boolean.
    Boolean(bool),
    /// An integer number.
    Integer(i64),
    /// A float number.
    Float(f64),
    /// A string.
    String,
    /// A table.
    Table,
    /// A function.
    Function,
    /// A coroutine.
    Thread,
    /// A host object.
    Userdata,
}

impl ValueKind {
    /// The name `type()` returns.
    pub fn type_name(self) -> &'static str {
        match self {
            ValueKind::Nil => "nil",
            ValueKind::Boolean(_) => "boolean",
            ValueKind::Integer(_) | ValueKind::Float(_) => "number",
            ValueKind::String => "string",
            ValueKind::Table => "table",
            ValueKind::Function => "function",
            ValueKind::Thread => "thread",
            ValueKind::Userdata => "userdata",
        }
    }
}

/// A runtime value as validation sees it (implemented by the VM).
pub trait ValueView: Sized {
    /// The value's kind.
    fn kind(&self) -> ValueKind;
    /// The bytes of a string value.
    fn string_bytes(&self) -> Option<&[u8]>;
    /// Raw `t[name]` of a table (`None` for nil or non-tables).
    fn field(&self, name: &[u8]) -> Option<Self>;
    /// Raw border `#t` of a table.
    fn array_len(&self) -> usize;
    /// Raw `t[i]` (`None` for nil).
    fn element(&self, i: i64) -> Option<Self>;
    /// Every key/value pair of a table.
    fn entries(&self) -> Vec<(Self, Self)>;
    /// Whether a string matches a `@pattern` validator (the VM owns the regex engine).
    fn matches_pattern(&self, pattern: &[u8]) -> bool;
}

/// Why a value does not conform to a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// Where inside the value (`y`, `[2]`, `items[1].name`), empty at the top level.
    pub path: String,
    /// What was expected.
    pub message: String,
}

impl std::fmt::Display for ValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Recursion limit for cyclic values and recursive types.
const MAX_DEPTH: u32 = 100;

impl TypeArena {
    /// Checks that `value` conforms to `ty` (records accept extra fields; validators apply).
    pub fn validate<V: ValueView>(&mut self, ty: TypeId, value: &V) -> Result<(), ValidationError> {
        let mut path = String::new();
        self.check_value(ty, value, &mut path, 0)
            .map_err(|message| ValidationError { path, message })
    }

    fn check_value<V: ValueView>(
        &mut self,
        ty: TypeId,
        v: &V,
        path: &mut String,
        depth: u32,
    ) -> Result<(), String> {
        if depth > MAX_DEPTH {
            return Ok(());
        }
        let kind = v.kind();
        let ty = match self.get(ty) {
            Type::Alias(..) => self.expand(ty),
            _ => ty,
        };
        let mismatch = |a: &TypeArena| {
            Err(format!(
                "expected {}, got {}",
                a.display(ty),
                kind.type_name()
            ))
        };
        match (self.get(ty).clone(), kind) {
            (Type::Any | Type::Unknown, _) => Ok(()),
            (Type::Nil, ValueKind::Nil) => Ok(()),
            (Type::Boolean, ValueKind::Boolean(_)) => Ok(()),
            (Type::Number, ValueKind::Integer(_) | ValueKind::Float(_)) => Ok(()),
            (Type::Integer, ValueKind::Integer(_)) => Ok(()),
            (Type::String, ValueKind::String) => Ok(()),
            (Type::Table, ValueKind::Table) => Ok(()),
            (Type::AnyFunction | Type::Function(_), ValueKind::Function) => Ok(()),
            (Type::Thread, ValueKind::Thread) => Ok(()),
            (Type::Userdata, ValueKind::Userdata) => Ok(()),
            (Type::Literal(lit), _) => {
                let ok = match (lit, kind) {
                    (Literal::Bool(b), ValueKind::Boolean(x)) => b == x,
                    (Literal::Int(i), ValueKind::Integer(x)) => i == x,
                    (Literal::Int(i), ValueKind::Float(x)) => i as f64 == x,
                    (Literal::Float(f), ValueKind::Float(x)) => f64::from_bits(f) == x,
                    (Literal::Float(f), ValueKind::Integer(x)) => f64::from_bits(f) == x as f64,
                    (Literal::Str(s), ValueKind::String) => {
                        v.string_bytes() == Some(self.names.bytes(s))
                    }
                    _ => false,
                };
                if ok {
                    Ok(())
                } else {
                    mismatch(self)
                }
            }
            (Type::Union(members), _) => {
                for &m in members.iter() {
                    let mut scratch = String::new();
                    if self.check_value(m, v, &mut scratch, depth + 1).is_ok() {
                        return Ok(());
                    }
                }
                mismatch(self)
            }
            (Type::Intersection(members), _) => {
                for &m in members.iter() {
                    self.check_value(m, v, path, depth + 1)?;
                }
                Ok(())
            }
            (Type::Validated(inner, validators), _) => {
                self.check_value(inner, v, path, depth + 1)?;
                validators
                    .iter()
                    .try_for_each(|val| self.check_validator(val, v))
            }
            (Type::Array(elem), ValueKind::Table) => {
                for i in 1..=v.array_len() as i64 {
                    let item = v.element(i);
                    self.nested(path, &format!("[{i}]"), elem, item.as_ref(), depth)?;
                }
                Ok(())
            }
            (Type::Map(kt, vt), ValueKind::Table) => {
                for (k, item) in v.entries() {
                    let label = match (k.kind(), k.string_bytes()) {
                        (_, Some(s)) => format!("[{:?}]", String::from_utf8_lossy(s)),
                        (ValueKind::Integer(i), _) => format!("[{i}]"),
                        (other, _) => format!("[{}]", other.type_name()),
                    };
                    self.nested(path, &label, kt, Some(&k), depth)?;
                    self.nested(path, &label, vt, Some(&item), depth)?;
                }
                Ok(())
            }
            (Type::Record(rec), ValueKind::Table) => {
                for f in rec.fields.iter() {
                    let name = self.names.text(f.name).into_owned();
                    let item = v.field(name.as_bytes());
                    if item.is_none() && f.optional {
                        continue;
                    }
                    let label = if path.is_empty() {
                        name
                    } else {
                        format!(".{name}")
                    };
                    self.nested(path, &label, f.ty, item.as_ref(), depth)?;
                }
                Ok(())
            }
            (Type::Open(_), ValueKind::Table) => Ok(()),
            (Type::Meta(_), ValueKind::Table | ValueKind::Userdata) => Ok(()),
            (Type::Param(p), _) => {
                let c = self.param(p).constraint;
                self.check_value(c, v, path, depth + 1)
            }
            _ => mismatch(self),
        }
    }

    /// Validates a part of a value (`None` = nil), extending the path on failure.
    fn nested<V: ValueView>(
        &mut self,
        path: &mut String,
        label: &str,
        ty: TypeId,
        item: Option<&V>,
        depth: u32,
    ) -> Result<(), String> {
        let len = path.len();
        path.push_str(label);
        let result = match item {
            Some(item) => self.check_value(ty, item, path, depth + 1),
            None => {
                if self.is_subtype(TypeId::NIL, ty) {
                    Ok(())
                } else {
                    Err(format!("expected {}, got nil", self.display(ty)))
                }
            }
        };
        if result.is_ok() {
            path.truncate(len);
        }
        result
    }

    fn check_validator<V: ValueView>(&self, val: &Validator, v: &V) -> Result<(), String> {
        let name = self.names.text(val.name);
        let num = val.args.first().and_then(|a| match a {
            ValidatorArg::Num(bits) => Some(f64::from_bits(*bits)),
            ValidatorArg::Str(_) => None,
        });
        let size = match v.kind() {
            ValueKind::String => v.string_bytes().map(|s| s.len()),
            ValueKind::Table => Some(v.array_len()),
            _ => None,
        };
        let value = match v.kind() {
            ValueKind::Integer(i) => Some(i as f64),
            ValueKind::Float(f) => Some(f),
            _ => None,
        };
        let ok = match (&*name, num) {
            ("min", Some(n)) => value.is_none() || value >= Some(n),
            ("max", Some(n)) => value.is_none() || value <= Some(n),
            ("min_len", Some(n)) => size.is_none() || size.map(|s| s as f64) >= Some(n),
            ("max_len", Some(n)) => size.is_none() || size.map(|s| s as f64) <= Some(n),
            ("pattern", _) => match val.args.first() {
                Some(ValidatorArg::Str(p)) => {
                    v.kind() != ValueKind::String || v.matches_pattern(self.names.bytes(*p))
                }
                _ => true,
            },
            _ => true,
        };
        if ok {
            return Ok(());
        }
        let arg = match val.args.first() {
            Some(ValidatorArg::Num(bits)) => f64::from_bits(*bits).to_string(),
            Some(ValidatorArg::Str(s)) => format!("{:?}", self.names.text(*s)),
            None => String::new(),
        };
        Err(format!("failed @{name}({arg})"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Field;

    /// A tiny value model for tests.
    #[derive(Clone, Debug)]
    enum V {
        Nil,
        Int(i64),
        Str(&'static str),
        Table(Vec<(V, V)>),
    }

    impl ValueView for V {
        fn kind(&self) -> ValueKind {
            match self {
                V::Nil => ValueKind::Nil,
                V::Int(i) => ValueKind::Integer(*i),
                V::Str(_) => ValueKind::String,
                V::Table(_) => ValueKind::Table,
            }
        }
        fn string_bytes(&self) -> Option<&[u8]> {
            match self {
                V::Str(s) => Some(s.as_bytes()),
                _ => None,
            }
        }
        fn field(&self, name: &[u8]) -> Option<V> {
            self.entries()
                .into_iter()
                .find(|(k, _)| k.string_bytes() == Some(name))
                .map(|(_, v)| v)
        }
        fn array_len(&self) -> usize {
            (1..).take_while(|&i| self.element(i).is_some()).count()
        }
        fn element(&self, i: i64) -> Option<V> {
            self.entries()
                .into_iter()
                .find(|(k, _)| matches!(k, V::Int(j) if *j == i))
                .map(|(_, v)| v)
        }
        fn entries(&self) -> Vec<(V, V)> {
            match self {
                V::Table(e) => e.clone(),
                _ => Vec::new(),
            }
        }
        fn matches_pattern(&self, pattern: &[u8]) -> bool {
            self.string_bytes().is_some_and(|s| s.starts_with(pattern))
        }
    }

    #[test]
    fn records_arrays_and_paths() {
        let mut a = TypeArena::new();
        let x = a.names.intern(b"x");
        let y = a.names.intern(b"y");
        let point = a.record(
            vec![
                Field {
                    name: x,
                    ty: TypeId::NUMBER,
                    optional: false,
                },
                Field {
                    name: y,
                    ty: TypeId::NUMBER,
                    optional: true,
                },
            ],
            None,
        );
        let good = V::Table(vec![
            (V::Str("x"), V::Int(1)),
            (V::Str("extra"), V::Str("ok")),
        ]);
        assert_eq!(a.validate(point, &good), Ok(()));
        let bad = V::Table(vec![(V::Str("x"), V::Int(1)), (V::Str("y"), V::Str("no"))]);
        assert_eq!(
            a.validate(point, &bad).unwrap_err().to_string(),
            "y: expected number, got string"
        );
        let arr = a.array(TypeId::INTEGER);
        let list = V::Table(vec![(V::Int(1), V::Int(5)), (V::Int(2), V::Str("x"))]);
        assert_eq!(
            a.validate(arr, &list).unwrap_err().to_string(),
            "[2]: expected integer, got string"
        );
        assert_eq!(
            a.validate(TypeId::NUMBER, &V::Str("s"))
                .unwrap_err()
                .to_string(),
            "expected number, got string"
        );
        let opt = a.optional(TypeId::STRING);
        assert!(a.validate(opt, &V::Nil).is_ok());
    }

    #[test]
    fn validators_apply() {
        let mut a = TypeArena::new();
        let min = a.names.intern(b"min");
        let pattern = a.names.intern(b"pattern");
        let ab = a.names.intern(b"ab");
        let ranged = a.validated(
            TypeId::NUMBER,
            vec![Validator {
                name: min,
                args: Box::new([ValidatorArg::Num(0f64.to_bits())]),
            }],
        );
        assert!(a.validate(ranged, &V::Int(3)).is_ok());
        assert_eq!(
            a.validate(ranged, &V::Int(-1)).unwrap_err().message,
            "failed @min(0)"
        );
        let pat = a.validated(
            TypeId::STRING,
            vec![Validator {
                name: pattern,
                args: Box::new([ValidatorArg::Str(ab)]),
            }],
        );
        assert!(a.validate(pat, &V::Str("abc")).is_ok());
        assert!(a.validate(pat, &V::Str("x")).is_err());
    }
}
