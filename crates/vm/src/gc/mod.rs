//! The per-process heap: allocation, string interning, accounting and a precise mark-sweep
//! collector that runs only at safepoints chosen by the VM.

mod ptr;
mod string;

use hashbrown::HashTable;

pub use ptr::{Gc, GcBox, GcHeader};
pub use string::{hash_bytes, LuaStr, MAX_SHORT_LEN};

use crate::function::{LuaClosure, NativeClosure, ProtoInstance, UpState, UpVal};
use crate::table::Table;
use crate::thread::Thread;
use crate::userdata::UserData;
use crate::value::Value;

/// Error returned when an allocation would exceed the heap's memory limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfMemory;

/// All objects of one process.
pub struct Heap {
    strings: Vec<LuaStr>,
    interner: HashTable<LuaStr>,
    tables: Vec<Gc<Table>>,
    closures: Vec<Gc<LuaClosure>>,
    natives: Vec<Gc<NativeClosure>>,
    upvals: Vec<Gc<UpVal>>,
    threads: Vec<Gc<Thread>>,
    userdata: Vec<Gc<UserData>>,
    instances: Vec<Gc<ProtoInstance>>,
    /// Bytes currently allocated (approximate for growable objects).
    allocated: usize,
    /// Collect when `allocated` exceeds this.
    threshold: usize,
    /// Hard limit; allocations beyond it fail with "not enough memory".
    limit: usize,
    /// `collectgarbage("stop")` sets this to false.
    pub running: bool,
    /// Pause between collections, in percent (`setpause`, default 200).
    pub pause: u32,
    /// Step multiplier (`setstepmul`, default 200); kept for `collectgarbage`'s return values.
    pub stepmul: u32,
    gray: Vec<Value>,
    /// Tables whose metatable had `__gc` when it was set (5.3: marked for finalization).
    finobj: Vec<Gc<Table>>,
    /// Unreachable finalizable tables, resurrected, waiting for their `__gc` (next first).
    tobefnz: Vec<Gc<Table>>,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    /// An empty heap without a memory limit.
    pub fn new() -> Heap {
        Heap {
            strings: Vec::new(),
            interner: HashTable::new(),
            tables: Vec::new(),
            closures: Vec::new(),
            natives: Vec::new(),
            upvals: Vec::new(),
            threads: Vec::new(),
            userdata: Vec::new(),
            instances: Vec::new(),
            allocated: 0,
            threshold: 256 * 1024,
            limit: usize::MAX,
            running: true,
            pause: 200,
            stepmul: 200,
            gray: Vec::new(),
            finobj: Vec::new(),
            tobefnz: Vec::new(),
        }
    }

    /// Bytes in use.
    pub fn allocated(&self) -> usize {
        self.allocated
    }

    /// Sets the memory limit in bytes.
    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit;
    }

    /// Whether a collection is due.
    #[inline(always)]
    pub fn should_collect(&self) -> bool {
        self.allocated > self.threshold && self.running
    }

    /// Records `delta` bytes of growth of an existing object.
    #[inline]
    pub fn note_growth(&mut self, delta: isize) -> Result<(), OutOfMemory> {
        if delta > 0 {
            self.charge(delta as usize)
        } else {
            self.allocated = self.allocated.saturating_sub((-delta) as usize);
            Ok(())
        }
    }

    #[inline]
    fn charge(&mut self, bytes: usize) -> Result<(), OutOfMemory> {
        let new = self.allocated + bytes;
        if new > self.limit {
            return Err(OutOfMemory);
        }
        self.allocated = new;
        Ok(())
    }

    /// Interns or allocates a string.
    pub fn new_str(&mut self, bytes: &[u8]) -> Result<LuaStr, OutOfMemory> {
        let hash = hash_bytes(bytes);
        if bytes.len() <= MAX_SHORT_LEN {
            if let Some(s) = self.interner.find(hash as u64, |s| s.as_bytes() == bytes) {
                return Ok(*s);
            }
        }
        self.charge(std::mem::size_of::<usize>() * 3 + bytes.len())?;
        let s = LuaStr::allocate(bytes, hash);
        if bytes.len() <= MAX_SHORT_LEN {
            self.interner
                .insert_unique(hash as u64, s, |s| s.hash() as u64);
        }
        self.strings.push(s);
        Ok(s)
    }

    /// A new table.
    pub fn new_table(&mut self, t: Table) -> Result<Gc<Table>, OutOfMemory> {
        self.charge(t.alloc_size())?;
        let g = Gc::allocate(t);
        self.tables.push(g);
        Ok(g)
    }

    /// A new Lua closure.
    pub fn new_closure(&mut self, c: LuaClosure) -> Result<Gc<LuaClosure>, OutOfMemory> {
        self.charge(std::mem::size_of::<GcBox<LuaClosure>>() + c.upvals.len() * 8)?;
        let g = Gc::allocate(c);
        self.closures.push(g);
        Ok(g)
    }

    /// A new native function value.
    pub fn new_native(&mut self, c: NativeClosure) -> Result<Gc<NativeClosure>, OutOfMemory> {
        self.charge(std::mem::size_of::<GcBox<NativeClosure>>() + c.upvals.len() * 16)?;
        let g = Gc::allocate(c);
        self.natives.push(g);
        Ok(g)
    }

    /// A new upvalue.
    pub fn new_upval(&mut self, u: UpVal) -> Result<Gc<UpVal>, OutOfMemory> {
        self.charge(std::mem::size_of::<GcBox<UpVal>>())?;
        let g = Gc::allocate(u);
        self.upvals.push(g);
        Ok(g)
    }

    /// A new coroutine.
    pub fn new_thread(&mut self, t: Thread) -> Result<Gc<Thread>, OutOfMemory> {
        self.charge(t.alloc_size())?;
        let g = Gc::allocate(t);
        self.threads.push(g);
        Ok(g)
    }

    /// A new full userdata.
    pub fn new_userdata(&mut self, u: UserData) -> Result<Gc<UserData>, OutOfMemory> {
        self.charge(std::mem::size_of::<GcBox<UserData>>())?;
        let g = Gc::allocate(u);
        self.userdata.push(g);
        Ok(g)
    }

    /// A new proto instance.
    pub fn new_instance(&mut self, p: ProtoInstance) -> Result<Gc<ProtoInstance>, OutOfMemory> {
        self.charge(
            std::mem::size_of::<GcBox<ProtoInstance>>()
                + p.consts.len() * 16
                + p.children.len() * 8,
        )?;
        let g = Gc::allocate(p);
        self.instances.push(g);
        Ok(g)
    }

    /// Registers `t` for finalization (its metatable has `__gc`); idempotent.
    pub fn register_finalizer(&mut self, t: Gc<Table>) {
        if !self.finobj.contains(&t) {
            self.finobj.push(t);
        }
    }

    /// Takes the next object whose finalizer must run (most recently registered first).
    pub fn next_to_finalize(&mut self) -> Option<Gc<Table>> {
        if self.tobefnz.is_empty() {
            None
        } else {
            Some(self.tobefnz.remove(0))
        }
    }

    /// Whether finalizers are waiting to run.
    #[inline(always)]
    pub fn has_pending_finalizers(&self) -> bool {
        !self.tobefnz.is_empty()
    }

    /// Moves every finalizable object to the to-be-finalized list (state closing).
    pub fn finalize_all(&mut self) {
        while let Some(t) = self.finobj.pop() {
            self.tobefnz.push(t);
        }
    }

    /// Runs a full collection. `roots` are all values the VM holds outside heap objects; the
    /// caller must list every live root (this is only called at safepoints).
    pub fn collect(&mut self, roots: &[Value], threads: &[Gc<Thread>]) {
        self.gray.clear();
        self.gray.extend_from_slice(roots);
        for t in threads {
            self.gray.push(Value::Thread(*t));
        }
        let mut weak: Vec<(Gc<Table>, bool, bool)> = Vec::new();
        while let Some(v) = self.gray.pop() {
            self.mark_value(v, &mut weak);
        }
        // Ephemerons: a value in a weak-key table is live if its key is.
        loop {
            let mut progressed = false;
            for (t, wk, wv) in weak.clone() {
                if wk && !wv {
                    t.for_each(|k, v| {
                        if !is_collectable_dead(k) && is_collectable_dead(v) {
                            self.gray.push(*v);
                            progressed = true;
                        } else if !is_collectable_dead(k) {
                            if let Value::Str(s) = v {
                                if !s.is_shared() {
                                    s.marked().set(true);
                                }
                            }
                        }
                    });
                }
            }
            if !progressed {
                break;
            }
            while let Some(v) = self.gray.pop() {
                self.mark_value(v, &mut weak);
            }
        }
        // Weak values die with their objects before finalizable objects are resurrected.
        for (t, _, wv) in &weak {
            if *wv {
                unsafe { t.get_mut().clear_where(|_, v| is_collectable_dead(v)) };
            }
        }
        // Unreachable finalizable objects are resurrected until their finalizer has run.
        let mut i = self.finobj.len();
        while i > 0 {
            i -= 1;
            let t = self.finobj[i];
            if !t.header().marked.get() {
                self.finobj.remove(i);
                self.tobefnz.push(t);
            }
        }
        for t in self.tobefnz.clone() {
            self.gray.push(Value::Table(t));
        }
        while let Some(v) = self.gray.pop() {
            self.mark_value(v, &mut weak);
        }
        // Clear weak entries whose key or value died.
        for (t, wk, wv) in &weak {
            unsafe {
                t.get_mut().clear_where(|k, v| {
                    (*wk && is_collectable_dead(k)) || (*wv && is_collectable_dead(v))
                });
            }
        }
        self.sweep();
        self.threshold = (self.allocated / 100)
            .saturating_mul(self.pause as usize)
            .max(64 * 1024);
    }

    fn mark_value(&mut self, v: Value, weak: &mut Vec<(Gc<Table>, bool, bool)>) {
        match v {
            Value::Str(s) => {
                if !s.is_shared() {
                    s.marked().set(true);
                }
            }
            Value::Table(t) => {
                if t.is_shared() || t.header().marked.replace(true) {
                    return;
                }
                let (wk, wv) = weak_mode(&t);
                if let Some(m) = t.meta {
                    self.gray.push(Value::Table(m));
                }
                if wk || wv {
                    weak.push((t, wk, wv));
                    // Ephemeron approximation: strong values of weak-key tables are marked
                    // only through other paths; weak-value tables still mark keys.
                    let gray = &mut self.gray;
                    t.for_each(|k, val| {
                        if !wk {
                            gray.push(*k);
                        }
                        if !wv {
                            gray.push(*val);
                        }
                    });
                } else {
                    let gray = &mut self.gray;
                    t.for_each(|k, val| {
                        gray.push(*k);
                        gray.push(*val);
                    });
                }
            }
            Value::LuaFn(c) => {
                if c.is_shared() || c.header().marked.replace(true) {
                    return;
                }
                self.mark_instance(c.inst);
                for u in c.upvals.iter() {
                    self.mark_upval(*u);
                }
            }
            Value::NativeFn(n) => {
                if n.is_shared() || n.header().marked.replace(true) {
                    return;
                }
                self.gray.extend_from_slice(&n.upvals);
            }
            Value::UserData(u) => {
                if u.is_shared() || u.header().marked.replace(true) {
                    return;
                }
                if let Some(m) = u.meta {
                    self.gray.push(Value::Table(m));
                }
                self.gray.push(u.user_value);
            }
            Value::Thread(t) => {
                if t.is_shared() || t.header().marked.replace(true) {
                    return;
                }
                self.gray.extend_from_slice(&t.stack);
                for f in &t.frames {
                    if let Some(c) = f.closure {
                        self.gray.push(Value::LuaFn(c));
                    }
                }
                for u in &t.open_upvals {
                    self.mark_upval(*u);
                }
                if let Some(r) = t.resumer {
                    self.gray.push(Value::Thread(r));
                }
            }
            Value::Nil
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::LightUserData(_) => {}
        }
    }

    fn mark_upval(&mut self, u: Gc<UpVal>) {
        if u.is_shared() || u.header().marked.replace(true) {
            return;
        }
        match &u.state {
            UpState::Open { thread, .. } => self.gray.push(Value::Thread(*thread)),
            UpState::Closed(v) => self.gray.push(*v),
        }
    }

    fn mark_instance(&mut self, p: Gc<ProtoInstance>) {
        if p.is_shared() || p.header().marked.replace(true) {
            return;
        }
        self.gray.extend_from_slice(&p.consts);
        for c in p.children.iter() {
            if let Some(child) = c.get() {
                self.mark_instance(child);
            }
        }
    }

    fn sweep(&mut self) {
        let mut freed = 0usize;
        let interner = &mut self.interner;
        self.strings.retain(|s| {
            if s.marked().replace(false) {
                true
            } else {
                freed += s.alloc_size() + 16;
                if s.is_short() {
                    if let Ok(e) = interner.find_entry(s.hash() as u64, |x| x.addr() == s.addr()) {
                        e.remove();
                    }
                }
                unsafe { s.free() };
                false
            }
        });
        freed += sweep_list(&mut self.tables, |t| t.alloc_size());
        freed += sweep_list(&mut self.closures, |c| {
            std::mem::size_of::<GcBox<LuaClosure>>() + c.upvals.len() * 8
        });
        freed += sweep_list(&mut self.natives, |n| {
            std::mem::size_of::<GcBox<NativeClosure>>() + n.upvals.len() * 16
        });
        freed += sweep_list(&mut self.upvals, |_| std::mem::size_of::<GcBox<UpVal>>());
        freed += sweep_list(&mut self.threads, |t| t.alloc_size());
        freed += sweep_list(&mut self.userdata, |_| {
            std::mem::size_of::<GcBox<UserData>>()
        });
        freed += sweep_list(&mut self.instances, |p| {
            std::mem::size_of::<GcBox<ProtoInstance>>() + p.consts.len() * 16 + p.children.len() * 8
        });
        self.allocated = self.allocated.saturating_sub(freed);
    }
}

fn sweep_list<T>(list: &mut Vec<Gc<T>>, size: impl Fn(&T) -> usize) -> usize {
    let mut freed = 0;
    list.retain(|g| {
        if g.header().marked.replace(false) {
            true
        } else {
            freed += size(g);
            unsafe { g.free() };
            false
        }
    });
    freed
}

/// Whether a value is a collectable object that was not marked (dead after this cycle).
/// Strings are values, not objects, for weak tables (Lua never removes them).
fn is_collectable_dead(v: &Value) -> bool {
    match v {
        Value::Table(t) => !t.is_shared() && !t.header().marked.get(),
        Value::LuaFn(c) => !c.is_shared() && !c.header().marked.get(),
        Value::NativeFn(n) => !n.is_shared() && !n.header().marked.get(),
        Value::UserData(u) => !u.is_shared() && !u.header().marked.get(),
        Value::Thread(t) => !t.is_shared() && !t.header().marked.get(),
        _ => false,
    }
}

fn weak_mode(t: &Gc<Table>) -> (bool, bool) {
    let Some(meta) = t.meta else {
        return (false, false);
    };
    let mut wk = false;
    let mut wv = false;
    meta.for_each(|k, v| {
        if let (Value::Str(ks), Value::Str(vs)) = (k, v) {
            if ks.as_bytes() == b"__mode" {
                wk = vs.as_bytes().contains(&b'k');
                wv = vs.as_bytes().contains(&b'v');
            }
        }
    });
    (wk, wv)
}

impl Drop for Heap {
    fn drop(&mut self) {
        for s in self.strings.drain(..) {
            unsafe { s.free() };
        }
        free_all(&mut self.tables);
        free_all(&mut self.closures);
        free_all(&mut self.natives);
        free_all(&mut self.upvals);
        free_all(&mut self.threads);
        free_all(&mut self.userdata);
        free_all(&mut self.instances);
    }
}

fn free_all<T>(list: &mut Vec<Gc<T>>) {
    for g in list.drain(..) {
        unsafe { g.free() };
    }
}
