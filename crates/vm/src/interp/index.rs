//! Indexing with `__index` / `__newindex` chains.

use crate::error::{LuaError, LuaResult};
use crate::meta::MetaMethod;
use crate::value::Value;
use crate::vm::Vm;

use super::Step;

/// Maximum length of an `__index`/`__newindex` chain (MAXTAGLOOP).
const MAX_TAG_LOOP: usize = 2000;

impl Vm {
    /// `t[key]` after the raw fast path failed.
    pub(crate) fn index_slow(&mut self, mut t: Value, key: Value, _dest: usize) -> LuaResult<Step> {
        for depth in 0..MAX_TAG_LOOP {
            let h = if let Value::Table(tt) = t {
                let v = tt.get(&key);
                if !v.is_nil() {
                    return Ok(Step::Value(v));
                }
                match tt.meta {
                    None => return Ok(Step::Value(Value::Nil)),
                    Some(mt) => {
                        let h = self.names.lookup(&mt, MetaMethod::Index);
                        if h.is_nil() {
                            return Ok(Step::Value(Value::Nil));
                        }
                        h
                    }
                }
            } else {
                let h = self.metamethod(&t, MetaMethod::Index);
                if h.is_nil() {
                    return Err(self.index_error(&t, &key, depth == 0));
                }
                h
            };
            if h.is_function() {
                return self.call_metamethod(h, &[t, key], 0);
            }
            t = h;
        }
        Err(LuaError::rt("'__index' chain too long; possible loop"))
    }

    /// `t[key] = v` with `__newindex`.
    pub(crate) fn set_index(
        &mut self,
        mut t: Value,
        key: Value,
        v: Value,
        _top: usize,
    ) -> LuaResult<Step> {
        for depth in 0..MAX_TAG_LOOP {
            let h = if let Value::Table(tt) = t {
                let h = match tt.meta {
                    None => Value::Nil,
                    Some(mt) => self.names.lookup(&mt, MetaMethod::NewIndex),
                };
                if h.is_nil() || !tt.get(&key).is_nil() {
                    self.raw_set(tt, key, v)?;
                    return Ok(Step::Value(Value::Nil));
                }
                h
            } else {
                let h = self.metamethod(&t, MetaMethod::NewIndex);
                if h.is_nil() {
                    return Err(self.index_error(&t, &key, depth == 0));
                }
                h
            };
            if h.is_function() {
                return self.call_metamethod(h, &[t, key, v], 0);
            }
            t = h;
        }
        Err(LuaError::rt("'__newindex' chain too long; possible loop"))
    }

    /// Non-stackless `t[k]` for native functions (may call Lua metamethods in a nested loop).
    pub fn index(&mut self, t: Value, key: Value) -> LuaResult<Value> {
        let mut t = t;
        for _ in 0..MAX_TAG_LOOP {
            let h = if let Value::Table(tt) = t {
                let v = tt.get(&key);
                if !v.is_nil() {
                    return Ok(v);
                }
                match tt.meta.map(|mt| self.names.lookup(&mt, MetaMethod::Index)) {
                    None | Some(Value::Nil) => return Ok(Value::Nil),
                    Some(h) => h,
                }
            } else {
                let h = self.metamethod(&t, MetaMethod::Index);
                if h.is_nil() {
                    return Err(LuaError::rt(format!(
                        "attempt to index a {} value",
                        self.type_name_meta(&t)
                    )));
                }
                h
            };
            if h.is_function() {
                return Ok(self
                    .call(h, &[t, key])?
                    .first()
                    .copied()
                    .unwrap_or(Value::Nil));
            }
            t = h;
        }
        Err(LuaError::rt("'__index' chain too long; possible loop"))
    }

    /// Non-stackless `t[k] = v` for native functions.
    pub fn set(&mut self, t: Value, key: Value, v: Value) -> LuaResult<()> {
        let mut t = t;
        for _ in 0..MAX_TAG_LOOP {
            let h = if let Value::Table(tt) = t {
                let h = tt
                    .meta
                    .map(|mt| self.names.lookup(&mt, MetaMethod::NewIndex))
                    .unwrap_or(Value::Nil);
                if h.is_nil() || !tt.get(&key).is_nil() {
                    return self.raw_set(tt, key, v);
                }
                h
            } else {
                let h = self.metamethod(&t, MetaMethod::NewIndex);
                if h.is_nil() {
                    return Err(LuaError::rt(format!(
                        "attempt to index a {} value",
                        self.type_name_meta(&t)
                    )));
                }
                h
            };
            if h.is_function() {
                self.call(h, &[t, key, v])?;
                return Ok(());
            }
            t = h;
        }
        Err(LuaError::rt("'__newindex' chain too long; possible loop"))
    }

    /// `attempt to index a X value`; the variable description applies only when the failing
    /// value is the instruction's own operand (not a value reached through `__index`).
    fn index_error(&mut self, t: &Value, key: &Value, is_operand: bool) -> LuaError {
        let _ = key;
        let info = if is_operand { self.indexed_info() } else { String::new() };
        let tn = self.type_name_meta(t);
        LuaError::rt(format!("attempt to index a {} value{}", tn, info))
    }
}
