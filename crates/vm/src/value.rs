//! The Lua value: a 16-byte `Copy` enum (tag + 8-byte payload).

use crate::function::{LuaClosure, NativeClosure};
use crate::gc::{Gc, LuaStr};
use crate::table::Table;
use crate::thread::Thread;
use crate::userdata::UserData;

/// A Lua value. Heap objects are pointers into the owning process heap.
#[derive(Clone, Copy, Debug, Default)]
pub enum Value {
    /// `nil`
    #[default]
    Nil,
    /// `true` / `false`
    Bool(bool),
    /// An integer (the integer subtype of number).
    Int(i64),
    /// A float (the float subtype of number).
    Float(f64),
    /// A string.
    Str(LuaStr),
    /// A table.
    Table(Gc<Table>),
    /// A Lua function (closure over a `Proto`).
    LuaFn(Gc<LuaClosure>),
    /// A native (Rust) function.
    NativeFn(Gc<NativeClosure>),
    /// A light userdata: an opaque pointer-sized number.
    LightUserData(usize),
    /// A full userdata.
    UserData(Gc<UserData>),
    /// A coroutine.
    Thread(Gc<Thread>),
}

/// The eight Lua types of `type()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LuaType {
    /// `nil`
    Nil,
    /// `boolean`
    Boolean,
    /// `number`
    Number,
    /// `string`
    String,
    /// `table`
    Table,
    /// `function`
    Function,
    /// `userdata`
    UserData,
    /// `thread`
    Thread,
}

impl LuaType {
    /// The name `type()` returns.
    pub fn name(self) -> &'static str {
        match self {
            LuaType::Nil => "nil",
            LuaType::Boolean => "boolean",
            LuaType::Number => "number",
            LuaType::String => "string",
            LuaType::Table => "table",
            LuaType::Function => "function",
            LuaType::UserData => "userdata",
            LuaType::Thread => "thread",
        }
    }
}

impl Value {
    /// The value's Lua type.
    #[inline]
    pub fn lua_type(&self) -> LuaType {
        match self {
            Value::Nil => LuaType::Nil,
            Value::Bool(_) => LuaType::Boolean,
            Value::Int(_) | Value::Float(_) => LuaType::Number,
            Value::Str(_) => LuaType::String,
            Value::Table(_) => LuaType::Table,
            Value::LuaFn(_) | Value::NativeFn(_) => LuaType::Function,
            Value::LightUserData(_) | Value::UserData(_) => LuaType::UserData,
            Value::Thread(_) => LuaType::Thread,
        }
    }

    /// The name `type()` returns.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        self.lua_type().name()
    }

    /// Lua truthiness: everything but `nil` and `false` is true.
    #[inline(always)]
    pub fn truthy(&self) -> bool {
        !matches!(self, Value::Nil | Value::Bool(false))
    }

    /// Whether the value is `nil`.
    #[inline(always)]
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }

    /// Whether the value is a function (Lua or native).
    pub fn is_function(&self) -> bool {
        matches!(self, Value::LuaFn(_) | Value::NativeFn(_))
    }

    /// Raw equality (`rawequal`): no metamethods; integers and floats compare mathematically.
    #[inline]
    pub fn raw_eq(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Nil, Value::Nil) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::Int(a), Value::Float(b)) | (Value::Float(b), Value::Int(a)) => {
                crate::number::int_eq_float(*a, *b)
            }
            (Value::Str(a), Value::Str(b)) => a.lua_eq(b),
            (Value::Table(a), Value::Table(b)) => a == b,
            (Value::LuaFn(a), Value::LuaFn(b)) => a == b,
            (Value::NativeFn(a), Value::NativeFn(b)) => a == b,
            (Value::LightUserData(a), Value::LightUserData(b)) => a == b,
            (Value::UserData(a), Value::UserData(b)) => a == b,
            (Value::Thread(a), Value::Thread(b)) => a == b,
            _ => false,
        }
    }

    /// Address of the referenced object, for `tostring` of tables, functions, threads, userdata.
    pub fn object_addr(&self) -> Option<usize> {
        Some(match self {
            Value::Table(t) => t.addr(),
            Value::LuaFn(f) => f.addr(),
            Value::NativeFn(f) => f.addr(),
            Value::UserData(u) => u.addr(),
            Value::Thread(t) => t.addr(),
            Value::LightUserData(p) => *p,
            Value::Str(s) => s.addr(),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_16_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }
}
