//! A checking session: the type arena, the built-in declarations and the module cache, shared
//! by every file checked in it (so each required module is checked once).

use crate::check::Checker;
use crate::diag::Diagnostic;
use crate::model::{Type, TypeArena, TypeId};
use crate::Sym;
use hashbrown::HashMap;
use wippy_parser::ast::{self, Span};

/// The built-in declarations, in the annotation syntax.
const BUILTINS: &str = include_str!("builtins.d.lua");

/// Finds the source of modules for `require("name")`.
pub trait ModuleResolver {
    /// Locates module `name` required from file `from`; returns its path and source text, or
    /// `None` if there is no such file (the module's value is then `any`).
    fn resolve(&mut self, name: &str, from: &str) -> Option<(String, Vec<u8>)>;
}

/// A resolver that finds no modules (every `require` is `any`, built-in modules excepted).
#[derive(Debug, Default, Clone, Copy)]
pub struct NoModules;

impl ModuleResolver for NoModules {
    fn resolve(&mut self, _name: &str, _from: &str) -> Option<(String, Vec<u8>)> {
        None
    }
}

/// Progress of a required module.
#[derive(Clone, Copy, Debug)]
enum ModuleState {
    /// Being checked (a cyclic `require` sees `any`).
    InProgress,
    /// Checked: the type of the value it returns.
    Done(TypeId),
}

/// Everything a [`Checker`] shares with the files checked before it.
#[derive(Debug)]
pub(crate) struct SessionState {
    pub arena: TypeArena,
    pub builtin_globals: HashMap<Sym, TypeId>,
    pub builtin_types: HashMap<Sym, TypeId>,
    /// The type of the `string` library (string methods).
    pub string_lib: TypeId,
    /// Built-in modules (`time`, `json`): a record type keyed by module name.
    pub builtin_modules: TypeId,
    /// Types declared at the top level of required modules, keyed by the module value's type.
    pub module_types: HashMap<(TypeId, Sym), TypeId>,
    modules: HashMap<String, ModuleState>,
}

/// A checking session. Reuse it to check many files: built-ins are loaded once and required
/// modules are checked once.
#[derive(Debug)]
pub struct Session {
    state: SessionState,
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

impl Session {
    /// A session with the built-in declarations loaded.
    pub fn new() -> Session {
        let mut state = SessionState {
            arena: TypeArena::new(),
            builtin_globals: HashMap::new(),
            builtin_types: HashMap::new(),
            string_lib: TypeId::ANY,
            builtin_modules: TypeId::ANY,
            module_types: HashMap::new(),
            modules: HashMap::new(),
        };
        load_builtins(&mut state);
        Session { state }
    }

    /// The session's type arena (types of checked modules live here).
    pub fn arena(&self) -> &TypeArena {
        &self.state.arena
    }

    /// Parses and checks one source file. A syntax error is returned as a P0001 diagnostic.
    pub fn check_source(
        &mut self,
        source: &[u8],
        path: &str,
        resolver: &mut dyn ModuleResolver,
    ) -> Vec<Diagnostic> {
        match wippy_parser::parse(source, path) {
            Ok(chunk) => self.check(&chunk, path, resolver),
            Err(e) => vec![Diagnostic::syntax(path, e.span, e.message)],
        }
    }

    /// Checks an already parsed chunk.
    pub fn check(
        &mut self,
        chunk: &ast::Chunk,
        path: &str,
        resolver: &mut dyn ModuleResolver,
    ) -> Vec<Diagnostic> {
        let mut checker = Checker::new(&mut self.state, resolver, path);
        checker.check_chunk(chunk);
        checker.diags
    }
}

/// Parses the built-in declarations into the session's global and type tables.
fn load_builtins(state: &mut SessionState) {
    let Ok(chunk) = wippy_parser::parse(BUILTINS.as_bytes(), "builtins.d.lua") else {
        return;
    };
    let mut resolver = NoModules;
    let mut checker = Checker::new(state, &mut resolver, "builtins.d.lua");
    let (globals, types) = checker.declarations(&chunk);
    for (name, ty) in globals {
        state.builtin_globals.insert(name, ty);
    }
    for (name, ty) in types {
        state.builtin_types.insert(name, ty);
    }
    let lookup = |state: &SessionState, name: &[u8], table: &HashMap<Sym, TypeId>| {
        state
            .arena
            .names
            .lookup(name)
            .and_then(|s| table.get(&s).copied())
            .unwrap_or(TypeId::ANY)
    };
    state.string_lib = lookup(state, b"string", &state.builtin_globals);
    state.builtin_modules = lookup(state, b"Modules", &state.builtin_types);
}

impl Checker<'_, '_> {
    /// `require("name")`: the type of the module's returned value (checked once per session).
    pub(crate) fn require(&mut self, name: &str, _span: Span) -> TypeId {
        let from = self.file.to_string();
        let Some((path, source)) = self.resolver.resolve(name, &from) else {
            return self.builtin_module(name);
        };
        match self.session.modules.get(&path) {
            Some(ModuleState::Done(ty)) => return *ty,
            Some(ModuleState::InProgress) => return TypeId::ANY,
            None => {}
        }
        self.session
            .modules
            .insert(path.clone(), ModuleState::InProgress);
        let ty = match wippy_parser::parse(&source, &path) {
            Ok(chunk) => {
                let mut sub = Checker::new(&mut *self.session, &mut *self.resolver, &path);
                sub.check_chunk(&chunk);
                sub.exported
            }
            Err(_) => TypeId::ANY,
        };
        self.session.modules.insert(path, ModuleState::Done(ty));
        ty
    }

    fn builtin_module(&mut self, name: &str) -> TypeId {
        let modules = self.session.builtin_modules;
        let Some(sym) = self.session.arena.names.lookup(name.as_bytes()) else {
            return TypeId::ANY;
        };
        match self.session.arena.get(modules) {
            Type::Record(r) => r.field(sym).map_or(TypeId::ANY, |f| f.ty),
            _ => TypeId::ANY,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_parse_and_load() {
        if let Err(e) = wippy_parser::parse(BUILTINS.as_bytes(), "builtins.d.lua") {
            panic!("builtins.d.lua: {e} at {:?}", e.span);
        }
        let mut state = Session::new().state;
        let print = state.arena.names.lookup(b"print").expect("print interned");
        assert!(state.builtin_globals.contains_key(&print));
        assert!(matches!(state.arena.get(state.string_lib), Type::Record(_)));
        assert!(matches!(
            state.arena.get(state.builtin_modules),
            Type::Record(_)
        ));
        let mut resolver = NoModules;
        let chunk = wippy_parser::parse(BUILTINS.as_bytes(), "builtins.d.lua").expect("parses");
        let mut checker = Checker::new(&mut state, &mut resolver, "builtins.d.lua");
        checker.declarations(&chunk);
        assert!(checker.diags.is_empty(), "{:?}", checker.diags);
    }
}
