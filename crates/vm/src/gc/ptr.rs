//! `Gc<T>`: a typed pointer to an object owned by one process heap (or by the shared, frozen heap).

use std::cell::Cell;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ptr::NonNull;

/// Per-object header used by the collector.
#[derive(Debug, Default)]
pub struct GcHeader {
    /// Reached during the current mark phase.
    pub(crate) marked: Cell<bool>,
    /// Owned by the shared, immutable heap: never marked, never freed, never written.
    pub(crate) shared: Cell<bool>,
}

/// A heap cell: header followed by the object.
#[repr(C)]
pub struct GcBox<T> {
    pub(crate) header: GcHeader,
    pub(crate) value: T,
}

/// A pointer to a garbage-collected object.
///
/// `Gc` is `Copy` and compares by address. The pointee lives as long as it is reachable from a
/// root of its heap at every collection; the VM only collects at safepoints where every live
/// value is rooted, so holding a `Gc` in a Rust local between safepoints is sound.
pub struct Gc<T> {
    ptr: NonNull<GcBox<T>>,
}

impl<T> Gc<T> {
    /// Moves `value` into a fresh heap cell. Only [`crate::gc::Heap`] calls this, so every cell is
    /// registered for sweeping.
    pub(crate) fn allocate(value: T) -> Gc<T> {
        let boxed = Box::new(GcBox {
            header: GcHeader::default(),
            value,
        });
        Gc {
            ptr: NonNull::from(Box::leak(boxed)),
        }
    }

    /// Frees the cell. The caller guarantees that no reachable value points to it.
    pub(crate) unsafe fn free(self) {
        drop(Box::from_raw(self.ptr.as_ptr()));
    }

    #[inline(always)]
    pub(crate) fn header(&self) -> &GcHeader {
        unsafe { &self.ptr.as_ref().header }
    }

    /// Mutable access to the object.
    ///
    /// # Safety
    /// The VM is single-threaded per heap; callers must not keep two overlapping `&mut` to the
    /// same object alive (e.g. across a call that may touch the same table).
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn get_mut(&self) -> &mut T {
        &mut (*self.ptr.as_ptr()).value
    }

    /// The address, for identity hashing and `%p`-style printing.
    #[inline(always)]
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// Whether the object belongs to the shared, frozen heap.
    #[inline(always)]
    pub fn is_shared(&self) -> bool {
        self.header().shared.get()
    }
}

impl<T> std::ops::Deref for Gc<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        unsafe { &self.ptr.as_ref().value }
    }
}

impl<T> Clone for Gc<T> {
    #[inline(always)]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Gc<T> {}

impl<T> PartialEq for Gc<T> {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        self.ptr == other.ptr
    }
}

impl<T> Eq for Gc<T> {}

impl<T> Hash for Gc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.addr().hash(state)
    }
}

impl<T> fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Gc({:#x})", self.addr())
    }
}
