//! Statements (the statement half of lparser.c).

use wippy_parser::ast::{Binding, Block, Expr, IfClause, Name, Return, Stat, StatKind};

use crate::code::reg_of;
use crate::compiler::Compiler;
use crate::error::{CResult, Fail};
use crate::funcstate::{ExpDesc, ExpKind, MULTRET, NO_JUMP};
use crate::opcode::{encode_abc, get_a, get_b, get_c, set_c, OpCode};

/// End offset of a binding (its annotation included).
fn binding_end(b: &Binding) -> u32 {
    b.ty.as_ref()
        .map_or(b.name.span.end, |t| t.span.end.max(b.name.span.end))
}

impl Compiler<'_> {
    /// `statlist`. `until`: the list is a `repeat` body (its end does not close the scope).
    pub(crate) fn statlist(
        &mut self,
        stats: &[Stat],
        ret: Option<&Return>,
        until: bool,
    ) -> CResult<()> {
        let tail_blocked = ret.is_some() || until;
        let mut i = 0;
        while i < stats.len() {
            i = self.statement(stats, i, tail_blocked)?;
        }
        if let Some(r) = ret {
            self.enter_level()?;
            self.ret_stat(r)?;
            self.fs.freereg = self.fs.nactvar;
            self.leave_level();
        }
        Ok(())
    }

    /// `block`: a statement list in its own scope.
    fn block(&mut self, b: &Block) -> CResult<()> {
        self.enter_block(false);
        self.statlist(&b.stats, b.ret.as_ref(), false)?;
        self.leave_block()
    }

    /// `statement`: compiles `stats[i]`; returns the index of the next statement to compile.
    fn statement(&mut self, stats: &[Stat], i: usize, tail_blocked: bool) -> CResult<usize> {
        let s = &stats[i];
        self.enter_level()?;
        let line = self.src.line_of(s.span.start);
        let mut next = i + 1;
        match &s.kind {
            StatKind::Local { names, exprs } => self.local_stat(names, exprs)?,
            StatKind::Assign { targets, exprs } => self.assign_stat(targets, exprs)?,
            StatKind::Call(e) => {
                let v = self.expr(e)?;
                let ExpKind::Call(pc) = v.k else {
                    return Err(Fail::Syntax("syntax error".into()));
                };
                let ins = &mut self.fs.code[pc as usize];
                *ins = set_c(*ins, 1);
            }
            StatKind::Do(b) => {
                self.consume_after(s.span.start);
                self.block(b)?;
            }
            StatKind::While { cond, body } => {
                self.consume_after(s.span.start);
                let init = self.fs.get_label();
                let exit = self.cond(cond)?;
                self.enter_block(true);
                self.consume_after(cond.span.end); // 'do'
                self.block(body)?;
                self.fs.jump_to(init)?;
                self.consume(s.span.end);
                self.leave_block()?;
                self.fs.patch_to_here(exit)?;
            }
            StatKind::Repeat { body, cond } => self.repeat_stat(s, body, cond)?,
            StatKind::If {
                clauses,
                else_block,
            } => {
                let mut escape = NO_JUMP;
                for (k, clause) in clauses.iter().enumerate() {
                    let followed = k + 1 < clauses.len() || else_block.is_some();
                    self.test_then_block(clause, followed, &mut escape)?;
                }
                if let Some(b) = else_block {
                    let after = clauses.last().map_or(self.cursor, |c| c.span.end);
                    self.consume_after(after.max(self.cursor)); // 'else'
                    self.block(b)?;
                }
                self.consume(s.span.end);
                self.fs.patch_to_here(escape)?;
            }
            StatKind::NumericFor {
                var,
                start,
                limit,
                step,
                body,
            } => {
                self.enter_block(true);
                self.consume(var.name.span.end);
                let base = self.fs.freereg;
                for n in ["(for index)", "(for limit)", "(for step)"] {
                    self.fs.new_localvar(n)?;
                }
                self.fs.new_localvar(&var.name.name)?;
                self.consume_after(binding_end(var)); // '='
                self.exp1(start)?;
                self.consume_after(start.span.end); // ','
                self.exp1(limit)?;
                let last = match step {
                    Some(st) => {
                        self.consume_after(limit.span.end); // ','
                        self.exp1(st)?;
                        st
                    }
                    None => {
                        let r = self.fs.freereg;
                        self.fs.code_int(r, 1)?;
                        self.fs.reserve_regs(1)?;
                        limit
                    }
                };
                self.for_body(base, line, 1, true, body, last.span.end)?;
                self.consume(s.span.end);
                self.leave_block()?;
            }
            StatKind::GenericFor { vars, exprs, body } => {
                self.enter_block(true);
                let base = self.fs.freereg;
                for n in ["(for generator)", "(for state)", "(for control)"] {
                    self.fs.new_localvar(n)?;
                }
                for v in vars {
                    self.consume(v.name.span.end);
                    self.fs.new_localvar(&v.name.name)?;
                }
                let last_var = vars.last().map_or(s.span.start, binding_end);
                self.consume_after(last_var); // 'in'
                let line = self.line_after(self.cursor);
                let (n, mut e) = self.explist(exprs)?;
                self.adjust_assign(3, n, &mut e)?;
                self.fs.check_stack(3)?;
                let do_from = exprs.last().map_or(self.cursor, |e| e.span.end);
                self.for_body(base, line, vars.len() as u32, false, body, do_from)?;
                self.consume(s.span.end);
                self.leave_block()?;
            }
            StatKind::Function { name, func } => {
                self.consume_after(s.span.start); // 'function'
                let mut v = ExpDesc::new(ExpKind::Void);
                for (k, n) in name.path.iter().enumerate() {
                    if k == 0 {
                        self.consume(n.span.end);
                        v = self.single_var(&n.name)?;
                    } else {
                        self.field_sel(&mut v, n)?;
                    }
                }
                if let Some(m) = &name.method {
                    self.field_sel(&mut v, m)?;
                }
                let mut b = self.function_body(func, name.method.is_some(), line)?;
                self.fs.store_var(&v, &mut b)?;
                self.fs.fix_line(line);
            }
            StatKind::LocalFunction { name, func } => {
                self.consume(name.span.end);
                self.fs.new_localvar(&name.name)?;
                self.fs.adjust_localvars(1);
                let fline = self.line_after(name.span.end);
                let b = self.function_body(func, false, fline)?;
                let pc = self.fs.pc() as u32;
                self.fs.local_var(reg_of(&b)).start_pc = pc;
            }
            StatKind::Label(name) => next = self.label_stat(stats, i, name, line, tail_blocked)?,
            StatKind::Goto(name) => {
                let pc = self.fs.jump()?;
                self.consume(s.span.end);
                self.goto_stat(&name.name, line, pc)?;
            }
            StatKind::Break => {
                let pc = self.fs.jump()?;
                self.consume(s.span.end);
                self.goto_stat("break", line, pc)?;
            }
            // Runtime type values are a later issue: a type declaration emits no code yet.
            StatKind::TypeDecl(_) => {}
        }
        self.consume(s.span.end.max(self.cursor));
        self.fs.freereg = self.fs.nactvar;
        self.leave_level();
        Ok(next)
    }

    /// `localstat`.
    fn local_stat(&mut self, names: &[Binding], exprs: &[Expr]) -> CResult<()> {
        for b in names {
            self.consume(b.name.span.end);
            self.fs.new_localvar(&b.name.name)?;
        }
        let (nexps, mut e) = if exprs.is_empty() {
            (0, ExpDesc::new(ExpKind::Void))
        } else {
            let after = names.last().map_or(self.cursor, binding_end);
            self.consume_after(after); // '='
            self.explist(exprs)?
        };
        self.adjust_assign(names.len() as u32, nexps, &mut e)?;
        self.fs.adjust_localvars(names.len() as u32);
        Ok(())
    }

    /// `exprstat` with `assignment`: targets left to right, values, then stores right to left.
    fn assign_stat(&mut self, targets: &[Expr], exprs: &[Expr]) -> CResult<()> {
        let mut vars: Vec<ExpDesc> = Vec::with_capacity(targets.len());
        for (k, t) in targets.iter().enumerate() {
            if k > 0 {
                self.consume_after(targets[k - 1].span.end); // ','
            }
            let v = self.expr(t)?;
            match v.k {
                ExpKind::Local(_) | ExpKind::Upval(_) => {
                    if k > 0 {
                        self.check_conflict(&mut vars, &v)?;
                    }
                }
                ExpKind::Indexed { .. } => {}
                _ => return Err(Fail::Syntax("syntax error".into())),
            }
            vars.push(v);
        }
        let Some(last_target) = targets.last() else {
            return Ok(());
        };
        self.consume_after(last_target.span.end); // '='
        let (nexps, mut e) = self.explist(exprs)?;
        let nvars = vars.len() as u32;
        let mut stores = vars.iter().rev();
        if let Some(last) = stores.next() {
            if nexps != nvars {
                self.adjust_assign(nvars, nexps, &mut e)?;
                let mut top = ExpDesc::new(ExpKind::NonReloc(self.fs.freereg - 1));
                self.fs.store_var(last, &mut top)?;
            } else {
                self.fs.set_one_ret(&mut e);
                self.fs.store_var(last, &mut e)?;
            }
        }
        for var in stores {
            let mut top = ExpDesc::new(ExpKind::NonReloc(self.fs.freereg - 1));
            self.fs.store_var(var, &mut top)?;
        }
        Ok(())
    }

    /// `check_conflict`: if local/upvalue `v` is used as table or key by an earlier target of
    /// the same assignment, that target uses a copy made before any store.
    fn check_conflict(&mut self, vars: &mut [ExpDesc], v: &ExpDesc) -> CResult<()> {
        let (v_upval, info) = match v.k {
            ExpKind::Upval(u) => (true, u),
            ExpKind::Local(r) => (false, r),
            _ => return Ok(()),
        };
        let extra = self.fs.freereg;
        let mut conflict = false;
        for lh in vars.iter_mut() {
            if let ExpKind::Indexed {
                t,
                idx,
                t_upval,
                field,
            } = &mut lh.k
            {
                if *t_upval == v_upval && *t == info {
                    conflict = true;
                    *t_upval = false;
                    *t = extra;
                }
                if !v_upval && !*field && *idx == info {
                    conflict = true;
                    *idx = extra;
                }
            }
        }
        if conflict {
            let op = if v_upval {
                OpCode::GETUPVAL
            } else {
                OpCode::MOVE
            };
            self.fs.code_abc(op, extra, info, 0)?;
            self.fs.reserve_regs(1)?;
        }
        Ok(())
    }

    /// `fieldsel` in a function name: `v.name`.
    fn field_sel(&mut self, v: &mut ExpDesc, name: &Name) -> CResult<()> {
        self.fs.exp_to_any_reg_up(v)?;
        self.consume(name.span.end);
        let mut key = ExpDesc::new(ExpKind::K(self.fs.string_k(name.name.as_bytes())?));
        self.fs.indexed(v, &mut key)
    }

    /// `repeatstat`: the condition is compiled inside the body's scope.
    fn repeat_stat(&mut self, s: &Stat, body: &Block, cond: &Expr) -> CResult<()> {
        let init = self.fs.get_label();
        self.enter_block(true);
        self.enter_block(false);
        self.consume_after(s.span.start); // 'repeat'
        self.statlist(&body.stats, body.ret.as_ref(), true)?;
        self.consume_after(self.cursor); // 'until'
        let exit = self.cond(cond)?;
        if let Some(bl) = self.fs.blocks.last().copied() {
            if bl.upval {
                self.fs.patch_close(exit, bl.nactvar);
            }
        }
        self.leave_block()?;
        self.fs.patch_list(exit, init)?;
        self.leave_block()
    }

    /// `test_then_block`: one `if`/`elseif` clause; `followed` if more clauses or `else` follow.
    fn test_then_block(
        &mut self,
        clause: &IfClause,
        followed: bool,
        escape: &mut i32,
    ) -> CResult<()> {
        self.consume_after(clause.span.start); // 'if' / 'elseif'
        let mut v = self.expr(&clause.cond)?;
        self.consume_after(clause.cond.span.end); // 'then'
        let stats = &clause.block.stats;
        let jump_stat = stats.first().and_then(|st| match &st.kind {
            StatKind::Goto(n) => Some((&*n.name, st)),
            StatKind::Break => Some(("break", st)),
            _ => None,
        });
        let (jf, rest) = if let Some((name, st)) = jump_stat {
            self.fs.go_if_false(&mut v)?;
            self.enter_block(false);
            let line = self.src.line_of(st.span.start);
            self.consume(st.span.end);
            self.goto_stat(name, line, v.t)?;
            if stats.len() == 1 && clause.block.ret.is_none() {
                return self.leave_block();
            }
            (self.fs.jump()?, &stats[1..])
        } else {
            self.fs.go_if_true(&mut v)?;
            self.enter_block(false);
            (v.f, &stats[..])
        };
        self.statlist(rest, clause.block.ret.as_ref(), false)?;
        self.leave_block()?;
        if followed {
            let j = self.fs.jump()?;
            self.fs.concat(escape, j)?;
        }
        self.fs.patch_to_here(jf)
    }

    /// `exp1`: an expression into the next register.
    fn exp1(&mut self, e: &Expr) -> CResult<()> {
        let mut v = self.expr(e)?;
        self.fs.exp_to_next_reg(&mut v)
    }

    /// `forbody`: the loop body and the FORPREP/FORLOOP or JMP/TFORCALL/TFORLOOP frame.
    fn for_body(
        &mut self,
        base: u32,
        line: u32,
        nvars: u32,
        numeric: bool,
        body: &Block,
        do_from: u32,
    ) -> CResult<()> {
        self.fs.adjust_localvars(3);
        self.consume_after(do_from); // 'do'
        let prep = if numeric {
            self.fs.code_asbx(OpCode::FORPREP, base, NO_JUMP)?
        } else {
            self.fs.jump()?
        };
        self.enter_block(false);
        self.fs.adjust_localvars(nvars);
        self.fs.reserve_regs(nvars)?;
        self.block(body)?;
        self.leave_block()?;
        self.fs.patch_to_here(prep)?;
        let endfor = if numeric {
            self.fs.code_asbx(OpCode::FORLOOP, base, NO_JUMP)?
        } else {
            self.fs.code_abc(OpCode::TFORCALL, base, 0, nvars)?;
            self.fs.fix_line(line);
            self.fs.code_asbx(OpCode::TFORLOOP, base + 2, NO_JUMP)?
        };
        self.fs.patch_list(endfor, prep + 1)?;
        self.fs.fix_line(line);
        Ok(())
    }

    /// `labelstat` with `skipnoopstat`: following labels are compiled first; a label ending its
    /// block (not a `repeat` body) is considered outside the block's locals.
    fn label_stat(
        &mut self,
        stats: &[Stat],
        i: usize,
        name: &Name,
        line: u32,
        tail_blocked: bool,
    ) -> CResult<usize> {
        self.consume(name.span.end);
        let first = self.fs.blocks.last().map_or(0, |b| b.first_label);
        if let Some(prev) = self.fs.labels[first..].iter().find(|l| l.name == name.name) {
            return Err(Fail::Semantic(format!(
                "label '{}' already defined on line {}",
                name.name, prev.line
            )));
        }
        self.consume(stats[i].span.end); // '::'
        let pc = self.fs.get_label();
        let l = self.fs.new_label_entry(false, &name.name, line, pc)?;
        let mut j = i + 1;
        while j < stats.len() && matches!(stats[j].kind, StatKind::Label(_)) {
            j = self.statement(stats, j, tail_blocked)?;
        }
        if j == stats.len() && !tail_blocked {
            if let Some(bl) = self.fs.blocks.last() {
                self.fs.labels[l].nactvar = bl.nactvar;
            }
        }
        self.find_gotos(l)?;
        Ok(j)
    }

    /// `retstat`.
    fn ret_stat(&mut self, r: &Return) -> CResult<()> {
        self.consume_after(r.span.start); // 'return'
        let (first, nret) = if r.exprs.is_empty() {
            (0, 0)
        } else {
            let (n, mut e) = self.explist(&r.exprs)?;
            if e.has_multret() {
                self.fs.set_multret(&mut e)?;
                if let (ExpKind::Call(pc), 1) = (e.k, n) {
                    let i = self.fs.code[pc as usize];
                    self.fs.code[pc as usize] =
                        encode_abc(OpCode::TAILCALL, get_a(i), get_b(i), get_c(i));
                }
                (self.fs.nactvar, MULTRET)
            } else if n == 1 {
                (self.fs.exp_to_any_reg(&mut e)?, 1)
            } else {
                self.fs.exp_to_next_reg(&mut e)?;
                (self.fs.nactvar, n as i32)
            }
        };
        self.fs.ret(first, nret)?;
        self.consume(r.span.end);
        Ok(())
    }
}
