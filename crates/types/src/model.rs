//! The type model shared by the static checker and runtime validation.
//!
//! Types live in a [`TypeArena`] and are referred to by [`TypeId`] (a `u32`). Structurally equal
//! types are interned once, so equality is an integer comparison and nothing clones type trees.
//! Unions and intersections are normalised on construction (flattened, sorted, deduplicated).

use crate::intern::{Interner, Sym};
use hashbrown::{DefaultHashBuilder, HashTable};
use std::hash::BuildHasher;
use std::sync::Arc;

/// A handle to an interned type in a [`TypeArena`].
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

impl TypeId {
    /// `nil`
    pub const NIL: TypeId = TypeId(0);
    /// `boolean`
    pub const BOOLEAN: TypeId = TypeId(1);
    /// `number`
    pub const NUMBER: TypeId = TypeId(2);
    /// `integer` (a subtype of `number`)
    pub const INTEGER: TypeId = TypeId(3);
    /// `string`
    pub const STRING: TypeId = TypeId(4);
    /// `any`: compatible with everything in both directions.
    pub const ANY: TypeId = TypeId(5);
    /// `unknown`: the top type; must be narrowed before use.
    pub const UNKNOWN: TypeId = TypeId(6);
    /// `never`: the bottom type.
    pub const NEVER: TypeId = TypeId(7);
    /// The literal type `true`.
    pub const TRUE: TypeId = TypeId(8);
    /// The literal type `false`.
    pub const FALSE: TypeId = TypeId(9);
    /// `table`: any table value.
    pub const TABLE: TypeId = TypeId(10);
    /// `function`: any function value (written `fn` in declarations).
    pub const FUNCTION: TypeId = TypeId(11);
    /// `thread`: a coroutine.
    pub const THREAD: TypeId = TypeId(12);
    /// `userdata`: a host object.
    pub const USERDATA: TypeId = TypeId(13);
}

/// A literal (singleton) type.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Literal {
    /// A string literal.
    Str(Sym),
    /// An integer literal.
    Int(i64),
    /// A float literal (its bit pattern, so it can be hashed).
    Float(u64),
    /// `true` or `false`.
    Bool(bool),
}

/// One argument of a validator (`@min(0)`, `@pattern("^a")`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum ValidatorArg {
    /// A number (bit pattern of the `f64`).
    Num(u64),
    /// A string.
    Str(Sym),
}

/// A runtime validator attached to a type. Ignored by static subtyping.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Validator {
    /// `min`, `max`, `min_len`, `max_len`, `pattern`, ...
    pub name: Sym,
    /// Its literal arguments.
    pub args: Box<[ValidatorArg]>,
}

/// A named field of a record type.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    /// The field name.
    pub name: Sym,
    /// The field's type.
    pub ty: TypeId,
    /// Declared with `?:` (may be absent).
    pub optional: bool,
}

/// A record (table with named fields, optionally with one indexer).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Record {
    /// Named fields in declaration order.
    pub fields: Box<[Field]>,
    /// The `[K]: V` indexer, if any.
    pub indexer: Option<(TypeId, TypeId)>,
}

impl Record {
    /// The field called `name`, if declared.
    pub fn field(&self, name: Sym) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// A function type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Function {
    /// Generic parameters (each a [`Type::Param`]).
    pub generics: Box<[TypeId]>,
    /// Fixed parameter types (a method's `self` is the first).
    pub params: Box<[TypeId]>,
    /// Type of the extra arguments if the function is variadic.
    pub vararg: Option<TypeId>,
    /// Fixed result types.
    pub returns: Box<[TypeId]>,
    /// Type of further results if the result list is variadic.
    pub ret_vararg: Option<TypeId>,
}

/// A type. Composite variants refer to their parts by [`TypeId`]; their payloads are shared
/// (`Arc`), so copying a `Type` out of the arena never allocates.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// `nil`
    Nil,
    /// `boolean`
    Boolean,
    /// `number`
    Number,
    /// `integer`
    Integer,
    /// `string`
    String,
    /// `any`
    Any,
    /// `unknown`
    Unknown,
    /// `never`
    Never,
    /// Any table.
    Table,
    /// Any function.
    AnyFunction,
    /// A coroutine.
    Thread,
    /// A host object.
    Userdata,
    /// A literal type.
    Literal(Literal),
    /// A normalised union of at least two members (sorted by id, no nested unions).
    Union(Arc<[TypeId]>),
    /// An intersection of at least two members.
    Intersection(Arc<[TypeId]>),
    /// `{T}`
    Array(TypeId),
    /// `{[K]: V}`
    Map(TypeId, TypeId),
    /// `{name: T, ...}`
    Record(Arc<Record>),
    /// A function type.
    Function(Arc<Function>),
    /// A generic type parameter (index into the arena's parameter table).
    Param(u32),
    /// A (possibly recursive) reference to a generic or recursive alias, expanded on demand.
    Alias(u32, Box<[TypeId]>),
    /// A type carrying runtime validators.
    Validated(TypeId, Box<[Validator]>),
    /// A type used as a runtime value (`Point` in `Point:is(x)`).
    Meta(TypeId),
    /// A table under construction (`local M = {}` then `M.f = ...`); see [`TypeArena::open`].
    Open(u32),
}

/// A generic type parameter.
#[derive(Clone, Debug)]
pub struct ParamDef {
    /// The parameter's name.
    pub name: Sym,
    /// Its constraint (`any` when unconstrained).
    pub constraint: TypeId,
}

/// A type alias that needs lazy expansion (generic or recursive).
#[derive(Clone, Debug)]
pub struct AliasDef {
    /// The alias name.
    pub name: Sym,
    /// Its generic parameters (each a [`Type::Param`]).
    pub params: Box<[TypeId]>,
    /// The aliased type (`any` until resolved).
    pub body: TypeId,
}

/// A field of an unsealed table.
#[derive(Copy, Clone, Debug)]
pub struct OpenField {
    /// The field name.
    pub name: Sym,
    /// The type of the value stored.
    pub ty: TypeId,
    /// Whether the stored value was backed by annotations (a typed function).
    pub strict: bool,
}

/// The fields of an unsealed table known so far.
#[derive(Clone, Debug, Default)]
pub struct OpenTable {
    /// Fields in assignment order.
    pub fields: Vec<OpenField>,
}

/// Owner of all types, names, generic parameters, aliases and open tables.
#[derive(Debug)]
pub struct TypeArena {
    types: Vec<Type>,
    table: HashTable<u32>,
    hasher: DefaultHashBuilder,
    /// Interned names and string literals.
    pub names: Interner,
    params: Vec<ParamDef>,
    aliases: Vec<AliasDef>,
    opens: Vec<OpenTable>,
    /// Memoised expansions of [`Type::Alias`] applications.
    pub(crate) expansions: hashbrown::HashMap<TypeId, TypeId>,
}

impl Default for TypeArena {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeArena {
    /// A new arena holding the built-in types at their fixed ids.
    pub fn new() -> TypeArena {
        let mut arena = TypeArena {
            types: Vec::new(),
            table: HashTable::new(),
            hasher: DefaultHashBuilder::default(),
            names: Interner::default(),
            params: Vec::new(),
            aliases: Vec::new(),
            opens: Vec::new(),
            expansions: hashbrown::HashMap::new(),
        };
        for ty in [
            Type::Nil,
            Type::Boolean,
            Type::Number,
            Type::Integer,
            Type::String,
            Type::Any,
            Type::Unknown,
            Type::Never,
            Type::Literal(Literal::Bool(true)),
            Type::Literal(Literal::Bool(false)),
            Type::Table,
            Type::AnyFunction,
            Type::Thread,
            Type::Userdata,
        ] {
            arena.intern(ty);
        }
        arena
    }

    /// The type behind an id.
    #[inline]
    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    /// How many distinct types exist.
    pub fn len(&self) -> usize {
        self.types.len()
    }

    /// Always false: the built-in types are always present.
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// Interns a type (no normalisation: use the constructors for unions and intersections).
    pub fn intern(&mut self, ty: Type) -> TypeId {
        let hash = self.hasher.hash_one(&ty);
        let types = &self.types;
        if let Some(&id) = self.table.find(hash, |&id| types[id as usize] == ty) {
            return TypeId(id);
        }
        let id = self.types.len() as u32;
        self.types.push(ty);
        let (types, hasher) = (&self.types, &self.hasher);
        self.table
            .insert_unique(hash, id, |&id| hasher.hash_one(&types[id as usize]));
        TypeId(id)
    }

    /// A string literal type.
    pub fn str_lit(&mut self, text: &[u8]) -> TypeId {
        let sym = self.names.intern(text);
        self.intern(Type::Literal(Literal::Str(sym)))
    }

    /// A number literal type (integer-valued floats stay floats, as in Lua).
    pub fn int_lit(&mut self, value: i64) -> TypeId {
        self.intern(Type::Literal(Literal::Int(value)))
    }

    /// A float literal type.
    pub fn float_lit(&mut self, value: f64) -> TypeId {
        self.intern(Type::Literal(Literal::Float(value.to_bits())))
    }

    /// `{T}`
    pub fn array(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Array(elem))
    }

    /// `{[K]: V}`
    pub fn map(&mut self, key: TypeId, value: TypeId) -> TypeId {
        self.intern(Type::Map(key, value))
    }

    /// A record type.
    pub fn record(&mut self, fields: Vec<Field>, indexer: Option<(TypeId, TypeId)>) -> TypeId {
        let rec = Record {
            fields: fields.into_boxed_slice(),
            indexer,
        };
        self.intern(Type::Record(Arc::new(rec)))
    }

    /// A function type.
    pub fn function(&mut self, f: Function) -> TypeId {
        self.intern(Type::Function(Arc::new(f)))
    }

    /// The type of an unannotated function: any arguments, any results.
    pub fn untyped_function(&mut self) -> TypeId {
        self.function(Function {
            generics: Box::new([]),
            params: Box::new([]),
            vararg: Some(TypeId::ANY),
            returns: Box::new([]),
            ret_vararg: Some(TypeId::ANY),
        })
    }

    /// `T?` = `T | nil`.
    pub fn optional(&mut self, ty: TypeId) -> TypeId {
        self.union(&[ty, TypeId::NIL])
    }

    /// A type with validators (validators never change static subtyping).
    pub fn validated(&mut self, ty: TypeId, validators: Vec<Validator>) -> TypeId {
        if validators.is_empty() {
            return ty;
        }
        self.intern(Type::Validated(ty, validators.into_boxed_slice()))
    }

    /// A type used as a runtime value.
    pub fn meta(&mut self, ty: TypeId) -> TypeId {
        self.intern(Type::Meta(ty))
    }

    /// A fresh generic parameter named `name` (constraint set later with [`Self::set_constraint`]).
    pub fn new_param(&mut self, name: Sym) -> TypeId {
        let index = self.params.len() as u32;
        self.params.push(ParamDef {
            name,
            constraint: TypeId::ANY,
        });
        self.intern(Type::Param(index))
    }

    /// Sets the constraint of a generic parameter created by [`Self::new_param`].
    pub fn set_constraint(&mut self, param: TypeId, constraint: TypeId) {
        if let Type::Param(i) = *self.get(param) {
            self.params[i as usize].constraint = constraint;
        }
    }

    /// The definition of generic parameter `index`.
    pub fn param(&self, index: u32) -> &ParamDef {
        &self.params[index as usize]
    }

    /// Declares a lazily expanded alias; its body is set with [`Self::set_alias_body`].
    pub fn new_alias(&mut self, name: Sym, params: Box<[TypeId]>) -> u32 {
        self.aliases.push(AliasDef {
            name,
            params,
            body: TypeId::ANY,
        });
        self.aliases.len() as u32 - 1
    }

    /// Sets the body of an alias made by [`Self::new_alias`].
    pub fn set_alias_body(&mut self, alias: u32, body: TypeId) {
        self.aliases[alias as usize].body = body;
    }

    /// The definition of alias `index`.
    pub fn alias(&self, index: u32) -> &AliasDef {
        &self.aliases[index as usize]
    }

    /// A new, empty unsealed table type.
    pub fn open(&mut self) -> TypeId {
        self.opens.push(OpenTable::default());
        let id = self.opens.len() as u32 - 1;
        self.intern(Type::Open(id))
    }

    /// The fields of open table `index`.
    pub fn open_table(&self, index: u32) -> &OpenTable {
        &self.opens[index as usize]
    }

    /// Records that field `name` of open table `index` holds `ty` (a conflicting redefinition
    /// makes the field `any`).
    pub fn set_open_field(&mut self, index: u32, name: Sym, ty: TypeId, strict: bool) {
        let fields = &mut self.opens[index as usize].fields;
        match fields.iter_mut().find(|f| f.name == name) {
            Some(old) if old.ty != ty || old.strict != strict => {
                old.ty = TypeId::ANY;
                old.strict = false;
            }
            Some(_) => {}
            None => fields.push(OpenField { name, ty, strict }),
        }
    }

    /// The union of `members`, normalised: nested unions flattened, `never` dropped, literals
    /// absorbed by their primitive, `any`/`unknown` absorbing everything.
    pub fn union(&mut self, members: &[TypeId]) -> TypeId {
        let mut flat: smallvec::SmallVec<[TypeId; 8]> = smallvec::SmallVec::new();
        for &m in members {
            match self.get(m) {
                Type::Union(inner) => flat.extend(inner.iter().copied()),
                Type::Any => return TypeId::ANY,
                Type::Never => {}
                _ => flat.push(m),
            }
        }
        if flat.contains(&TypeId::UNKNOWN) {
            return TypeId::UNKNOWN;
        }
        flat.sort_unstable();
        flat.dedup();
        let has = |flat: &[TypeId], t: TypeId| flat.binary_search(&t).is_ok();
        let snapshot = flat.clone();
        flat.retain(|t| match self.types[t.0 as usize] {
            Type::Literal(Literal::Str(_)) => !has(&snapshot, TypeId::STRING),
            Type::Literal(Literal::Int(_)) => {
                !has(&snapshot, TypeId::INTEGER) && !has(&snapshot, TypeId::NUMBER)
            }
            Type::Literal(Literal::Float(_)) => !has(&snapshot, TypeId::NUMBER),
            Type::Literal(Literal::Bool(_)) => !has(&snapshot, TypeId::BOOLEAN),
            Type::Integer => !has(&snapshot, TypeId::NUMBER),
            _ => true,
        });
        if has(&flat, TypeId::TRUE) && has(&flat, TypeId::FALSE) {
            flat.retain(|t| *t != TypeId::TRUE && *t != TypeId::FALSE);
            let pos = flat.binary_search(&TypeId::BOOLEAN).unwrap_or_else(|p| p);
            flat.insert(pos, TypeId::BOOLEAN);
        }
        match flat.len() {
            0 => TypeId::NEVER,
            1 => flat[0],
            _ => self.intern(Type::Union(flat.as_slice().into())),
        }
    }

    /// The intersection of `members` (flattened; `any`/`unknown` dropped, `never` absorbing).
    pub fn intersection(&mut self, members: &[TypeId]) -> TypeId {
        let mut flat: Vec<TypeId> = Vec::with_capacity(members.len());
        for &m in members {
            match self.get(m) {
                Type::Intersection(inner) => flat.extend(inner.iter().copied()),
                Type::Never => return TypeId::NEVER,
                Type::Any | Type::Unknown => {}
                _ => flat.push(m),
            }
        }
        flat.dedup();
        match flat.len() {
            0 => TypeId::ANY,
            1 => flat[0],
            _ => self.intern(Type::Intersection(flat.into())),
        }
    }

    /// The members of a union, or the type itself.
    pub fn members(&self, ty: TypeId) -> Members {
        match self.get(ty) {
            Type::Union(members) => members.iter().copied().collect(),
            _ => smallvec::smallvec![ty],
        }
    }
}

/// The members of a union, copied out so the arena can be modified while using them.
pub type Members = smallvec::SmallVec<[TypeId; 8]>;
