//! Compiled functions: immutable, shared between processes through `Arc`.

use std::sync::Arc;

use crate::opcode::Instruction;

/// A constant of a function's constant table.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `nil`
    Nil,
    /// `true` / `false`
    Bool(bool),
    /// An integer.
    Int(i64),
    /// A float (compared bit-for-bit when deduplicating, so `0.0` and `-0.0` stay distinct).
    Float(f64),
    /// A byte string.
    Str(Box<[u8]>),
}

/// Where a closure finds one of its upvalues when it is created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpvalDesc {
    /// `true`: a register (local) of the enclosing function; `false`: an upvalue of it.
    pub in_stack: bool,
    /// The register or upvalue index in the enclosing function.
    pub index: u8,
    /// The upvalue's name (for error messages and `debug`).
    pub name: Box<str>,
}

/// A local variable's name and the instruction range where it is active.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalVar {
    /// The variable's name (internal names such as `(for index)` included, as in PUC Lua).
    pub name: Box<str>,
    /// First instruction where the variable is active.
    pub start_pc: u32,
    /// First instruction where the variable is dead.
    pub end_pc: u32,
}

/// A compiled function prototype.
#[derive(Clone, Debug, PartialEq)]
pub struct Proto {
    /// The bytecode.
    pub code: Box<[Instruction]>,
    /// Source line of each instruction (same length as `code`).
    pub line_info: Box<[u32]>,
    /// The constant table.
    pub constants: Box<[Constant]>,
    /// Nested function prototypes (indexed by CLOSURE's Bx).
    pub protos: Box<[Arc<Proto>]>,
    /// Upvalue descriptors; the main chunk has exactly one, `_ENV`.
    pub upvalues: Box<[UpvalDesc]>,
    /// Local variables in declaration order (as PUC's `locvars`; `start_pc` is not always
    /// increasing, e.g. after `local function`), for error messages and `debug`.
    pub locals: Box<[LocalVar]>,
    /// Number of fixed parameters.
    pub num_params: u8,
    /// Whether the function takes `...`.
    pub is_vararg: bool,
    /// Number of registers the function needs.
    pub max_stack: u8,
    /// Line where the function starts (0 for the main chunk).
    pub line_defined: u32,
    /// Line where the function ends (0 for the main chunk).
    pub last_line_defined: u32,
    /// The chunk name as given to `load` (`@file.lua`, `=stdin`, or the source string).
    pub source: Arc<str>,
}
