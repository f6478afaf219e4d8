//! Lua strings: immutable byte strings with a cached hash, allocated in one block (header + bytes).
//! Short strings are interned per heap, so equal short strings are the same object.

use std::alloc::{self, Layout};
use std::cell::Cell;
use std::fmt;
use std::ptr::NonNull;

/// Strings up to this length are interned (Lua 5.3's LUAI_MAXSHORTLEN).
pub const MAX_SHORT_LEN: usize = 40;

#[repr(C)]
struct StrHeader {
    marked: Cell<bool>,
    shared: Cell<bool>,
    hash: u32,
    len: usize,
}

/// A pointer to a Lua string object.
#[derive(Clone, Copy)]
pub struct LuaStr {
    ptr: NonNull<StrHeader>,
}

/// Lua 5.3's string hash (`luaS_hash`), seeded; long strings sample at most ~32 bytes.
pub fn hash_bytes(bytes: &[u8]) -> u32 {
    let l = bytes.len();
    let mut h: u32 = 0x2545_f491 ^ (l as u32);
    let step = (l >> 5) + 1;
    let mut i = l;
    while i >= step {
        h ^= (h << 5)
            .wrapping_add(h >> 2)
            .wrapping_add(bytes[i - 1] as u32);
        i -= step;
    }
    h
}

impl LuaStr {
    fn layout(len: usize) -> Layout {
        Layout::from_size_align(
            std::mem::size_of::<StrHeader>() + len,
            std::mem::align_of::<StrHeader>(),
        )
        .expect("string too large")
    }

    /// Allocates a new string object (not registered anywhere; the heap does that).
    pub(crate) fn allocate(bytes: &[u8], hash: u32) -> LuaStr {
        let layout = Self::layout(bytes.len());
        unsafe {
            let raw = alloc::alloc(layout) as *mut StrHeader;
            let Some(ptr) = NonNull::new(raw) else {
                alloc::handle_alloc_error(layout)
            };
            raw.write(StrHeader {
                marked: Cell::new(false),
                shared: Cell::new(false),
                hash,
                len: bytes.len(),
            });
            let data = (raw as *mut u8).add(std::mem::size_of::<StrHeader>());
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), data, bytes.len());
            LuaStr { ptr }
        }
    }

    /// Frees the object. The caller guarantees it is unreachable.
    pub(crate) unsafe fn free(self) {
        let layout = Self::layout(self.len());
        alloc::dealloc(self.ptr.as_ptr() as *mut u8, layout);
    }

    #[inline(always)]
    fn header(&self) -> &StrHeader {
        unsafe { self.ptr.as_ref() }
    }

    /// The string's bytes.
    #[inline(always)]
    pub fn as_bytes(&self) -> &[u8] {
        unsafe {
            let data = (self.ptr.as_ptr() as *const u8).add(std::mem::size_of::<StrHeader>());
            std::slice::from_raw_parts(data, self.header().len)
        }
    }

    /// Length in bytes.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.header().len
    }

    /// Whether the string is empty.
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The cached hash.
    #[inline(always)]
    pub fn hash(&self) -> u32 {
        self.header().hash
    }

    /// Whether the string is short (and therefore interned).
    #[inline(always)]
    pub fn is_short(&self) -> bool {
        self.len() <= MAX_SHORT_LEN
    }

    /// Object address (identity).
    #[inline(always)]
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// Bytes allocated for this object.
    pub fn alloc_size(&self) -> usize {
        std::mem::size_of::<StrHeader>() + self.len()
    }

    pub(crate) fn marked(&self) -> &Cell<bool> {
        &self.header().marked
    }

    /// Whether this string lives in the shared, frozen heap.
    #[inline(always)]
    pub fn is_shared(&self) -> bool {
        self.header().shared.get()
    }

    /// Lua string equality: interned short strings compare by address, long ones by content.
    #[inline(always)]
    pub fn lua_eq(&self, other: &LuaStr) -> bool {
        if self.ptr == other.ptr {
            return true;
        }
        // Two distinct short strings can only be equal if one is shared and the other local,
        // which interning prevents; long strings compare by content.
        !self.is_short()
            && self.len() == other.len()
            && self.hash() == other.hash()
            && self.as_bytes() == other.as_bytes()
    }

    /// The string as UTF-8 text, replacing invalid sequences (for Rust-side messages).
    pub fn to_str_lossy(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(self.as_bytes())
    }
}

impl PartialEq for LuaStr {
    fn eq(&self, other: &Self) -> bool {
        self.lua_eq(other)
    }
}

impl Eq for LuaStr {}

impl fmt::Debug for LuaStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_str_lossy())
    }
}
