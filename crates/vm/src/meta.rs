//! Metamethod names and lookup.

use crate::gc::{Heap, LuaStr, OutOfMemory};
use crate::table::Table;
use crate::value::Value;

macro_rules! metamethods {
    ($($name:ident = $text:literal,)*) => {
        /// The metamethod events, in Lua 5.3's TMS order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum MetaMethod { $($name,)* }

        impl MetaMethod {
            /// All events.
            pub const ALL: &'static [MetaMethod] = &[$(MetaMethod::$name,)*];

            /// The event's key (`__index`, ...).
            pub fn key(self) -> &'static str {
                match self { $(MetaMethod::$name => $text,)* }
            }
        }
    };
}

metamethods! {
    Index = "__index",
    NewIndex = "__newindex",
    Gc = "__gc",
    Mode = "__mode",
    Len = "__len",
    Eq = "__eq",
    Add = "__add",
    Sub = "__sub",
    Mul = "__mul",
    Mod = "__mod",
    Pow = "__pow",
    Div = "__div",
    IDiv = "__idiv",
    BAnd = "__band",
    BOr = "__bor",
    BXor = "__bxor",
    Shl = "__shl",
    Shr = "__shr",
    Unm = "__unm",
    BNot = "__bnot",
    Lt = "__lt",
    Le = "__le",
    Concat = "__concat",
    Call = "__call",
    ToString = "__tostring",
    Name = "__name",
    Pairs = "__pairs",
    Metatable = "__metatable",
}

/// Interned metamethod keys of one heap.
pub struct MetaNames {
    keys: Vec<LuaStr>,
}

impl MetaNames {
    /// Interns every metamethod key.
    pub fn new(heap: &mut Heap) -> Result<MetaNames, OutOfMemory> {
        let keys = MetaMethod::ALL
            .iter()
            .map(|m| heap.new_str(m.key().as_bytes()))
            .collect::<Result<_, _>>()?;
        Ok(MetaNames { keys })
    }

    /// The key of `mm` as a value.
    #[inline(always)]
    pub fn key(&self, mm: MetaMethod) -> Value {
        Value::Str(self.keys[mm as usize])
    }

    /// Every key (GC roots).
    pub fn all(&self) -> impl Iterator<Item = Value> + '_ {
        self.keys.iter().map(|s| Value::Str(*s))
    }

    /// Looks up `mm` in metatable `mt`, caching absence for the fast events (Index..Eq).
    #[inline]
    pub fn lookup(&self, mt: &Table, mm: MetaMethod) -> Value {
        let bit = 1u32 << (mm as u32);
        if mt.absent.get() & bit != 0 {
            return Value::Nil;
        }
        let v = mt.get_str(&self.key(mm));
        if v.is_nil() {
            mt.absent.set(mt.absent.get() | bit);
        }
        v
    }
}
