//! Arithmetic, comparison, length and concatenation slow paths (coercions and metamethods).

use crate::error::{LuaError, LuaResult};
use crate::gc::LuaStr;
use crate::meta::MetaMethod;
use crate::number::{self, Number};
use crate::thread::FLAG_METAMETHOD;
use crate::value::Value;
use crate::vm::Vm;

use super::{Called, Step, FLAG_LE_NEGATE};

/// Integer-only binary operations with Lua semantics; `None` when the operation needs the slow
/// path (division or modulo by zero raise errors there).
#[inline]
pub(crate) fn int_binop(mm: MetaMethod, x: i64, y: i64) -> Option<i64> {
    Some(match mm {
        MetaMethod::Add => x.wrapping_add(y),
        MetaMethod::Sub => x.wrapping_sub(y),
        MetaMethod::Mul => x.wrapping_mul(y),
        MetaMethod::Mod if y != 0 => number::int_mod(x, y),
        MetaMethod::IDiv if y != 0 => number::int_floor_div(x, y),
        MetaMethod::BAnd => x & y,
        MetaMethod::BOr => x | y,
        MetaMethod::BXor => x ^ y,
        MetaMethod::Shl => number::shift_left(x, y),
        MetaMethod::Shr => number::shift_left(x, y.wrapping_neg()),
        MetaMethod::Unm => x.wrapping_neg(),
        MetaMethod::BNot => !x,
        _ => return None,
    })
}

fn float_binop(mm: MetaMethod, x: f64, y: f64) -> f64 {
    match mm {
        MetaMethod::Add => x + y,
        MetaMethod::Sub => x - y,
        MetaMethod::Mul => x * y,
        MetaMethod::Div => x / y,
        MetaMethod::Mod => number::float_mod(x, y),
        MetaMethod::IDiv => number::float_floor_div(x, y),
        MetaMethod::Pow => number::float_pow(x, y),
        MetaMethod::Unm => -x,
        _ => unreachable!("not a float operation"),
    }
}

fn is_bitwise(mm: MetaMethod) -> bool {
    matches!(
        mm,
        MetaMethod::BAnd
            | MetaMethod::BOr
            | MetaMethod::BXor
            | MetaMethod::Shl
            | MetaMethod::Shr
            | MetaMethod::BNot
    )
}

/// Converts a number (or numeric string) to an integer if it has an exact integer value.
pub(crate) fn to_integer(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Float(f) => number::float_to_int(*f),
        Value::Str(s) => match number::str_to_number(s.as_bytes())? {
            Number::Int(i) => Some(i),
            Number::Float(f) => number::float_to_int(f),
        },
        _ => None,
    }
}

/// Converts a number or numeric string to a float.
pub(crate) fn to_float(v: Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(i as f64),
        Value::Float(f) => Some(f),
        Value::Str(s) => match number::str_to_number(s.as_bytes())? {
            Number::Int(i) => Some(i as f64),
            Number::Float(f) => Some(f),
        },
        _ => None,
    }
}

fn to_num(v: &Value) -> Option<Number> {
    match v {
        Value::Int(i) => Some(Number::Int(*i)),
        Value::Float(f) => Some(Number::Float(*f)),
        Value::Str(s) => number::str_to_number(s.as_bytes()),
        _ => None,
    }
}

/// lvm.c's `forlimit`: the integer limit of an integer loop and whether it must not run.
pub(crate) fn for_limit(limit: Value, step: i64) -> Option<(i64, bool)> {
    let conv = match to_num(&limit)? {
        Number::Int(i) => Some(i),
        Number::Float(f) => {
            let r = if step < 0 { f.ceil() } else { f.floor() };
            number::float_to_int(r)
        }
    };
    match conv {
        Some(i) => Some((i, false)),
        None => {
            let f = to_float(limit)?;
            if f > 0.0 {
                Some((i64::MAX, step < 0))
            } else {
                Some((i64::MIN, step >= 0))
            }
        }
    }
}

impl Vm {
    /// Arithmetic/bitwise operation after the fast paths failed: string coercion, exact
    /// semantics, metamethods and errors. `dest` is the result register (absolute).
    pub(crate) fn arith_slow(
        &mut self,
        mm: MetaMethod,
        a: Value,
        b: Value,
        dest: usize,
    ) -> LuaResult<Step> {
        let _ = dest;
        if let Some(v) = self.arith_raw(mm, &a, &b)? {
            return Ok(Step::Value(v));
        }
        let f = match self.metamethod(&a, mm) {
            Value::Nil => self.metamethod(&b, mm),
            f => f,
        };
        if f.is_nil() {
            return Err(self.arith_error(mm, &a, &b));
        }
        self.call_metamethod(f, &[a, b], 0)
    }

    /// Arithmetic without metamethods; `Ok(None)` when an operand is not a number.
    pub fn arith_raw(&mut self, mm: MetaMethod, a: &Value, b: &Value) -> LuaResult<Option<Value>> {
        if is_bitwise(mm) {
            let (Some(x), Some(y)) = (to_num(a), to_num(b)) else {
                return Ok(None);
            };
            let xi = match x {
                Number::Int(i) => Some(i),
                Number::Float(f) => number::float_to_int(f),
            };
            let yi = match y {
                Number::Int(i) => Some(i),
                Number::Float(f) => number::float_to_int(f),
            };
            return match (xi, yi) {
                (Some(x), Some(y)) => Ok(int_binop(mm, x, y).map(Value::Int)),
                _ => Ok(None),
            };
        }
        let (Some(x), Some(y)) = (to_num(a), to_num(b)) else {
            return Ok(None);
        };
        // Lua 5.3 converts string operands with `tonumber` into floats (lvm.c's `tonumber`
        // macro yields a lua_Number), so any string operand makes the operation a float one.
        if matches!(a, Value::Str(_)) || matches!(b, Value::Str(_)) {
            return Ok(Some(Value::Float(float_binop(mm, num_f(x), num_f(y)))));
        }
        Ok(Some(match (x, y) {
            (Number::Int(x), Number::Int(y))
                if !matches!(mm, MetaMethod::Div | MetaMethod::Pow) =>
            {
                match int_binop(mm, x, y) {
                    Some(v) => Value::Int(v),
                    None => {
                        return Err(LuaError::rt(if mm == MetaMethod::Mod {
                            "attempt to perform 'n%0'"
                        } else {
                            "attempt to divide by zero"
                        }))
                    }
                }
            }
            (x, y) => Value::Float(float_binop(mm, num_f(x), num_f(y))),
        }))
    }

    fn arith_error(&mut self, mm: MetaMethod, a: &Value, b: &Value) -> LuaError {
        if mm == MetaMethod::Concat {
            return self.concat_error(a, b, None);
        }
        if is_bitwise(mm) && to_num(a).is_some() && to_num(b).is_some() {
            let blame_b = to_integer(a).is_some();
            let info = self.operand_info(blame_b);
            return LuaError::rt(format!("number{} has no integer representation", info));
        }
        let what = if is_bitwise(mm) {
            "perform bitwise operation on"
        } else {
            "perform arithmetic on"
        };
        let blame_b = to_num(a).is_some();
        let bad = if blame_b { b } else { a };
        let info = self.operand_info(blame_b);
        let tn = self.type_name_meta(bad);
        LuaError::rt(format!("attempt to {} a {} value{}", what, tn, info))
    }

    /// `luaT_objtypename`: `__name` for tables/userdata with such a metafield, else the type.
    pub(crate) fn type_name_meta(&self, v: &Value) -> String {
        if matches!(v, Value::Table(_) | Value::UserData(_)) {
            if let Value::Str(s) = self.metamethod(v, MetaMethod::Name) {
                return s.to_str_lossy().into_owned();
            }
        }
        v.type_name().to_string()
    }

    /// `attempt to concatenate`: blames `b` when `a` is string-like; `slot_a` is the stack slot
    /// of `a` (the blamed operand's variable name comes from its register).
    fn concat_error(&mut self, a: &Value, b: &Value, slot_a: Option<usize>) -> LuaError {
        let blame_b = matches!(a, Value::Str(_) | Value::Int(_) | Value::Float(_));
        let bad = if blame_b { b } else { a };
        let info = self.concat_operand_info(slot_a.map(|s| s + usize::from(blame_b)));
        let tn = self.type_name_meta(bad);
        LuaError::rt(format!("attempt to concatenate a {} value{}", tn, info))
    }

    /// Calls metamethod `f` with `args` for the running instruction. Lua metamethods run as a new
    /// frame (`Step::Pending`); natives complete at once.
    pub(crate) fn call_metamethod(
        &mut self,
        f: Value,
        args: &[Value],
        extra_flags: u8,
    ) -> LuaResult<Step> {
        let slot = self
            .cur
            .frames
            .last()
            .map(|f| f.top as usize)
            .unwrap_or(self.top)
            .max(self.top);
        self.ensure_stack(slot + args.len() + 1 + super::EXTRA_STACK)?;
        {
            let st = unsafe { &mut self.cur.get_mut().stack };
            st[slot] = f;
            st[slot + 1..slot + 1 + args.len()].copy_from_slice(args);
        }
        match self.precall(slot, args.len(), 1, FLAG_METAMETHOD | extra_flags)? {
            Called::Lua => Ok(Step::Pending),
            Called::Done => {
                let v = self.cur.stack[slot];
                if let Some(fr) = self.cur.frames.last() {
                    self.top = fr.top as usize;
                }
                Ok(Step::Value(if extra_flags & FLAG_LE_NEGATE != 0 {
                    Value::Bool(!v.truthy())
                } else {
                    v
                }))
            }
            Called::Switched | Called::ReturnToNative => Ok(Step::Pending),
        }
    }

    /// `a < b` for non-fast cases.
    pub(crate) fn less_than(&mut self, a: Value, b: Value, _top: usize) -> LuaResult<Step> {
        if let Some(r) = raw_less(&a, &b, false) {
            return Ok(Step::Value(Value::Bool(r)));
        }
        let f = match self.metamethod(&a, MetaMethod::Lt) {
            Value::Nil => self.metamethod(&b, MetaMethod::Lt),
            f => f,
        };
        if f.is_nil() {
            return Err(self.compare_error(&a, &b));
        }
        self.call_metamethod(f, &[a, b], 0)
    }

    /// `a <= b` for non-fast cases (with 5.3's `not (b < a)` fallback).
    pub(crate) fn less_equal(&mut self, a: Value, b: Value, _top: usize) -> LuaResult<Step> {
        if let Some(r) = raw_less(&a, &b, true) {
            return Ok(Step::Value(Value::Bool(r)));
        }
        let f = match self.metamethod(&a, MetaMethod::Le) {
            Value::Nil => self.metamethod(&b, MetaMethod::Le),
            f => f,
        };
        if !f.is_nil() {
            return self.call_metamethod(f, &[a, b], 0);
        }
        let f = match self.metamethod(&b, MetaMethod::Lt) {
            Value::Nil => self.metamethod(&a, MetaMethod::Lt),
            f => f,
        };
        if f.is_nil() {
            return Err(self.compare_error(&a, &b));
        }
        self.call_metamethod(f, &[b, a], FLAG_LE_NEGATE)
    }

    pub(crate) fn compare_error(&self, a: &Value, b: &Value) -> LuaError {
        let t1 = self.type_name_meta(a);
        let t2 = self.type_name_meta(b);
        if t1 == t2 {
            LuaError::rt(format!("attempt to compare two {} values", t1))
        } else {
            LuaError::rt(format!("attempt to compare {} with {}", t1, t2))
        }
    }

    /// `a == b` for two tables or two userdata (raw equality, then `__eq`).
    pub(crate) fn eq_slow(&mut self, a: Value, b: Value, _top: usize) -> LuaResult<Step> {
        if a.raw_eq(&b) {
            return Ok(Step::Value(Value::Bool(true)));
        }
        let f = match self.metamethod(&a, MetaMethod::Eq) {
            Value::Nil => self.metamethod(&b, MetaMethod::Eq),
            f => f,
        };
        if f.is_nil() {
            return Ok(Step::Value(Value::Bool(false)));
        }
        match self.call_metamethod(f, &[a, b], 0)? {
            Step::Value(v) => Ok(Step::Value(Value::Bool(v.truthy()))),
            Step::Pending => Ok(Step::Pending),
        }
    }

    /// `#v` for non-fast cases.
    pub(crate) fn len_slow(&mut self, v: Value, _dest: usize) -> LuaResult<Step> {
        let f = self.metamethod(&v, MetaMethod::Len);
        if !f.is_nil() {
            return self.call_metamethod(f, &[v, v], 0);
        }
        match v {
            Value::Table(t) => Ok(Step::Value(Value::Int(t.border()))),
            Value::Str(s) => Ok(Step::Value(Value::Int(s.len() as i64))),
            _ => {
                let info = self.operand_info(false);
                let tn = self.type_name_meta(&v);
                Err(LuaError::rt(format!(
                    "attempt to get length of a {} value{}",
                    tn, info
                )))
            }
        }
    }

    /// CONCAT R[b..=c] (relative to `base`).
    pub(crate) fn concat(&mut self, base: usize, b: usize, c: usize) -> LuaResult<Step> {
        self.concat_range(base + b, base + c)
    }

    /// Concatenates the values in absolute slots `first..=last`, right to left like luaV_concat.
    /// Before a Lua `__concat` call the frame's `aux` records the slot receiving its result;
    /// `finish_metamethod` stores it there and calls this again for the remaining operands.
    pub(crate) fn concat_range(&mut self, first: usize, mut last: usize) -> LuaResult<Step> {
        while last > first {
            let st = &self.cur.stack;
            let (x, y) = (st[last - 1], st[last]);
            if is_strlike(&x) && is_strlike(&y) {
                // Collect the longest run of string-like values ending at `last`.
                let mut start = last - 1;
                while start > first && is_strlike(&self.cur.stack[start - 1]) {
                    start -= 1;
                }
                let mut buf: Vec<u8> = Vec::new();
                for idx in start..=last {
                    let v = self.cur.stack[idx];
                    match v {
                        Value::Str(s) => buf.extend_from_slice(s.as_bytes()),
                        _ => {
                            let s = self.number_to_str(&v)?.expect("number");
                            buf.extend_from_slice(s.as_bytes());
                        }
                    }
                }
                let s = self.heap.new_str(&buf)?;
                unsafe { self.cur.get_mut().stack[start] = Value::Str(s) };
                last = start;
            } else {
                let f = match self.metamethod(&x, MetaMethod::Concat) {
                    Value::Nil => self.metamethod(&y, MetaMethod::Concat),
                    f => f,
                };
                if f.is_nil() {
                    return Err(self.concat_error(&x, &y, Some(last - 1)));
                }
                // Remember where the result goes for the continuation.
                unsafe {
                    self.cur.get_mut().frames.last_mut().expect("frame").aux = (last - 1) as u32
                };
                match self.call_metamethod(f, &[x, y], 0)? {
                    Step::Value(v) => {
                        unsafe { self.cur.get_mut().stack[last - 1] = v };
                        last -= 1;
                    }
                    Step::Pending => return Ok(Step::Pending),
                }
            }
        }
        Ok(Step::Value(self.cur.stack[first]))
    }
}

fn num_f(n: Number) -> f64 {
    match n {
        Number::Int(i) => i as f64,
        Number::Float(f) => f,
    }
}

fn is_strlike(v: &Value) -> bool {
    matches!(v, Value::Str(_) | Value::Int(_) | Value::Float(_))
}

/// Number/number and string/string ordering; `None` if a metamethod is needed.
pub(crate) fn raw_less(a: &Value, b: &Value, or_equal: bool) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Int(x), Int(y)) => {
            if or_equal {
                x <= y
            } else {
                x < y
            }
        }
        (Float(x), Float(y)) => {
            if or_equal {
                x <= y
            } else {
                x < y
            }
        }
        (Int(x), Float(y)) => {
            if or_equal {
                number::int_le_float(*x, *y)
            } else {
                number::int_lt_float(*x, *y)
            }
        }
        (Float(x), Int(y)) => {
            if or_equal {
                number::float_le_int(*x, *y)
            } else {
                number::float_lt_int(*x, *y)
            }
        }
        (Str(x), Str(y)) => str_less(x, y, or_equal),
        _ => return None,
    })
}

/// String comparison like `l_strcmp` (byte-wise, since we use the C locale).
fn str_less(x: &LuaStr, y: &LuaStr, or_equal: bool) -> bool {
    let o = x.as_bytes().cmp(y.as_bytes());
    if or_equal {
        o.is_le()
    } else {
        o.is_lt()
    }
}
