//! The table library (ltablib.c): element access goes through `__index`/`__newindex` and lengths
//! through `__len`, like 5.3's `lua_geti`/`lua_seti`/`luaL_len`.

use crate::error::{LuaError, LuaResult};
use crate::meta::MetaMethod;
use crate::value::Value;
use crate::vm::Vm;

use super::{check_int, less_than, obj_len, opt_int, pop, type_error};

/// Registers `table`.
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    super::new_lib(
        vm,
        "table",
        &[
            ("table.insert", insert),
            ("table.remove", remove),
            ("table.concat", concat),
            ("table.unpack", unpack),
            ("table.pack", pack),
            ("table.move", move_),
            ("table.sort", sort),
        ],
    )?;
    Ok(())
}

/// Operations a non-table argument's metatable must support (`checktab`'s `TAB_*`).
const TAB_R: u8 = 1;
const TAB_W: u8 = 2;
const TAB_L: u8 = 4;

/// `checktab`: a table, or a value whose metatable has the needed metamethods.
fn checktab(vm: &Vm, i: usize, what: u8) -> LuaResult<Value> {
    let v = vm.arg(i);
    if matches!(v, Value::Table(_)) {
        return Ok(v);
    }
    if let Some(mt) = vm.metatable(&v) {
        let has = |mm| !vm.names.lookup(&mt, mm).is_nil();
        if (what & TAB_R == 0 || has(MetaMethod::Index))
            && (what & TAB_W == 0 || has(MetaMethod::NewIndex))
            && (what & TAB_L == 0 || has(MetaMethod::Len))
        {
            return Ok(v);
        }
    }
    Err(type_error(vm, i, "table"))
}

/// `aux_getn`: checks argument `i` and returns its length.
fn aux_getn(vm: &mut Vm, i: usize, what: u8) -> LuaResult<i64> {
    let t = checktab(vm, i, what | TAB_L)?;
    obj_len(vm, t)
}

/// `lua_geti`.
pub(crate) fn geti(vm: &mut Vm, t: Value, i: i64) -> LuaResult<Value> {
    match t {
        Value::Table(tt) if tt.meta.is_none() => Ok(tt.get_int(i)),
        _ => super::index(vm, t, Value::Int(i)),
    }
}

/// `lua_seti`.
fn seti(vm: &mut Vm, t: Value, i: i64, v: Value) -> LuaResult<()> {
    match t {
        Value::Table(tt) if tt.meta.is_none() => vm.raw_set(tt, Value::Int(i), v),
        _ => super::set_index(vm, t, Value::Int(i), v),
    }
}

fn insert(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let e = aux_getn(vm, 0, TAB_R | TAB_W)?.wrapping_add(1);
    let t = vm.arg(0);
    let pos = match n {
        2 => e,
        3 => {
            let pos = check_int(vm, 1)?;
            if (pos as u64).wrapping_sub(1) >= e as u64 {
                return Err(LuaError::arg(2, "position out of bounds"));
            }
            let mut i = e;
            while i > pos {
                let v = geti(vm, t, i - 1)?;
                seti(vm, t, i, v)?;
                i -= 1;
            }
            pos
        }
        _ => return Err(LuaError::rt("wrong number of arguments to 'insert'")),
    };
    let v = vm.arg(n - 1);
    seti(vm, t, pos, v)?;
    Ok(0)
}

fn remove(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let size = aux_getn(vm, 0, TAB_R | TAB_W)?;
    let t = vm.arg(0);
    let mut pos = opt_int(vm, 1, size)?;
    if pos != size && (pos as u64).wrapping_sub(1) > size as u64 {
        return Err(LuaError::arg(1, "position out of bounds"));
    }
    let v = geti(vm, t, pos)?;
    vm.push(v)?;
    while pos < size {
        let next = geti(vm, t, pos + 1)?;
        seti(vm, t, pos, next)?;
        pos += 1;
    }
    seti(vm, t, pos, Value::Nil)?;
    Ok(1)
}

fn move_(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let f = check_int(vm, 1)?;
    let e = check_int(vm, 2)?;
    let t = check_int(vm, 3)?;
    let tt = if vm.arg(4).is_nil() { 0 } else { 4 };
    let src = checktab(vm, 0, TAB_R)?;
    let dst = checktab(vm, tt, TAB_W)?;
    if e >= f {
        if !(f > 0 || e < i64::MAX.wrapping_add(f)) {
            return Err(LuaError::arg(3, "too many elements to move"));
        }
        let n = e - f + 1;
        if t > i64::MAX - n + 1 {
            return Err(LuaError::arg(4, "destination wrap around"));
        }
        if t > e || t <= f || (tt != 0 && !src.raw_eq(&dst)) {
            for i in 0..n {
                let v = geti(vm, src, f + i)?;
                seti(vm, dst, t + i, v)?;
            }
        } else {
            for i in (0..n).rev() {
                let v = geti(vm, src, f + i)?;
                seti(vm, dst, t + i, v)?;
            }
        }
    }
    vm.push(dst)?;
    Ok(1)
}

fn concat(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let last = aux_getn(vm, 0, TAB_R)?;
    let t = vm.arg(0);
    let sep = match vm.arg(1) {
        Value::Nil => Vec::new(),
        _ => super::check_str(vm, 1)?.as_bytes().to_vec(),
    };
    let mut i = opt_int(vm, 2, 1)?;
    let last = opt_int(vm, 3, last)?;
    let mut out = Vec::new();
    let add = |vm: &mut Vm, out: &mut Vec<u8>, i: i64| -> LuaResult<()> {
        let v = geti(vm, t, i)?;
        match v {
            Value::Str(s) => out.extend_from_slice(s.as_bytes()),
            Value::Int(_) | Value::Float(_) => {
                out.extend_from_slice(vm.number_to_str(&v)?.expect("number").as_bytes())
            }
            _ => {
                return Err(LuaError::rt(format!(
                    "invalid value ({}) at index {} in table for 'concat'",
                    v.type_name(),
                    i
                )))
            }
        }
        Ok(())
    };
    while i < last {
        add(vm, &mut out, i)?;
        out.extend_from_slice(&sep);
        i += 1;
    }
    if i == last {
        add(vm, &mut out, i)?;
    }
    let s = vm.str(out)?;
    vm.push(s)?;
    Ok(1)
}

fn unpack(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let t = vm.arg(0);
    let i = opt_int(vm, 1, 1)?;
    let e = if vm.arg(2).is_nil() {
        obj_len(vm, t)?
    } else {
        check_int(vm, 2)?
    };
    if i > e {
        return Ok(0);
    }
    let count = (e as u64).wrapping_sub(i as u64);
    // `lua_checkstack(n)`: the whole coroutine stack is limited to MAX_STACK slots.
    if count >= i32::MAX as u64 || vm.top as u64 + count + 1 > crate::thread::MAX_STACK as u64 {
        return Err(LuaError::rt("too many results to unpack"));
    }
    let mut k = i;
    loop {
        let v = geti(vm, t, k)?;
        vm.push(v)?;
        if k == e {
            break;
        }
        k += 1;
    }
    Ok(count as usize + 1)
}

fn pack(vm: &mut Vm, n: usize) -> LuaResult<usize> {
    let t = vm.new_table()?;
    for i in 0..n {
        vm.raw_set(t, Value::Int(i as i64 + 1), vm.arg(i))?;
    }
    vm.set_field(t, "n", Value::Int(n as i64))?;
    vm.push(Value::Table(t))?;
    Ok(1)
}

/// Intervals at least this long get a randomised pivot (`RANLIMIT`).
const RANLIMIT: u64 = 100;

/// The sort state: the table is argument 0 and the comparator argument 1 (nil for `<`). Values
/// being compared live on the native's stack, as in ltablib.c, so they stay rooted during calls.
struct Sorter {
    t: Value,
}

impl Sorter {
    /// The value `k` slots below the top (1 = top).
    fn at(vm: &Vm, k: usize) -> Value {
        vm.cur.stack[vm.top - k]
    }

    fn push_elem(&self, vm: &mut Vm, i: u64) -> LuaResult<()> {
        let v = geti(vm, self.t, i as i64)?;
        vm.push(v)
    }

    /// `set2`: `t[i] = top; t[j] = top - 1`, popping both.
    fn set2(&self, vm: &mut Vm, i: u64, j: u64) -> LuaResult<()> {
        let a = Self::at(vm, 1);
        seti(vm, self.t, i as i64, a)?;
        pop(vm, 1);
        let b = Self::at(vm, 1);
        seti(vm, self.t, j as i64, b)?;
        pop(vm, 1);
        Ok(())
    }

    /// `sort_comp` of the values `a` and `b` slots below the top.
    fn comp(&self, vm: &mut Vm, a: usize, b: usize) -> LuaResult<bool> {
        let (x, y) = (Self::at(vm, a), Self::at(vm, b));
        let f = vm.arg(1);
        if f.is_nil() {
            less_than(vm, x, y)
        } else {
            Ok(vm.call(f, &[x, y])?.first().is_some_and(|v| v.truthy()))
        }
    }

    fn partition(&self, vm: &mut Vm, lo: u64, up: u64) -> LuaResult<u64> {
        let mut i = lo;
        let mut j = up - 1;
        loop {
            loop {
                i += 1;
                self.push_elem(vm, i)?;
                if !self.comp(vm, 1, 2)? {
                    break;
                }
                if i == up - 1 {
                    return Err(LuaError::rt("invalid order function for sorting"));
                }
                pop(vm, 1);
            }
            loop {
                j = j.wrapping_sub(1);
                self.push_elem(vm, j)?;
                if !self.comp(vm, 3, 1)? {
                    break;
                }
                if j < i {
                    return Err(LuaError::rt("invalid order function for sorting"));
                }
                pop(vm, 1);
            }
            if j < i {
                pop(vm, 1);
                self.set2(vm, up - 1, i)?;
                return Ok(i);
            }
            self.set2(vm, i, j)?;
        }
    }

    fn auxsort(&self, vm: &mut Vm, mut lo: u64, mut up: u64, mut rnd: u32) -> LuaResult<()> {
        while lo < up {
            self.push_elem(vm, lo)?;
            self.push_elem(vm, up)?;
            if self.comp(vm, 1, 2)? {
                self.set2(vm, lo, up)?;
            } else {
                pop(vm, 2);
            }
            if up - lo == 1 {
                break;
            }
            let mut p = if up - lo < RANLIMIT || rnd == 0 {
                (lo + up) / 2
            } else {
                let r4 = (up - lo) / 4;
                u64::from(rnd) % (r4 * 2) + (lo + r4)
            };
            self.push_elem(vm, p)?;
            self.push_elem(vm, lo)?;
            if self.comp(vm, 2, 1)? {
                self.set2(vm, p, lo)?;
            } else {
                pop(vm, 1);
                self.push_elem(vm, up)?;
                if self.comp(vm, 1, 2)? {
                    self.set2(vm, p, up)?;
                } else {
                    pop(vm, 2);
                }
            }
            if up - lo == 2 {
                break;
            }
            self.push_elem(vm, p)?;
            vm.push(Self::at(vm, 1))?;
            self.push_elem(vm, up - 1)?;
            self.set2(vm, p, up - 1)?;
            p = self.partition(vm, lo, up)?;
            let n;
            if p - lo < up - p {
                self.auxsort(vm, lo, p - 1, rnd)?;
                n = p - lo;
                lo = p + 1;
            } else {
                self.auxsort(vm, p + 1, up, rnd)?;
                n = up - p;
                up = p - 1;
            }
            if (up.wrapping_sub(lo)) / 128 > n {
                rnd = randomize_pivot();
            }
        }
        Ok(())
    }
}

/// `l_randomizePivot`: a cheap, varying seed.
fn randomize_pivot() -> u32 {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos() ^ d.as_secs() as u32);
    t.unwrap_or(0x9e37_79b9)
}

fn sort(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let n = aux_getn(vm, 0, TAB_R | TAB_W)?;
    if n > 1 {
        if n >= i32::MAX as i64 {
            return Err(LuaError::arg(1, "array too big"));
        }
        if !vm.arg(1).is_nil() && !vm.arg(1).is_function() {
            return Err(type_error(vm, 1, "function"));
        }
        // settop(2): the comparator slot exists even when absent.
        while vm.nargs() < 2 {
            vm.push(Value::Nil)?;
        }
        vm.top = vm.cur.frames.last().map(|f| f.base as usize).unwrap_or(0) + 2;
        let s = Sorter { t: vm.arg(0) };
        s.auxsort(vm, 1, n as u64, 0)?;
    }
    Ok(0)
}
