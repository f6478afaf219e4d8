//! A checking session: the type arena, the built-in declarations and the module cache, shared
//! by every file checked in it (so each required module is checked once).

use crate::check::Checker;
use crate::diag::Diagnostic;
use crate::model::{Type, TypeArena, TypeId};
use crate::Sym;
use hashbrown::HashMap;
use wippy_parser::ast;

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
#[derive(Clone, Debug)]
enum ModuleState {
    /// Being checked (a cyclic `require` sees `any`).
    InProgress,
    /// Checked: the type of the value it returns, and the file's diagnostics.
    Done(TypeId, Vec<Diagnostic>),
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

/// A checking session over one snapshot of a project. Reuse it to check many files: built-ins
/// are loaded once, and every file is checked once whether it is reached by `require` or checked
/// directly (a file already checked returns its recorded diagnostics; paths must be spelled the
/// same way by the caller and the [`ModuleResolver`]).
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
        if let Some(ModuleState::Done(_, diags)) = self.state.modules.get(path) {
            return diags.clone();
        }
        match wippy_parser::parse(source, path) {
            Ok(chunk) => self.check(&chunk, path, resolver),
            Err(e) => {
                let diags = vec![Diagnostic::syntax(path, e.span, e.message)];
                let done = ModuleState::Done(TypeId::ANY, diags.clone());
                self.state.modules.insert(path.to_string(), done);
                diags
            }
        }
    }

    /// Checks an already parsed chunk.
    pub fn check(
        &mut self,
        chunk: &ast::Chunk,
        path: &str,
        resolver: &mut dyn ModuleResolver,
    ) -> Vec<Diagnostic> {
        if let Some(ModuleState::Done(_, diags)) = self.state.modules.get(path) {
            return diags.clone();
        }
        self.state
            .modules
            .insert(path.to_string(), ModuleState::InProgress);
        let mut checker = Checker::new(&mut self.state, resolver, path);
        checker.check_chunk(chunk);
        let (exported, diags) = (checker.exported, std::mem::take(&mut checker.diags));
        let done = ModuleState::Done(exported, diags.clone());
        self.state.modules.insert(path.to_string(), done);
        diags
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
    pub(crate) fn require(&mut self, name: &str) -> TypeId {
        let from = self.file.to_string();
        let Some((path, source)) = self.resolver.resolve(name, &from) else {
            return self.builtin_module(name);
        };
        match self.session.modules.get(&path) {
            Some(ModuleState::Done(ty, _)) => return *ty,
            Some(ModuleState::InProgress) => return TypeId::ANY,
            None => {}
        }
        self.session
            .modules
            .insert(path.clone(), ModuleState::InProgress);
        let (ty, diags) = match wippy_parser::parse(&source, &path) {
            Ok(chunk) => {
                let mut sub = Checker::new(&mut *self.session, &mut *self.resolver, &path);
                sub.check_chunk(&chunk);
                (sub.exported, std::mem::take(&mut sub.diags))
            }
            Err(e) => (
                TypeId::ANY,
                vec![Diagnostic::syntax(&path, e.span, e.message)],
            ),
        };
        self.session
            .modules
            .insert(path, ModuleState::Done(ty, diags));
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

    /// Serves modules from memory and counts lookups.
    struct Files(Vec<(&'static str, &'static str)>, usize);

    impl ModuleResolver for Files {
        fn resolve(&mut self, name: &str, _from: &str) -> Option<(String, Vec<u8>)> {
            self.1 += 1;
            let path = format!("{name}.lua");
            let (_, src) = self.0.iter().find(|(p, _)| *p == path)?;
            Some((path, src.as_bytes().to_vec()))
        }
    }

    #[test]
    fn each_file_is_checked_once() {
        let lib = "local M = {}\nfunction M.f(x: number): number return x end\nlocal bad: string = 1\nreturn M\n";
        let mut files = Files(vec![("lib.lua", lib)], 0);
        let mut session = Session::new();
        let main = b"local lib = require('lib')\nlocal a = require('lib')\nlib.f('x')\n";
        let diags = session.check_source(main, "main.lua", &mut files);
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!(diags[0].code, crate::Code::ArgumentMismatch);
        // The module's own error is recorded and returned when the CLI checks that file.
        let lib_diags = session.check_source(lib.as_bytes(), "lib.lua", &mut files);
        assert_eq!(lib_diags.len(), 1);
        assert_eq!(lib_diags[0].message, "cannot assign integer to string");
        assert_eq!(files.1, 2, "resolved twice, parsed and checked once");
    }
}
