//! Lua tables: an array part for keys `1..n` plus an insertion-ordered hash part (hashbrown index
//! over an entry vector). Removing a key keeps its entry as a tombstone, so `next` order is stable
//! while existing fields are assigned or cleared during a traversal.

use std::cell::Cell;

use hashbrown::HashTable;

use crate::gc::Gc;
use crate::number::float_to_int;
use crate::value::Value;

/// A table key error (`t[nil] = v`, `t[0/0] = v`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyError {
    /// The key is nil.
    Nil,
    /// The key is NaN.
    NaN,
}

/// `next` was given a key that is not in the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidKey;

/// A Lua table.
#[derive(Default)]
pub struct Table {
    arr: Vec<Value>,
    entries: Vec<(Value, Value)>,
    index: HashTable<u32>,
    /// Number of entries whose value is nil (tombstones).
    dead: u32,
    /// The metatable.
    pub meta: Option<Gc<Table>>,
    /// Cache of metamethods known to be absent when this table is used as a metatable
    /// (bit per [`crate::meta::MetaMethod`]); cleared on every hash-part write.
    pub(crate) absent: Cell<u32>,
}

#[inline(always)]
fn mix(x: u64) -> u64 {
    // fxhash-style multiply; high bits feed hashbrown's control bytes.
    x.wrapping_mul(0x517c_c1b7_2722_0a95).rotate_left(26)
}

/// Hash of a (normalised) key.
#[inline(always)]
fn key_hash(k: &Value) -> u64 {
    match k {
        Value::Str(s) => mix(s.hash() as u64),
        Value::Int(i) => mix(*i as u64),
        Value::Float(f) => mix(f.to_bits()),
        Value::Bool(b) => mix(*b as u64 + 1),
        other => mix(other.object_addr().unwrap_or(0) as u64),
    }
}

/// Key equality for normalised keys (no int/float mixing: floats with integer values were
/// converted to integers).
#[inline(always)]
fn key_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.lua_eq(y),
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Nil, _) | (_, Value::Nil) => false,
        _ => a.raw_eq(b),
    }
}

/// Converts float keys with an integer value to integer keys.
#[inline(always)]
pub fn normalize_key(k: Value) -> Value {
    if let Value::Float(f) = k {
        if let Some(i) = float_to_int(f) {
            return Value::Int(i);
        }
    }
    k
}

impl Table {
    /// A table with room for `narr` array items and `nhash` hash entries.
    pub fn with_capacity(narr: usize, nhash: usize) -> Table {
        Table {
            arr: Vec::with_capacity(narr),
            entries: Vec::with_capacity(nhash),
            index: HashTable::with_capacity(nhash),
            ..Default::default()
        }
    }

    /// Approximate bytes owned by this table (for heap accounting).
    pub fn alloc_size(&self) -> usize {
        std::mem::size_of::<Table>()
            + self.arr.capacity() * 16
            + self.entries.capacity() * 32
            + self.index.capacity() * 5
    }

    /// The array part (positions `1..=len`, possibly containing nils).
    #[inline(always)]
    pub fn array(&self) -> &[Value] {
        &self.arr
    }

    /// Raw get with any key.
    #[inline]
    pub fn get(&self, key: &Value) -> Value {
        match key {
            Value::Int(i) => self.get_int(*i),
            Value::Str(_) => self.get_hashed(key),
            Value::Nil => Value::Nil,
            Value::Float(f) => match float_to_int(*f) {
                Some(i) => self.get_int(i),
                None => self.get_hashed(key),
            },
            _ => self.get_hashed(key),
        }
    }

    /// Raw get with an integer key.
    #[inline(always)]
    pub fn get_int(&self, i: i64) -> Value {
        let idx = (i as u64).wrapping_sub(1);
        if idx < self.arr.len() as u64 {
            return self.arr[idx as usize];
        }
        if self.entries.is_empty() {
            return Value::Nil;
        }
        self.get_hashed(&Value::Int(i))
    }

    /// Raw get with a string key.
    #[inline(always)]
    pub fn get_str(&self, key: &Value) -> Value {
        if self.entries.is_empty() {
            return Value::Nil;
        }
        self.get_hashed(key)
    }

    #[inline]
    fn find(&self, key: &Value) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(key_hash(key), |&i| key_eq(&entries[i as usize].0, key))
            .map(|&i| i as usize)
    }

    #[inline]
    fn get_hashed(&self, key: &Value) -> Value {
        match self.find(key) {
            Some(i) => self.entries[i].1,
            None => Value::Nil,
        }
    }

    /// Raw set. Errors for nil and NaN keys. Returns the growth in bytes of the table's storage.
    pub fn set(&mut self, key: Value, val: Value) -> Result<isize, KeyError> {
        let key = match key {
            Value::Nil => return Err(KeyError::Nil),
            Value::Float(f) if f.is_nan() => return Err(KeyError::NaN),
            k => normalize_key(k),
        };
        Ok(self.set_normalized(key, val))
    }

    /// Raw set with an integer key.
    #[inline]
    pub fn set_int(&mut self, i: i64, val: Value) -> isize {
        let idx = (i as u64).wrapping_sub(1);
        if idx < self.arr.len() as u64 {
            self.arr[idx as usize] = val;
            return 0;
        }
        self.set_normalized(Value::Int(i), val)
    }

    /// Raw set with a key that is already normalised and valid.
    pub(crate) fn set_normalized(&mut self, key: Value, val: Value) -> isize {
        if let Value::Int(i) = key {
            let idx = (i as u64).wrapping_sub(1);
            if idx < self.arr.len() as u64 {
                self.arr[idx as usize] = val;
                return 0;
            }
            if idx == self.arr.len() as u64 && !val.is_nil() && self.find(&key).is_none() {
                let before = self.alloc_size();
                self.arr.push(val);
                self.migrate_from_hash();
                return self.alloc_size() as isize - before as isize;
            }
        }
        self.absent.set(0);
        if let Some(i) = self.find(&key) {
            let e = &mut self.entries[i];
            if e.1.is_nil() && !val.is_nil() {
                self.dead -= 1;
            } else if !e.1.is_nil() && val.is_nil() {
                self.dead += 1;
            }
            e.1 = val;
            return 0;
        }
        if val.is_nil() {
            return 0;
        }
        let before = self.alloc_size();
        if self.entries.len() == self.entries.capacity() {
            // The hash part is full: re-balance like PUC's rehash (integer keys may move to
            // the array part), dropping tombstones.
            self.rehash(&key);
            if let Value::Int(i) = key {
                let idx = (i as u64).wrapping_sub(1);
                if idx < self.arr.len() as u64 {
                    self.arr[idx as usize] = val;
                    return self.alloc_size() as isize - before as isize;
                }
            }
        }
        let idx = self.entries.len() as u32;
        self.entries.push((key, val));
        let entries = &self.entries;
        self.index
            .insert_unique(key_hash(&key), idx, |&i| key_hash(&entries[i as usize].0));
        self.alloc_size() as isize - before as isize
    }

    /// After the array part grew, moves keys `n+1, n+2, ...` from the hash part into it.
    fn migrate_from_hash(&mut self) {
        if self.entries.len() == self.dead as usize {
            return;
        }
        loop {
            let next = Value::Int(self.arr.len() as i64 + 1);
            match self.find(&next) {
                Some(i) if !self.entries[i].1.is_nil() => {
                    let v = self.entries[i].1;
                    self.entries[i].1 = Value::Nil;
                    self.dead += 1;
                    self.arr.push(v);
                }
                _ => break,
            }
        }
    }

    /// PUC's `rehash`/`computesizes`: chooses the largest array size `n` (a power of two) such
    /// that more than half of the slots `1..=n` would be used, counting the live integer keys of
    /// both parts plus `new_key`; then moves keys between the parts and drops tombstones. Only
    /// called when inserting a new key, which invalidates traversals anyway.
    fn rehash(&mut self, new_key: &Value) {
        let mut nums = [0u32; 65];
        let mut total = 0u32;
        let mut count = |k: i64| {
            if k >= 1 {
                let slot = if k == 1 {
                    0
                } else {
                    64 - ((k - 1) as u64).leading_zeros() as usize
                };
                nums[slot] += 1;
                total += 1;
            }
        };
        for (i, v) in self.arr.iter().enumerate() {
            if !v.is_nil() {
                count(i as i64 + 1);
            }
        }
        for (k, v) in &self.entries {
            if let (Value::Int(i), false) = (k, v.is_nil()) {
                count(*i);
            }
        }
        if let Value::Int(i) = new_key {
            count(*i);
        }
        let mut acc = 0u32;
        let mut optimal = 0usize;
        let mut two_to_i = 1u64;
        for n in nums.iter() {
            if total as u64 <= two_to_i / 2 {
                break;
            }
            acc += n;
            if acc as u64 > two_to_i / 2 {
                optimal = two_to_i as usize;
            }
            two_to_i *= 2;
        }
        let old_arr = std::mem::take(&mut self.arr);
        let old_entries = std::mem::take(&mut self.entries);
        self.arr = vec![Value::Nil; optimal];
        let live_hash = old_entries.iter().filter(|e| !e.1.is_nil()).count();
        self.entries = Vec::with_capacity((live_hash + 1).next_power_of_two().max(4));
        self.dead = 0;
        for (i, v) in old_arr.into_iter().enumerate() {
            if !v.is_nil() {
                self.place(Value::Int(i as i64 + 1), v);
            }
        }
        for (k, v) in old_entries {
            if !v.is_nil() {
                self.place(k, v);
            }
        }
        self.rebuild_index();
    }

    /// Puts a live entry in the array part if its key fits, else appends it to the entries
    /// (the index is rebuilt by the caller).
    fn place(&mut self, k: Value, v: Value) {
        if let Value::Int(i) = k {
            let idx = (i as u64).wrapping_sub(1);
            if idx < self.arr.len() as u64 {
                self.arr[idx as usize] = v;
                return;
            }
        }
        self.entries.push((k, v));
    }

    fn rebuild_index(&mut self) {
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            let entries = &self.entries;
            self.index.insert_unique(key_hash(&e.0), i as u32, |&j| {
                key_hash(&entries[j as usize].0)
            });
        }
    }

    /// Grows the array part to at least `n` slots (SETLIST's `luaH_resizearray`), moving integer
    /// keys in range out of the hash part.
    pub fn ensure_array(&mut self, n: usize) {
        if n <= self.arr.len() {
            return;
        }
        let old = self.arr.len();
        self.arr.resize(n, Value::Nil);
        if self.entries.len() > self.dead as usize {
            for e in self.entries.iter_mut() {
                if let (Value::Int(i), false) = (e.0, e.1.is_nil()) {
                    if i as u64 > old as u64 && i as u64 <= n as u64 {
                        self.arr[i as usize - 1] = e.1;
                        e.1 = Value::Nil;
                        self.dead += 1;
                    }
                }
            }
        }
    }

    /// Preallocates the array part to exactly `n` slots filled with nil (NEWTABLE's hint).
    pub fn presize_array(&mut self, n: usize) {
        if self.arr.is_empty() && n > 0 {
            self.arr.resize(n, Value::Nil);
        }
    }

    /// Lua's `#` border (raw length), following PUC's `luaH_getn`.
    pub fn border(&self) -> i64 {
        let j = self.arr.len();
        if j > 0 && self.arr[j - 1].is_nil() {
            // Binary search for a border in the array part.
            let (mut i, mut j) = (0usize, j);
            while j - i > 1 {
                let m = (i + j) / 2;
                if self.arr[m - 1].is_nil() {
                    j = m;
                } else {
                    i = m;
                }
            }
            return i as i64;
        }
        if self.entries.len() == self.dead as usize {
            return j as i64;
        }
        // Unbound search in the hash part.
        let mut i = j as i64;
        let mut j = i + 1;
        while !self.get_int(j).is_nil() {
            i = j;
            if j > i64::MAX / 2 {
                // Pathological table: linear search.
                let mut k = 1;
                while !self.get_int(k).is_nil() {
                    k += 1;
                }
                return k - 1;
            }
            j *= 2;
        }
        while j - i > 1 {
            let m = (i + j) / 2;
            if self.get_int(m).is_nil() {
                j = m;
            } else {
                i = m;
            }
        }
        i
    }

    /// The entry after `key` in traversal order (`next`). `Ok(None)` at the end; `Err` if `key`
    /// is not in the table.
    pub fn next(&self, key: &Value) -> Result<Option<(Value, Value)>, InvalidKey> {
        let start_hash = match normalize_key(*key) {
            Value::Nil => {
                if let Some(r) = self.next_in_array(0) {
                    return Ok(Some(r));
                }
                0
            }
            Value::Int(i) if i >= 1 && (i as u64) <= self.arr.len() as u64 => {
                if let Some(r) = self.next_in_array(i as usize) {
                    return Ok(Some(r));
                }
                0
            }
            k => match self.find(&k) {
                Some(idx) => idx + 1,
                None => return Err(InvalidKey),
            },
        };
        Ok(self.entries[start_hash..]
            .iter()
            .find(|e| !e.1.is_nil())
            .copied())
    }

    fn next_in_array(&self, from: usize) -> Option<(Value, Value)> {
        self.arr[from..]
            .iter()
            .enumerate()
            .find(|(_, v)| !v.is_nil())
            .map(|(i, v)| (Value::Int((from + i + 1) as i64), *v))
    }

    /// Visits every non-nil (key, value) pair (for the collector and copying).
    pub fn for_each(&self, mut f: impl FnMut(&Value, &Value)) {
        for (i, v) in self.arr.iter().enumerate() {
            if !v.is_nil() {
                f(&Value::Int(i as i64 + 1), v);
            }
        }
        for (k, v) in &self.entries {
            if !v.is_nil() {
                f(k, v);
            }
        }
    }

    /// Removes entries for which `dead(key, value)` holds (weak-table clearing).
    pub(crate) fn clear_where(&mut self, mut dead: impl FnMut(&Value, &Value) -> bool) {
        for (i, v) in self.arr.iter_mut().enumerate() {
            if !v.is_nil() && dead(&Value::Int(i as i64 + 1), v) {
                *v = Value::Nil;
            }
        }
        let mut removed = 0;
        for e in self.entries.iter_mut() {
            if !e.1.is_nil() && dead(&e.0, &e.1) {
                e.1 = Value::Nil;
                removed += 1;
            }
        }
        self.dead += removed;
    }

    /// Number of slots in the array part.
    pub fn array_len(&self) -> usize {
        self.arr.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn array_and_hash_parts() {
        let mut t = Table::default();
        for i in 1..=10 {
            t.set(Value::Int(i), Value::Int(i * 10)).unwrap();
        }
        assert_eq!(t.border(), 10);
        assert!(matches!(t.get(&Value::Float(3.0)), Value::Int(30)));
        t.set(Value::Int(20), Value::Bool(true)).unwrap();
        assert_eq!(t.border(), 10);
        assert_eq!(t.set(Value::Nil, Value::Int(1)), Err(KeyError::Nil));
        assert_eq!(
            t.set(Value::Float(f64::NAN), Value::Int(1)),
            Err(KeyError::NaN)
        );
    }

    #[test]
    fn next_is_stable_when_clearing() {
        let mut t = Table::default();
        for i in 0..100 {
            t.set(Value::Float(i as f64 + 0.5), Value::Int(i)).unwrap();
        }
        let mut k = Value::Nil;
        let mut n = 0;
        while let Ok(Some((key, _))) = t.next(&k) {
            t.set(key, Value::Nil).unwrap();
            k = key;
            n += 1;
        }
        assert_eq!(n, 100);
    }

    #[test]
    fn hash_keys_migrate_into_array() {
        let mut t = Table::default();
        t.set(Value::Int(2), Value::Int(2)).unwrap();
        t.set(Value::Int(3), Value::Int(3)).unwrap();
        t.set(Value::Int(1), Value::Int(1)).unwrap();
        assert_eq!(t.array_len(), 3);
        assert_eq!(t.border(), 3);
    }
}
