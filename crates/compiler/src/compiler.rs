//! The compiler driver: the function stack, source positions, scopes, variables, labels and gotos
//! (the non-grammar half of Lua 5.3's lparser.c). Statements and expressions are in `stat.rs`
//! and `expr.rs`.

use std::sync::Arc;

use wippy_parser::ast;

use crate::error::{CResult, CompileError, Fail};
use crate::funcstate::{BlockCnt, ExpDesc, ExpKind, FuncState, KCache};
use crate::proto::{Proto, UpvalDesc};
use crate::source::SourceMap;
use crate::CompileOptions;

/// Maximum nesting of statements and expressions (`LUAI_MAXCCALLS`).
const MAX_LEVELS: u32 = 200;

/// Compiles one chunk.
pub(crate) struct Compiler<'a> {
    /// The function being compiled.
    pub fs: FuncState,
    /// Enclosing functions, outermost first.
    pub enclosing: Vec<FuncState>,
    /// Line table and token scanner.
    pub src: SourceMap<'a>,
    /// End offset of the last "consumed" token (PUC's parser position).
    pub cursor: u32,
    /// Current nesting depth.
    levels: u32,
    /// Chunk name (`Proto::source`).
    source_name: Arc<str>,
    /// Options.
    pub opts: CompileOptions,
}

impl<'a> Compiler<'a> {
    /// A compiler over `source`.
    pub(crate) fn new(source: &'a [u8], chunk_name: &str, opts: CompileOptions) -> Compiler<'a> {
        Compiler {
            fs: FuncState::new(0, 1, !opts.puc_compatible, KCache::default()),
            enclosing: Vec::new(),
            src: SourceMap::new(source),
            cursor: 0,
            levels: 0,
            source_name: chunk_name.into(),
            opts,
        }
    }

    /// Turns an internal failure into a located error, using the current parser position.
    pub(crate) fn located(&self, fail: Fail) -> CompileError {
        let (line, near) = self.src.near(self.cursor);
        let (line, message) = match fail {
            Fail::Syntax(msg) => (line, msg + &near),
            Fail::Semantic(msg) => (line, msg),
            Fail::Plain(msg) => (0, msg),
        };
        CompileError {
            line,
            message,
            chunk_name: self.source_name.to_string(),
        }
    }

    // ---- source positions ----

    /// Marks the token ending at `end` as consumed: later instructions get its line.
    pub(crate) fn consume(&mut self, end: u32) {
        self.cursor = end;
        self.fs.line = self.src.end_line(end);
    }

    /// Consumes the first token at or after `from` (a keyword or punctuation the AST omits).
    pub(crate) fn consume_after(&mut self, from: u32) {
        let (_, span) = self.src.next_token(from);
        self.consume(span.end);
    }

    /// The line of the first token at or after `from`.
    pub(crate) fn line_after(&self, from: u32) -> u32 {
        let (_, span) = self.src.next_token(from);
        self.src.line_of(span.start)
    }

    /// `enterlevel`: guards the nesting depth.
    pub(crate) fn enter_level(&mut self) -> CResult<()> {
        self.levels += 1;
        if self.levels > MAX_LEVELS {
            return Err(self.fs.limit_error(MAX_LEVELS as usize, "C levels"));
        }
        Ok(())
    }

    /// `leavelevel`.
    pub(crate) fn leave_level(&mut self) {
        self.levels -= 1;
    }

    // ---- functions ----

    /// `open_func`: starts compiling a nested function.
    pub(crate) fn open_func(&mut self, line_defined: u32) {
        let kcache = std::mem::take(&mut self.fs.kcache);
        let child = FuncState::new(
            line_defined,
            self.fs.line,
            !self.opts.puc_compatible,
            kcache,
        );
        let parent = std::mem::replace(&mut self.fs, child);
        self.enclosing.push(parent);
        self.enter_block(false);
    }

    /// `close_func`: final return, closes the outer block and builds the [`Proto`]. For nested
    /// functions the parent becomes current again.
    pub(crate) fn close_func(&mut self, last_line_defined: u32) -> CResult<Arc<Proto>> {
        self.fs.ret(0, 0)?;
        self.leave_block()?;
        let fs = match self.enclosing.pop() {
            Some(mut parent) => {
                parent.kcache = std::mem::take(&mut self.fs.kcache);
                std::mem::replace(&mut self.fs, parent)
            }
            None => std::mem::replace(&mut self.fs, FuncState::new(0, 0, false, KCache::default())),
        };
        Ok(Arc::new(Proto {
            code: fs.code.into(),
            line_info: fs.lines.into(),
            constants: fs.constants.into(),
            protos: fs.protos.into(),
            upvalues: fs.upvalues.into(),
            locals: fs.locvars.into(),
            num_params: fs.num_params,
            is_vararg: fs.is_vararg,
            max_stack: fs.max_stack as u8,
            line_defined: fs.line_defined,
            last_line_defined: if fs.line_defined == 0 {
                0
            } else {
                last_line_defined
            },
            source: self.source_name.clone(),
        }))
    }

    // ---- blocks ----

    /// `enterblock`.
    pub(crate) fn enter_block(&mut self, is_loop: bool) {
        let bl = BlockCnt {
            first_label: self.fs.labels.len(),
            first_goto: self.fs.gotos.len(),
            nactvar: self.fs.nactvar,
            upval: false,
            is_loop,
        };
        self.fs.blocks.push(bl);
    }

    /// `leaveblock`: closes upvalues, resolves breaks and exports pending gotos.
    pub(crate) fn leave_block(&mut self) -> CResult<()> {
        let Some(bl) = self.fs.blocks.pop() else {
            return Ok(());
        };
        let has_previous = !self.fs.blocks.is_empty();
        if has_previous && bl.upval {
            let j = self.fs.jump()?;
            self.fs.patch_close(j, bl.nactvar);
            self.fs.patch_to_here(j)?;
        }
        if bl.is_loop {
            // `breaklabel`, resolved while the block is still the current one.
            self.fs.blocks.push(bl);
            let pc = self.fs.pc();
            let l = self.fs.new_label_entry(false, "break", 0, pc)?;
            self.find_gotos(l)?;
            self.fs.blocks.pop();
        }
        self.fs.remove_vars(bl.nactvar);
        self.fs.freereg = self.fs.nactvar;
        self.fs.labels.truncate(bl.first_label);
        if has_previous {
            self.move_gotos_out(&bl)
        } else if let Some(gt) = self.fs.gotos.get(bl.first_goto) {
            Err(undefined_goto(&gt.name, gt.line))
        } else {
            Ok(())
        }
    }

    /// `closegoto`: patches goto `g` to label `l` and removes it from the pending list.
    fn close_goto(&mut self, g: usize, l: usize) -> CResult<()> {
        let gt = self.fs.gotos[g].clone();
        let label_pc = self.fs.labels[l].pc;
        if gt.nactvar < self.fs.labels[l].nactvar {
            let vname = self.fs.local_var(gt.nactvar).name.clone();
            return Err(Fail::Semantic(format!(
                "<goto {}> at line {} jumps into the scope of local '{}'",
                gt.name, gt.line, vname
            )));
        }
        self.fs.patch_list(gt.pc, label_pc)?;
        self.fs.gotos.remove(g);
        Ok(())
    }

    /// `findlabel`: tries to resolve goto `g` with a visible label of the current block.
    pub(crate) fn find_label(&mut self, g: usize) -> CResult<bool> {
        let Some(bl) = self.fs.blocks.last().copied() else {
            return Ok(false);
        };
        let name = self.fs.gotos[g].name.clone();
        let found =
            (bl.first_label..self.fs.labels.len()).find(|&i| self.fs.labels[i].name == name);
        let Some(l) = found else {
            return Ok(false);
        };
        let gt_nactvar = self.fs.gotos[g].nactvar;
        let lb_nactvar = self.fs.labels[l].nactvar;
        if gt_nactvar > lb_nactvar && (bl.upval || self.fs.labels.len() > bl.first_label) {
            let pc = self.fs.gotos[g].pc;
            self.fs.patch_close(pc, lb_nactvar);
        }
        self.close_goto(g, l)?;
        Ok(true)
    }

    /// `findgotos`: resolves the pending gotos of the current block that target label `l`.
    pub(crate) fn find_gotos(&mut self, l: usize) -> CResult<()> {
        let mut i = self.fs.blocks.last().map_or(0, |b| b.first_goto);
        while i < self.fs.gotos.len() {
            if self.fs.gotos[i].name == self.fs.labels[l].name {
                self.close_goto(i, l)?;
            } else {
                i += 1;
            }
        }
        Ok(())
    }

    /// `movegotosout`: pending gotos of a closed block move to the enclosing one.
    fn move_gotos_out(&mut self, bl: &BlockCnt) -> CResult<()> {
        let mut i = bl.first_goto;
        while i < self.fs.gotos.len() {
            if self.fs.gotos[i].nactvar > bl.nactvar {
                if bl.upval {
                    let pc = self.fs.gotos[i].pc;
                    self.fs.patch_close(pc, bl.nactvar);
                }
                self.fs.gotos[i].nactvar = bl.nactvar;
            }
            if !self.find_label(i)? {
                i += 1;
            }
        }
        Ok(())
    }

    // ---- variables ----

    /// `singlevaraux` at nesting `level` (0 = current function): Void for a global, else the
    /// local register or upvalue index, creating upvalues in the intermediate functions.
    fn single_var_aux(&mut self, level: usize, name: &str, base: bool) -> CResult<ExpKind> {
        let depth = self.enclosing.len();
        if level > depth {
            return Ok(ExpKind::Void);
        }
        let fs = if level == 0 {
            &mut self.fs
        } else {
            &mut self.enclosing[depth - level]
        };
        if let Some(v) = fs.search_var(name) {
            if !base {
                fs.mark_upval(v);
            }
            return Ok(ExpKind::Local(v));
        }
        if let Some(idx) = fs.search_upvalue(name) {
            return Ok(ExpKind::Upval(idx));
        }
        let outer = self.single_var_aux(level + 1, name, false)?;
        let (in_stack, index) = match outer {
            ExpKind::Local(r) => (true, r),
            ExpKind::Upval(u) => (false, u),
            _ => return Ok(ExpKind::Void),
        };
        let fs = if level == 0 {
            &mut self.fs
        } else {
            &mut self.enclosing[depth - level]
        };
        Ok(ExpKind::Upval(fs.new_upvalue(name, in_stack, index)?))
    }

    /// `singlevar`: a local, an upvalue, or `_ENV[name]`.
    pub(crate) fn single_var(&mut self, name: &str) -> CResult<ExpDesc> {
        let k = self.single_var_aux(0, name, true)?;
        if k != ExpKind::Void {
            return Ok(ExpDesc::new(k));
        }
        let env = self.single_var_aux(0, "_ENV", true)?;
        let mut var = ExpDesc::new(env);
        let mut key = ExpDesc::new(ExpKind::K(self.fs.string_k(name.as_bytes())?));
        self.fs.indexed(&mut var, &mut key)?;
        Ok(var)
    }

    /// Sets up the main function: vararg, with the `_ENV` upvalue.
    pub(crate) fn open_main(&mut self) {
        self.fs.is_vararg = true;
        self.fs.upvalues.push(UpvalDesc {
            in_stack: true,
            index: 0,
            name: "_ENV".into(),
        });
        self.enter_block(false);
    }

    /// `adjust_assign`: makes `nexps` values (the last one `e`) fill `nvars` registers.
    pub(crate) fn adjust_assign(&mut self, nvars: u32, nexps: u32, e: &mut ExpDesc) -> CResult<()> {
        let mut extra = nvars as i32 - nexps as i32;
        if e.has_multret() {
            extra = (extra + 1).max(0);
            self.fs.set_returns(e, extra)?;
            if extra > 1 {
                self.fs.reserve_regs(extra as u32 - 1)?;
            }
        } else {
            if e.k != ExpKind::Void {
                self.fs.exp_to_next_reg(e)?;
            }
            if extra > 0 {
                let reg = self.fs.freereg;
                self.fs.reserve_regs(extra as u32)?;
                self.fs.nil(reg, extra as u32)?;
            }
        }
        if nexps > nvars {
            self.fs.freereg -= nexps - nvars;
        }
        Ok(())
    }

    /// Records a goto (or break) whose jump is at `pc` and tries to resolve it (`gotostat`).
    pub(crate) fn goto_stat(&mut self, name: &str, line: u32, pc: i32) -> CResult<()> {
        let g = self.fs.new_label_entry(true, name, line, pc)?;
        self.find_label(g)?;
        Ok(())
    }

    /// `cond`: compiles a condition; returns its false-exit jump list.
    pub(crate) fn cond(&mut self, e: &ast::Expr) -> CResult<i32> {
        let mut v = self.expr(e)?;
        if v.k == ExpKind::Nil {
            v.k = ExpKind::False;
        }
        self.fs.go_if_true(&mut v)?;
        Ok(v.f)
    }
}

/// `undefgoto`.
fn undefined_goto(name: &str, line: u32) -> Fail {
    if name == "break" {
        Fail::Semantic(format!("<break> at line {line} not inside a loop"))
    } else {
        Fail::Semantic(format!(
            "no visible label '{name}' for <goto> at line {line}"
        ))
    }
}
