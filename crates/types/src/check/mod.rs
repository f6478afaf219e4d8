//! The static checker: one pass over the AST with flow-sensitive local types.
//!
//! Gradual rule: every value carries a `strict` bit saying its type is backed by an annotation
//! (directly or through typed functions). Shape errors (missing field, calling a non-function,
//! possibly-nil use) are only reported on strict values, and mismatches only when the expected
//! type is an annotation or the value is strict. Plain Lua has no annotations, so it never
//! produces a type error.

mod expr;
mod narrow;
mod stat;
mod types;

use crate::diag::{Code, Diagnostic};
use crate::model::TypeId;
use crate::session::{ModuleResolver, SessionState};
use crate::Sym;
use smallvec::SmallVec;
use wippy_parser::ast::{self, Span};

/// The type of one value and whether it is backed by annotations.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(crate) struct Val {
    pub ty: TypeId,
    pub strict: bool,
}

impl Val {
    pub const ANY: Val = Val {
        ty: TypeId::ANY,
        strict: false,
    };
    pub const NIL: Val = Val {
        ty: TypeId::NIL,
        strict: false,
    };

    pub fn loose(ty: TypeId) -> Val {
        Val { ty, strict: false }
    }

    pub fn strict(ty: TypeId) -> Val {
        Val { ty, strict: true }
    }
}

/// The values of an expression list: fixed values plus an optional variadic tail.
#[derive(Clone, Debug, Default)]
pub(crate) struct Vals {
    pub vals: SmallVec<[Val; 4]>,
    pub tail: Option<Val>,
}

impl Vals {
    /// Value `i`, taking the tail (or nil) past the fixed values.
    pub fn get(&self, i: usize) -> Val {
        match self.vals.get(i) {
            Some(v) => *v,
            None => self.tail.unwrap_or(Val::NIL),
        }
    }

    /// The first value (nil if there is none).
    pub fn first(&self) -> Val {
        self.get(0)
    }
}

/// A declared name and its type (built-in globals and type names).
pub(crate) type Declared = (Sym, TypeId);

/// Sentinel for "no local" in the binding chains.
const NONE: u32 = u32::MAX;

/// A field narrowing fact attached to a local (`if cfg.port then ...`).
#[derive(Copy, Clone, Debug)]
struct FieldFact {
    field: Sym,
    ty: TypeId,
}

/// A local variable in scope.
#[derive(Clone, Debug)]
struct Local {
    name: Sym,
    /// Declared (annotated) type, `any` if unannotated.
    declared: TypeId,
    /// Current flow-sensitive type.
    flow: TypeId,
    /// Whether reads are strict.
    strict: bool,
    /// Whether `declared` comes from an annotation.
    annotated: bool,
    /// Previous binding of the same name.
    prev: u32,
    /// For `local v, err = f()`: the index of `v` on `err`.
    partner: u32,
    /// Function nesting depth of the declaration.
    depth: u32,
    /// Narrowings of fields of this local.
    facts: SmallVec<[FieldFact; 2]>,
}

/// One entry of the flow undo log: a local's (or one of its fields') previous type.
#[derive(Copy, Clone, Debug)]
struct LogEntry {
    local: u32,
    /// `None` for the local itself.
    field: Option<Sym>,
    /// The previous type (`None` when the field fact did not exist).
    old: Option<TypeId>,
}

/// A type name in scope.
#[derive(Clone, Copy, Debug)]
enum TypeSlot<'a> {
    /// Declared but not resolved yet.
    Pending(&'a ast::TypeDecl),
    /// Being resolved: references are recursive (the alias id).
    InProgress(u32),
    /// A resolved non-generic alias.
    Done(TypeId),
    /// A generic alias (the alias id; applied lazily).
    Generic(u32),
    /// A generic parameter of an enclosing function or alias.
    Param(TypeId),
}

#[derive(Clone, Debug)]
struct TypeBinding<'a> {
    name: Sym,
    slot: TypeSlot<'a>,
    prev: u32,
}

/// Per-function checking context.
#[derive(Clone, Debug)]
struct FnCtx {
    /// Declared result types, if annotated.
    declared: Option<(SmallVec<[TypeId; 2]>, Option<TypeId>)>,
    /// Inferred result types (union per position) from `return` statements.
    inferred: SmallVec<[TypeId; 2]>,
    /// Whether any `return` was seen.
    returned: bool,
    /// Type of `...` (None if the function is not variadic).
    vararg: Option<Val>,
    /// Name used in messages.
    name: Box<str>,
}

/// Checks one chunk. Created per file by the session.
pub(crate) struct Checker<'a, 's> {
    pub(crate) session: &'s mut SessionState,
    pub(crate) resolver: &'s mut dyn ModuleResolver,
    pub(crate) file: &'a str,
    /// The type of the chunk's first returned value (a module's export).
    pub(crate) exported: TypeId,
    pub(crate) diags: Vec<Diagnostic>,
    locals: Vec<Local>,
    binding: Vec<u32>,
    scopes: Vec<(u32, u32)>,
    log: Vec<LogEntry>,
    types: Vec<TypeBinding<'a>>,
    type_binding: Vec<u32>,
    fns: Vec<FnCtx>,
    globals: hashbrown::HashMap<Sym, Val>,
    /// The type of unannotated functions.
    untyped_fn: TypeId,
    /// Scratch for branch snapshots: (local, field, type).
    snaps: Vec<(u32, Option<Sym>, TypeId)>,
    /// Outer locals assigned inside closures (reset after each function body).
    captured: Vec<u32>,
    /// Nesting of `field_of` (bounds degenerate recursive aliases such as `type A = A?`).
    field_depth: u32,
}

impl<'a, 's> Checker<'a, 's> {
    pub(crate) fn new(
        session: &'s mut SessionState,
        resolver: &'s mut dyn ModuleResolver,
        file: &'a str,
    ) -> Checker<'a, 's> {
        let untyped_fn = session.arena.untyped_function();
        Checker {
            session,
            resolver,
            file,
            exported: TypeId::ANY,
            diags: Vec::new(),
            locals: Vec::new(),
            binding: Vec::new(),
            scopes: Vec::new(),
            log: Vec::new(),
            types: Vec::new(),
            type_binding: Vec::new(),
            fns: Vec::new(),
            globals: hashbrown::HashMap::new(),
            untyped_fn,
            snaps: Vec::new(),
            captured: Vec::new(),
            field_depth: 0,
        }
    }

    /// Checks a whole chunk; records the type of its first returned value in `exported` and
    /// the chunk's top-level type declarations as that value's exported types.
    pub(crate) fn check_chunk(&mut self, chunk: &'a ast::Chunk) {
        self.fns.push(FnCtx {
            declared: None,
            inferred: SmallVec::new(),
            returned: false,
            vararg: Some(Val::ANY),
            name: "main chunk".into(),
        });
        self.push_scope();
        self.block_body(&chunk.block);
        let ctx = self.fns.pop();
        self.exported = ctx
            .and_then(|c| c.inferred.first().copied())
            .unwrap_or(TypeId::ANY);
        if self.exported != TypeId::ANY {
            for (name, ty) in self.top_level_types() {
                self.session.module_types.insert((self.exported, name), ty);
            }
        }
        self.pop_scope();
    }

    /// The declarations of a built-in declaration chunk: the globals (`local x: T`) and the
    /// type names (`type X = T`).
    pub(crate) fn declarations(&mut self, chunk: &'a ast::Chunk) -> (Vec<Declared>, Vec<Declared>) {
        self.push_scope();
        self.hoist_types(&chunk.block);
        let mut globals = Vec::new();
        for stat in &chunk.block.stats {
            match &stat.kind {
                ast::StatKind::Local { names, .. } => {
                    for b in names {
                        let ty = b.ty.as_ref().map_or(TypeId::ANY, |t| self.resolve_type(t));
                        globals.push((self.sym(&b.name.name), ty));
                    }
                }
                ast::StatKind::TypeDecl(decl) => self.resolve_decl(decl),
                _ => {}
            }
        }
        let types = self.top_level_types();
        self.pop_scope();
        (globals, types)
    }

    /// The resolved non-generic type declarations of the outermost scope.
    fn top_level_types(&mut self) -> Vec<(Sym, TypeId)> {
        let end = self
            .scopes
            .get(1)
            .map_or(self.types.len(), |s| s.1 as usize);
        (0..end)
            .filter_map(|i| match self.types[i].slot {
                TypeSlot::Done(ty) => Some((self.types[i].name, ty)),
                _ => None,
            })
            .collect()
    }

    // ---- helpers -------------------------------------------------------------------------

    fn arena(&mut self) -> &mut crate::model::TypeArena {
        &mut self.session.arena
    }

    fn sym(&mut self, name: &str) -> Sym {
        self.session.arena.names.intern(name.as_bytes())
    }

    fn show(&mut self, ty: TypeId) -> String {
        self.session.arena.display(ty)
    }

    /// Displays an actual type, widening literals when the literal value is irrelevant.
    fn show_actual(&mut self, actual: TypeId, expected: TypeId) -> String {
        let widened = self.arena().widen(actual);
        let expected = self.arena().resolve(expected);
        let literal_expected = self.arena().widen(expected) != expected;
        if widened != actual && !literal_expected && !self.arena().is_subtype(widened, expected) {
            self.show(widened)
        } else {
            self.show(actual)
        }
    }

    fn error(&mut self, span: Span, code: Code, message: String) {
        self.diags
            .push(Diagnostic::error(self.file, span, code, message));
    }

    fn depth(&self) -> u32 {
        self.fns.len() as u32
    }

    // ---- scopes --------------------------------------------------------------------------

    fn push_scope(&mut self) {
        self.scopes
            .push((self.locals.len() as u32, self.types.len() as u32));
    }

    fn pop_scope(&mut self) {
        let Some((nlocals, ntypes)) = self.scopes.pop() else {
            return;
        };
        while self.locals.len() > nlocals as usize {
            if let Some(l) = self.locals.pop() {
                self.binding[l.name.0 as usize] = l.prev;
            }
        }
        while self.types.len() > ntypes as usize {
            if let Some(t) = self.types.pop() {
                self.type_binding[t.name.0 as usize] = t.prev;
            }
        }
    }

    /// Declares a local; returns its index.
    fn declare(
        &mut self,
        name: Sym,
        declared: TypeId,
        flow: TypeId,
        strict: bool,
        annotated: bool,
    ) -> u32 {
        let slot = name.0 as usize;
        if self.binding.len() <= slot {
            self.binding.resize(slot + 1, NONE);
        }
        let index = self.locals.len() as u32;
        let prev = self.binding[slot];
        self.locals.push(Local {
            name,
            declared,
            flow,
            strict,
            annotated,
            prev,
            partner: NONE,
            depth: self.depth(),
            facts: SmallVec::new(),
        });
        self.binding[slot] = index;
        index
    }

    fn lookup_local(&self, name: Sym) -> Option<u32> {
        match self.binding.get(name.0 as usize) {
            Some(&i) if i != NONE => Some(i),
            _ => None,
        }
    }

    fn declare_type(&mut self, name: Sym, slot: TypeSlot<'a>) -> u32 {
        let s = name.0 as usize;
        if self.type_binding.len() <= s {
            self.type_binding.resize(s + 1, NONE);
        }
        let index = self.types.len() as u32;
        let prev = self.type_binding[s];
        self.types.push(TypeBinding { name, slot, prev });
        self.type_binding[s] = index;
        index
    }

    fn lookup_type(&self, name: Sym) -> Option<u32> {
        match self.type_binding.get(name.0 as usize) {
            Some(&i) if i != NONE => Some(i),
            _ => None,
        }
    }

    /// Whether a global name still refers to the built-in (no local shadows it).
    fn is_builtin(&mut self, name: &str) -> bool {
        let sym = self.sym(name);
        self.lookup_local(sym).is_none() && !self.globals.contains_key(&sym)
    }

    // ---- flow log ------------------------------------------------------------------------

    fn mark(&self) -> usize {
        self.log.len()
    }

    /// Sets the flow type of a local, logging the old one.
    fn set_flow(&mut self, local: u32, ty: TypeId) {
        let l = &mut self.locals[local as usize];
        if l.flow == ty {
            return;
        }
        self.log.push(LogEntry {
            local,
            field: None,
            old: Some(l.flow),
        });
        l.flow = ty;
    }

    /// Sets (or with `None` removes) the narrowed type of `local.field`, logging the old one.
    fn set_fact(&mut self, local: u32, field: Sym, ty: Option<TypeId>) {
        let l = &mut self.locals[local as usize];
        let pos = l.facts.iter().position(|f| f.field == field);
        let old = pos.map(|p| l.facts[p].ty);
        if old == ty {
            return;
        }
        match (pos, ty) {
            (Some(p), Some(ty)) => l.facts[p].ty = ty,
            (Some(p), None) => {
                l.facts.remove(p);
            }
            (None, Some(ty)) => l.facts.push(FieldFact { field, ty }),
            (None, None) => return,
        }
        self.log.push(LogEntry {
            local,
            field: Some(field),
            old,
        });
    }

    fn fact(&self, local: u32, field: Sym) -> Option<TypeId> {
        self.locals[local as usize]
            .facts
            .iter()
            .find(|f| f.field == field)
            .map(|f| f.ty)
    }

    /// Removes every field fact of a local (after the local is reassigned).
    fn clear_facts(&mut self, local: u32) {
        while let Some(f) = self.locals[local as usize].facts.last().copied() {
            self.set_fact(local, f.field, None);
        }
    }

    /// The narrowable path of a field expression rooted at a local: `x.a` is `(x, "a")`,
    /// `x.a.b` is `(x, "a.b")`.
    fn field_path(&mut self, e: &ast::Expr) -> Option<(u32, Sym)> {
        let ast::ExprKind::Field { obj, name } = &e.kind else {
            return None;
        };
        match &obj.kind {
            ast::ExprKind::Name(n) => {
                let local = self.find_local(&n.name)?;
                Some((local, self.sym(&name.name)))
            }
            ast::ExprKind::Field { .. } => {
                let (local, parent) = self.field_path(obj)?;
                let mut path = self.session.arena.names.bytes(parent).to_vec();
                path.push(b'.');
                path.extend_from_slice(name.name.as_bytes());
                Some((local, self.session.arena.names.intern(&path)))
            }
            _ => None,
        }
    }

    /// The local at the root of a field chain (`x` in `x.a.b`).
    fn root_local(&self, e: &ast::Expr) -> Option<u32> {
        match &e.kind {
            ast::ExprKind::Name(n) => self.find_local(&n.name),
            ast::ExprKind::Field { obj, .. } => self.root_local(obj),
            _ => None,
        }
    }

    /// Removes the facts about fields below `path` (`a.b.*` when `a.b` changes).
    fn clear_facts_under(&mut self, local: u32, path: Sym) {
        let prefix = self.session.arena.names.bytes(path).to_vec();
        let below: SmallVec<[Sym; 4]> = self.locals[local as usize]
            .facts
            .iter()
            .map(|f| f.field)
            .filter(|&f| {
                let name = self.session.arena.names.bytes(f);
                name.len() > prefix.len() && name.starts_with(&prefix) && name[prefix.len()] == b'.'
            })
            .collect();
        for f in below {
            self.set_fact(local, f, None);
        }
    }

    /// Undoes flow changes back to `mark`.
    fn undo(&mut self, mark: usize) {
        while self.log.len() > mark {
            let Some(e) = self.log.pop() else { break };
            let Some(l) = self.locals.get_mut(e.local as usize) else {
                continue;
            };
            match e.field {
                None => {
                    if let Some(old) = e.old {
                        l.flow = old;
                    }
                }
                Some(field) => {
                    let pos = l.facts.iter().position(|f| f.field == field);
                    match (pos, e.old) {
                        (Some(p), Some(old)) => l.facts[p].ty = old,
                        (Some(p), None) => {
                            l.facts.remove(p);
                        }
                        (None, Some(old)) => l.facts.push(FieldFact { field, ty: old }),
                        (None, None) => {}
                    }
                }
            }
        }
    }

    /// The current type of a (local, field) place.
    fn place_type(&self, local: u32, field: Option<Sym>) -> Option<TypeId> {
        let l = self.locals.get(local as usize)?;
        match field {
            None => Some(l.flow),
            Some(f) => self.fact(local, f),
        }
    }

    /// Appends the current types of every place changed since `base` to the snapshot buffer.
    fn snapshot(&mut self, base: usize) {
        for i in base..self.log.len() {
            let e = self.log[i];
            if (e.local as usize) >= self.locals.len() {
                continue;
            }
            if self
                .snaps
                .iter()
                .rev()
                .take_while(|s| s.0 != NONE)
                .any(|s| s.0 == e.local && s.1 == e.field)
            {
                continue;
            }
            let ty = self.place_type(e.local, e.field).unwrap_or(TypeId::ANY);
            self.snaps.push((e.local, e.field, ty));
        }
        self.snaps.push((NONE, None, TypeId::NEVER));
    }

    /// Joins the snapshots taken since `snap_base` (one per falling-through branch) into the
    /// current state, which must be the state before the branches.
    fn join_snapshots(&mut self, snap_base: usize) {
        let snaps: Vec<(u32, Option<Sym>, TypeId)> = self.snaps.drain(snap_base..).collect();
        let branches = snaps.iter().filter(|s| s.0 == NONE).count();
        if branches == 0 {
            return;
        }
        let mut places: SmallVec<[(u32, Option<Sym>); 8]> = SmallVec::new();
        for s in &snaps {
            if s.0 != NONE && !places.contains(&(s.0, s.1)) {
                places.push((s.0, s.1));
            }
        }
        for (local, field) in places {
            let base = self.place_type(local, field);
            let mut parts: SmallVec<[TypeId; 4]> = SmallVec::new();
            let mut unknown = false;
            let mut start = 0;
            for (i, s) in snaps.iter().enumerate() {
                if s.0 != NONE {
                    continue;
                }
                let branch = &snaps[start..i];
                start = i + 1;
                match branch.iter().find(|b| b.0 == local && b.1 == field) {
                    Some(b) => parts.push(b.2),
                    None => match base {
                        Some(t) => parts.push(t),
                        None => unknown = true,
                    },
                }
            }
            match field {
                None => {
                    let joined = self.arena().union(&parts);
                    self.set_flow(local, joined);
                }
                Some(f) => {
                    let joined = if unknown {
                        None
                    } else {
                        Some(self.arena().union(&parts))
                    };
                    self.set_fact(local, f, joined);
                }
            }
        }
    }

    /// Resets the flow type of every local assigned in `block` to its declared type (used at
    /// loop entry, so the body is checked against every iteration's state).
    fn widen_assigned(&mut self, block: &ast::Block) {
        let mut targets: SmallVec<[&ast::Expr; 8]> = SmallVec::new();
        collect_assigned(block, &mut |target| targets.push(target));
        for target in targets {
            match &target.kind {
                ast::ExprKind::Name(n) => {
                    if let Some(local) = self.find_local(&n.name) {
                        let declared = self.locals[local as usize].declared;
                        self.set_flow(local, declared);
                        self.clear_facts(local);
                    }
                }
                ast::ExprKind::Field { .. } => {
                    if let Some((local, path)) = self.field_path(target) {
                        self.set_fact(local, path, None);
                        self.clear_facts_under(local, path);
                    }
                }
                _ => {}
            }
        }
    }

    /// The local currently bound to `name`, without interning new names.
    fn find_local(&self, name: &str) -> Option<u32> {
        let sym = self.session.arena.names.lookup(name.as_bytes())?;
        self.lookup_local(sym)
    }
}

/// Calls `f` on every assignment target in a block, nested blocks and functions included.
fn collect_assigned<'b>(block: &'b ast::Block, f: &mut dyn FnMut(&'b ast::Expr)) {
    for stat in &block.stats {
        match &stat.kind {
            ast::StatKind::Assign { targets, .. } => targets.iter().for_each(&mut *f),
            ast::StatKind::Do(b) => collect_assigned(b, f),
            ast::StatKind::While { body, .. } | ast::StatKind::Repeat { body, .. } => {
                collect_assigned(body, f)
            }
            ast::StatKind::NumericFor { body, .. } | ast::StatKind::GenericFor { body, .. } => {
                collect_assigned(body, f)
            }
            ast::StatKind::If {
                clauses,
                else_block,
            } => {
                for c in clauses {
                    collect_assigned(&c.block, f);
                }
                if let Some(b) = else_block {
                    collect_assigned(b, f);
                }
            }
            ast::StatKind::Function { func, .. } | ast::StatKind::LocalFunction { func, .. } => {
                collect_assigned(&func.body, f)
            }
            _ => {}
        }
    }
}
