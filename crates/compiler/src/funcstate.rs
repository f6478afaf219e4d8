//! The state of one function being compiled (lparser.h `FuncState`) and expression descriptors
//! (`expdesc`), plus the parts of lcode.c that manage registers and constants.

use hashbrown::HashMap;
use std::sync::Arc;

use crate::error::{CResult, Fail};
use crate::opcode::{MAXARG_AX, MAXARG_BX};
use crate::proto::{Constant, LocalVar, Proto, UpvalDesc};

/// Marks the end of a jump list.
pub(crate) const NO_JUMP: i32 = -1;
/// "Keep all results" for calls and varargs.
pub(crate) const MULTRET: i32 = -1;
/// Maximum number of registers of a Lua function.
const MAXREGS: u32 = 255;
/// Maximum number of active local variables per function.
pub(crate) const MAXVARS: usize = 200;
/// Maximum number of upvalues per function.
pub(crate) const MAXUPVAL: usize = 255;
/// Limit of the debug-info vectors PUC grows with `SHRT_MAX`.
const SHRT_MAX: usize = 32767;

/// Where an expression's value is (lparser.h `expkind`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum ExpKind {
    /// No value (empty expression list).
    Void,
    /// `nil`
    Nil,
    /// `true`
    True,
    /// `false`
    False,
    /// Constant `K[n]`.
    K(u32),
    /// Float constant not yet in the table.
    KFlt(f64),
    /// Integer constant not yet in the table.
    KInt(i64),
    /// Value in a fixed register.
    NonReloc(u32),
    /// Local variable in a register.
    Local(u32),
    /// Upvalue.
    Upval(u32),
    /// `t[idx]`: `t` a register or (if `t_upval`) an upvalue; `idx` an RK operand, or with
    /// `field` a plain constant index of a string key (GETFIELD/SETFIELD).
    Indexed {
        t: u32,
        idx: u32,
        t_upval: bool,
        field: bool,
    },
    /// A test/comparison; the payload is the pc of its jump.
    Jmp(i32),
    /// The instruction at pc can put its result in any register (its A field).
    Relocable(i32),
    /// An open call at pc.
    Call(i32),
    /// An open vararg at pc.
    Vararg(i32),
}

/// An expression being compiled, with its pending true/false jump lists.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct ExpDesc {
    /// Where the value is.
    pub k: ExpKind,
    /// Patch list of "exit when true".
    pub t: i32,
    /// Patch list of "exit when false".
    pub f: i32,
}

impl ExpDesc {
    /// An expression of kind `k` without pending jumps.
    pub(crate) fn new(k: ExpKind) -> ExpDesc {
        ExpDesc {
            k,
            t: NO_JUMP,
            f: NO_JUMP,
        }
    }

    /// Whether the expression has pending jumps.
    pub(crate) fn has_jumps(&self) -> bool {
        self.t != self.f
    }

    /// Whether the expression may produce several values (open call or vararg).
    pub(crate) fn has_multret(&self) -> bool {
        matches!(self.k, ExpKind::Call(_) | ExpKind::Vararg(_))
    }
}

/// Key of the constant cache shared by all functions of a chunk (PUC's scanner table `ls->h`):
/// floats with integral values share the slot of the equal integer *table key*, which differs
/// from the slot of an integer constant, exactly as in lcode.c `addk`.
/// Strings have their own map (looked up by `&[u8]` without allocating).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum KKey {
    Nil,
    Bool(bool),
    Int(i64),
    FltInt(i64),
    Flt(u64),
}

/// The constant cache: key to the most recent constant index given out for it (in any function).
#[derive(Default)]
pub(crate) struct KCache {
    strings: HashMap<Box<[u8]>, u32>,
    others: HashMap<KKey, u32>,
}

/// A block scope (lparser.c `BlockCnt`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct BlockCnt {
    /// Index of the first label of this block.
    pub first_label: usize,
    /// Index of the first pending goto of this block.
    pub first_goto: usize,
    /// Active locals outside the block.
    pub nactvar: u32,
    /// Some local of the block is captured as an upvalue.
    pub upval: bool,
    /// The block is a loop (`break` target).
    pub is_loop: bool,
}

/// A label or a pending goto (lparser.h `Labeldesc`).
#[derive(Clone, Debug)]
pub(crate) struct LabelDesc {
    /// Label name (`break` for breaks).
    pub name: Box<str>,
    /// Position in the code.
    pub pc: i32,
    /// Source line.
    pub line: u32,
    /// Active locals at that position.
    pub nactvar: u32,
}

/// One function under construction.
pub(crate) struct FuncState {
    pub code: Vec<u32>,
    pub lines: Vec<u32>,
    pub constants: Vec<Constant>,
    pub protos: Vec<Arc<Proto>>,
    pub upvalues: Vec<UpvalDesc>,
    pub locvars: Vec<LocalVar>,
    /// `locvars` index of each declared local (active ones first, then pending declarations).
    pub actvar: Vec<usize>,
    pub nactvar: u32,
    pub freereg: u32,
    pub max_stack: u32,
    /// Last pc that is a jump target.
    pub lasttarget: i32,
    /// Pending jumps to the current pc.
    pub jpc: i32,
    pub blocks: Vec<BlockCnt>,
    pub labels: Vec<LabelDesc>,
    pub gotos: Vec<LabelDesc>,
    pub is_vararg: bool,
    pub num_params: u8,
    pub line_defined: u32,
    /// Line given to emitted instructions (PUC's `ls->lastline`).
    pub line: u32,
    /// Emit LOADI/GETFIELD/SETFIELD (false: exactly PUC Lua 5.3's instruction set).
    pub extended: bool,
    /// Constant cache, handed from function to function (see [`KKey`]).
    pub kcache: KCache,
}

impl FuncState {
    /// A fresh function (lparser.c `open_func`, minus the block).
    pub(crate) fn new(line_defined: u32, line: u32, extended: bool, kcache: KCache) -> FuncState {
        FuncState {
            code: Vec::new(),
            lines: Vec::new(),
            constants: Vec::new(),
            protos: Vec::new(),
            upvalues: Vec::new(),
            locvars: Vec::new(),
            actvar: Vec::new(),
            nactvar: 0,
            freereg: 0,
            max_stack: 2,
            lasttarget: 0,
            jpc: NO_JUMP,
            blocks: Vec::new(),
            labels: Vec::new(),
            gotos: Vec::new(),
            is_vararg: false,
            num_params: 0,
            line_defined,
            line,
            extended,
            kcache,
        }
    }

    /// The current pc.
    pub(crate) fn pc(&self) -> i32 {
        self.code.len() as i32
    }

    /// `errorlimit`: `too many <what> (limit is N) in <function>`.
    pub(crate) fn limit_error(&self, limit: usize, what: &str) -> Fail {
        let where_ = if self.line_defined == 0 {
            "main function".to_string()
        } else {
            format!("function at line {}", self.line_defined)
        };
        Fail::Syntax(format!("too many {what} (limit is {limit}) in {where_}"))
    }

    // ---- registers ----

    /// `luaK_checkstack`.
    pub(crate) fn check_stack(&mut self, n: u32) -> CResult<()> {
        let newstack = self.freereg + n;
        if newstack > self.max_stack {
            if newstack >= MAXREGS {
                return Err(Fail::Syntax(
                    "function or expression needs too many registers".into(),
                ));
            }
            self.max_stack = newstack;
        }
        Ok(())
    }

    /// `luaK_reserveregs`.
    pub(crate) fn reserve_regs(&mut self, n: u32) -> CResult<()> {
        self.check_stack(n)?;
        self.freereg += n;
        Ok(())
    }

    /// `freereg`: frees `reg` if it is a temporary (not a constant, not a local).
    pub(crate) fn free_reg(&mut self, reg: u32) {
        if !crate::opcode::is_k(reg) && reg >= self.nactvar {
            self.freereg = self.freereg.saturating_sub(1);
            debug_assert_eq!(reg, self.freereg);
        }
    }

    /// `freeexp`.
    pub(crate) fn free_exp(&mut self, e: &ExpDesc) {
        if let ExpKind::NonReloc(r) = e.k {
            self.free_reg(r);
        }
    }

    /// `freeexps`: frees in stack order.
    pub(crate) fn free_exps(&mut self, e1: &ExpDesc, e2: &ExpDesc) {
        let r1 = match e1.k {
            ExpKind::NonReloc(r) => r as i64,
            _ => -1,
        };
        let r2 = match e2.k {
            ExpKind::NonReloc(r) => r as i64,
            _ => -1,
        };
        if r1 > r2 {
            self.free_exp(e1);
            self.free_exp(e2);
        } else {
            self.free_exp(e2);
            self.free_exp(e1);
        }
    }

    // ---- constants ----

    /// `addk`: reuses the cached index if it still names an identical constant of this function.
    fn add_k(&mut self, key: KKey, value: Constant) -> CResult<u32> {
        if let Some(&k) = self.kcache.others.get(&key) {
            if let Some(c) = self.constants.get(k as usize) {
                if same_constant(c, &value) {
                    return Ok(k);
                }
            }
        }
        let k = self.push_constant(value)?;
        self.kcache.others.insert(key, k);
        Ok(k)
    }

    fn push_constant(&mut self, value: Constant) -> CResult<u32> {
        let k = self.constants.len();
        if k >= MAXARG_AX as usize {
            return Err(Fail::Plain(format!(
                "too many constants (limit is {MAXARG_AX})"
            )));
        }
        self.constants.push(value);
        Ok(k as u32)
    }

    /// `luaK_stringK`.
    pub(crate) fn string_k(&mut self, s: &[u8]) -> CResult<u32> {
        if let Some(&k) = self.kcache.strings.get(s) {
            if matches!(self.constants.get(k as usize), Some(Constant::Str(c)) if &**c == s) {
                return Ok(k);
            }
        }
        let k = self.push_constant(Constant::Str(s.into()))?;
        self.kcache.strings.insert(s.into(), k);
        Ok(k)
    }

    /// `luaK_intK`.
    pub(crate) fn int_k(&mut self, n: i64) -> CResult<u32> {
        self.add_k(KKey::Int(n), Constant::Int(n))
    }

    /// `luaK_numberK`.
    pub(crate) fn number_k(&mut self, r: f64) -> CResult<u32> {
        let key = match crate::fold::float_to_integer(r) {
            Some(i) => KKey::FltInt(i),
            None => KKey::Flt(r.to_bits()),
        };
        self.add_k(key, Constant::Float(r))
    }

    /// `boolK`.
    pub(crate) fn bool_k(&mut self, b: bool) -> CResult<u32> {
        self.add_k(KKey::Bool(b), Constant::Bool(b))
    }

    /// `nilK`.
    pub(crate) fn nil_k(&mut self) -> CResult<u32> {
        self.add_k(KKey::Nil, Constant::Nil)
    }

    // ---- locals, upvalues, nested functions ----

    /// `new_localvar`: declares a local (not active yet), checking the 200-locals limit.
    pub(crate) fn new_localvar(&mut self, name: &str) -> CResult<()> {
        if self.actvar.len() + 1 > MAXVARS {
            return Err(self.limit_error(MAXVARS, "local variables"));
        }
        if self.locvars.len() >= SHRT_MAX {
            return Err(Fail::Plain(format!(
                "too many local variables (limit is {SHRT_MAX})"
            )));
        }
        self.locvars.push(LocalVar {
            name: name.into(),
            start_pc: 0,
            end_pc: 0,
        });
        self.actvar.push(self.locvars.len() - 1);
        Ok(())
    }

    /// The `LocalVar` of active local `i`.
    pub(crate) fn local_var(&mut self, i: u32) -> &mut LocalVar {
        let idx = self.actvar[i as usize];
        &mut self.locvars[idx]
    }

    /// `adjustlocalvars`: activates the next `n` declared locals.
    pub(crate) fn adjust_localvars(&mut self, n: u32) {
        self.nactvar += n;
        let pc = self.pc() as u32;
        for i in self.nactvar - n..self.nactvar {
            self.local_var(i).start_pc = pc;
        }
    }

    /// `removevars`: deactivates locals down to `level`.
    pub(crate) fn remove_vars(&mut self, level: u32) {
        let pc = self.pc() as u32;
        while self.nactvar > level {
            self.nactvar -= 1;
            self.local_var(self.nactvar).end_pc = pc;
        }
        self.actvar.truncate(level as usize);
    }

    /// `searchvar`: the register of the innermost active local called `name`.
    pub(crate) fn search_var(&self, name: &str) -> Option<u32> {
        (0..self.nactvar)
            .rev()
            .find(|&i| &*self.locvars[self.actvar[i as usize]].name == name)
    }

    /// `searchupvalue`.
    pub(crate) fn search_upvalue(&self, name: &str) -> Option<u32> {
        self.upvalues
            .iter()
            .position(|u| &*u.name == name)
            .map(|i| i as u32)
    }

    /// `newupvalue`.
    pub(crate) fn new_upvalue(&mut self, name: &str, in_stack: bool, index: u32) -> CResult<u32> {
        if self.upvalues.len() + 1 > MAXUPVAL {
            return Err(self.limit_error(MAXUPVAL, "upvalues"));
        }
        self.upvalues.push(UpvalDesc {
            in_stack,
            index: index as u8,
            name: name.into(),
        });
        Ok(self.upvalues.len() as u32 - 1)
    }

    /// `markupval`: the block declaring local `level` has a captured variable.
    pub(crate) fn mark_upval(&mut self, level: u32) {
        if let Some(bl) = self.blocks.iter_mut().rev().find(|bl| bl.nactvar <= level) {
            bl.upval = true;
        }
    }

    /// Adds a finished nested function; returns its index for CLOSURE.
    pub(crate) fn add_proto(&mut self, p: Arc<Proto>) -> CResult<u32> {
        if self.protos.len() >= MAXARG_BX as usize {
            return Err(Fail::Plain(format!(
                "too many functions (limit is {MAXARG_BX})"
            )));
        }
        self.protos.push(p);
        Ok(self.protos.len() as u32 - 1)
    }

    /// Adds a label or goto entry (`newlabelentry`), checking PUC's vector limit.
    pub(crate) fn new_label_entry(
        &mut self,
        gotos: bool,
        name: &str,
        line: u32,
        pc: i32,
    ) -> CResult<usize> {
        let nactvar = self.nactvar;
        let list = if gotos {
            &mut self.gotos
        } else {
            &mut self.labels
        };
        if list.len() >= SHRT_MAX {
            return Err(Fail::Plain(format!(
                "too many labels/gotos (limit is {SHRT_MAX})"
            )));
        }
        list.push(LabelDesc {
            name: name.into(),
            pc,
            line,
            nactvar,
        });
        Ok(list.len() - 1)
    }
}

/// Identity of constants for reuse: same type and value (floats bit-for-bit).
fn same_constant(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        _ => a == b,
    }
}
