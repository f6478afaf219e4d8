//! Expression code generation (the second half of Lua 5.3's lcode.c) on [`FuncState`]:
//! discharging expression descriptors to registers, conditions, operators and constant folding.

use ast::{BinOp, UnOp};
use wippy_parser::ast;

use crate::emit::NO_REG;
use crate::error::{CResult, Fail};
use crate::fold::{fold, ArithOp, Num};
use crate::funcstate::{ExpDesc, ExpKind, FuncState, MULTRET, NO_JUMP};
use crate::opcode::*;

impl FuncState {
    // ---- discharging expressions ----

    fn instr(&mut self, pc: i32) -> &mut Instruction {
        &mut self.code[pc as usize]
    }

    /// `luaK_setreturns`.
    pub(crate) fn set_returns(&mut self, e: &mut ExpDesc, nresults: i32) -> CResult<()> {
        match e.k {
            ExpKind::Call(pc) => {
                let i = self.instr(pc);
                *i = set_c(*i, (nresults + 1) as u32);
            }
            ExpKind::Vararg(pc) => {
                let freereg = self.freereg;
                let i = self.instr(pc);
                *i = set_a(set_b(*i, (nresults + 1) as u32), freereg);
                self.reserve_regs(1)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// `luaK_setmultret`.
    pub(crate) fn set_multret(&mut self, e: &mut ExpDesc) -> CResult<()> {
        self.set_returns(e, MULTRET)
    }

    /// `luaK_setoneret`.
    pub(crate) fn set_one_ret(&mut self, e: &mut ExpDesc) {
        match e.k {
            ExpKind::Call(pc) => e.k = ExpKind::NonReloc(get_a(self.code[pc as usize])),
            ExpKind::Vararg(pc) => {
                let i = self.instr(pc);
                *i = set_b(*i, 2);
                e.k = ExpKind::Relocable(pc);
            }
            _ => {}
        }
    }

    /// `luaK_dischargevars`: turns a variable into a value.
    pub(crate) fn discharge_vars(&mut self, e: &mut ExpDesc) -> CResult<()> {
        match e.k {
            ExpKind::Local(r) => e.k = ExpKind::NonReloc(r),
            ExpKind::Upval(u) => {
                e.k = ExpKind::Relocable(self.code_abc(OpCode::GETUPVAL, 0, u, 0)?);
            }
            ExpKind::Indexed {
                t,
                idx,
                t_upval,
                field,
            } => {
                if !field {
                    self.free_reg(idx);
                }
                let pc = if t_upval {
                    self.code_abc(OpCode::GETTABUP, 0, t, idx)?
                } else {
                    self.free_reg(t);
                    let op = if field {
                        OpCode::GETFIELD
                    } else {
                        OpCode::GETTABLE
                    };
                    self.code_abc(op, 0, t, idx)?
                };
                e.k = ExpKind::Relocable(pc);
            }
            ExpKind::Vararg(_) | ExpKind::Call(_) => self.set_one_ret(e),
            _ => {}
        }
        Ok(())
    }

    fn discharge_to_reg(&mut self, e: &mut ExpDesc, reg: u32) -> CResult<()> {
        self.discharge_vars(e)?;
        match e.k {
            ExpKind::Nil => self.nil(reg, 1)?,
            ExpKind::False | ExpKind::True => {
                self.code_abc(OpCode::LOADBOOL, reg, (e.k == ExpKind::True) as u32, 0)?;
            }
            ExpKind::K(k) => {
                self.code_k(reg, k)?;
            }
            ExpKind::KFlt(n) => {
                let k = self.number_k(n)?;
                self.code_k(reg, k)?;
            }
            ExpKind::KInt(n) => {
                self.code_int(reg, n)?;
            }
            ExpKind::Relocable(pc) => {
                let i = self.instr(pc);
                *i = set_a(*i, reg);
            }
            ExpKind::NonReloc(r) => {
                if r != reg {
                    self.code_abc(OpCode::MOVE, reg, r, 0)?;
                }
            }
            _ => return Ok(()), // Jmp: nothing to do yet
        }
        e.k = ExpKind::NonReloc(reg);
        Ok(())
    }

    fn discharge_to_any_reg(&mut self, e: &mut ExpDesc) -> CResult<()> {
        if !matches!(e.k, ExpKind::NonReloc(_)) {
            self.reserve_regs(1)?;
            let reg = self.freereg - 1;
            self.discharge_to_reg(e, reg)?;
        }
        Ok(())
    }

    fn code_loadbool(&mut self, a: u32, b: u32, jump: u32) -> CResult<i32> {
        self.get_label();
        self.code_abc(OpCode::LOADBOOL, a, b, jump)
    }

    fn need_value(&self, mut list: i32) -> bool {
        while list != NO_JUMP {
            if get_op(self.code[self.jump_control(list)]) != OpCode::TESTSET {
                return true;
            }
            list = self.get_jump(list);
        }
        false
    }

    fn exp_to_reg(&mut self, e: &mut ExpDesc, reg: u32) -> CResult<()> {
        self.discharge_to_reg(e, reg)?;
        if let ExpKind::Jmp(pc) = e.k {
            let mut t = e.t;
            self.concat(&mut t, pc)?;
            e.t = t;
        }
        if e.has_jumps() {
            let mut p_f = NO_JUMP;
            let mut p_t = NO_JUMP;
            if self.need_value(e.t) || self.need_value(e.f) {
                let fj = if matches!(e.k, ExpKind::Jmp(_)) {
                    NO_JUMP
                } else {
                    self.jump()?
                };
                p_f = self.code_loadbool(reg, 0, 1)?;
                p_t = self.code_loadbool(reg, 1, 0)?;
                self.patch_to_here(fj)?;
            }
            let fin = self.get_label();
            self.patch_list_aux(e.f, fin, reg, p_f)?;
            self.patch_list_aux(e.t, fin, reg, p_t)?;
        }
        e.f = NO_JUMP;
        e.t = NO_JUMP;
        e.k = ExpKind::NonReloc(reg);
        Ok(())
    }

    /// `luaK_exp2nextreg`.
    pub(crate) fn exp_to_next_reg(&mut self, e: &mut ExpDesc) -> CResult<()> {
        self.discharge_vars(e)?;
        self.free_exp(e);
        self.reserve_regs(1)?;
        let reg = self.freereg - 1;
        self.exp_to_reg(e, reg)
    }

    /// `luaK_exp2anyreg`: returns the register holding the value.
    pub(crate) fn exp_to_any_reg(&mut self, e: &mut ExpDesc) -> CResult<u32> {
        self.discharge_vars(e)?;
        if let ExpKind::NonReloc(r) = e.k {
            if !e.has_jumps() {
                return Ok(r);
            }
            if r >= self.nactvar {
                self.exp_to_reg(e, r)?;
                return Ok(r);
            }
        }
        self.exp_to_next_reg(e)?;
        Ok(reg_of(e))
    }

    /// `luaK_exp2anyregup`.
    pub(crate) fn exp_to_any_reg_up(&mut self, e: &mut ExpDesc) -> CResult<()> {
        if !matches!(e.k, ExpKind::Upval(_)) || e.has_jumps() {
            self.exp_to_any_reg(e)?;
        }
        Ok(())
    }

    /// `luaK_exp2val`.
    pub(crate) fn exp_to_val(&mut self, e: &mut ExpDesc) -> CResult<()> {
        if e.has_jumps() {
            self.exp_to_any_reg(e)?;
            Ok(())
        } else {
            self.discharge_vars(e)
        }
    }

    /// `luaK_exp2RK`: a register or a constant index usable as an RK operand.
    pub(crate) fn exp_to_rk(&mut self, e: &mut ExpDesc) -> CResult<u32> {
        self.exp_to_val(e)?;
        let k = match e.k {
            ExpKind::True => Some(self.bool_k(true)?),
            ExpKind::False => Some(self.bool_k(false)?),
            ExpKind::Nil => Some(self.nil_k()?),
            ExpKind::KInt(n) => Some(self.int_k(n)?),
            ExpKind::KFlt(n) => Some(self.number_k(n)?),
            ExpKind::K(k) => Some(k),
            _ => None,
        };
        if let Some(k) = k {
            e.k = ExpKind::K(k);
            if k <= MAXINDEXRK {
                return Ok(rk_ask(k));
            }
        }
        self.exp_to_any_reg(e)
    }

    /// `luaK_storevar`: stores `ex` into variable `var`.
    pub(crate) fn store_var(&mut self, var: &ExpDesc, ex: &mut ExpDesc) -> CResult<()> {
        match var.k {
            ExpKind::Local(r) => {
                self.free_exp(ex);
                return self.exp_to_reg(ex, r);
            }
            ExpKind::Upval(u) => {
                let e = self.exp_to_any_reg(ex)?;
                self.code_abc(OpCode::SETUPVAL, e, u, 0)?;
            }
            ExpKind::Indexed {
                t,
                idx,
                t_upval,
                field,
            } => {
                let e = self.exp_to_rk(ex)?;
                let op = match (t_upval, field) {
                    (true, _) => OpCode::SETTABUP,
                    (false, true) => OpCode::SETFIELD,
                    (false, false) => OpCode::SETTABLE,
                };
                self.code_abc(op, t, idx, e)?;
            }
            _ => return Err(Fail::Syntax("syntax error".into())),
        }
        self.free_exp(ex);
        Ok(())
    }

    /// `luaK_self`: `e:key(` becomes SELF into two fresh registers.
    pub(crate) fn self_op(&mut self, e: &mut ExpDesc, key: &mut ExpDesc) -> CResult<()> {
        self.exp_to_any_reg(e)?;
        let ereg = reg_of(e);
        self.free_exp(e);
        let base = self.freereg;
        e.k = ExpKind::NonReloc(base);
        self.reserve_regs(2)?;
        let k = self.exp_to_rk(key)?;
        self.code_abc(OpCode::SELF, base, ereg, k)?;
        self.free_exp(key);
        Ok(())
    }

    // ---- conditions ----

    fn negate_condition(&mut self, pc: i32) {
        let at = self.jump_control(pc);
        let i = self.code[at];
        self.code[at] = set_a(i, (get_a(i) == 0) as u32);
    }

    fn jump_on_cond(&mut self, e: &mut ExpDesc, cond: bool) -> CResult<i32> {
        if let ExpKind::Relocable(pc) = e.k {
            let ie = self.code[pc as usize];
            if get_op(ie) == OpCode::NOT {
                self.code.pop();
                self.lines.pop();
                return self.cond_jump(OpCode::TEST, get_b(ie), 0, (!cond) as u32);
            }
        }
        self.discharge_to_any_reg(e)?;
        self.free_exp(e);
        self.cond_jump(OpCode::TESTSET, NO_REG, reg_of(e), cond as u32)
    }

    /// `luaK_goiftrue`: falls through when `e` is true, jumps (via `e.f`) otherwise.
    pub(crate) fn go_if_true(&mut self, e: &mut ExpDesc) -> CResult<()> {
        self.discharge_vars(e)?;
        let pc = match e.k {
            ExpKind::Jmp(pc) => {
                self.negate_condition(pc);
                pc
            }
            ExpKind::K(_) | ExpKind::KFlt(_) | ExpKind::KInt(_) | ExpKind::True => NO_JUMP,
            _ => self.jump_on_cond(e, false)?,
        };
        let mut f = e.f;
        self.concat(&mut f, pc)?;
        e.f = f;
        self.patch_to_here(e.t)?;
        e.t = NO_JUMP;
        Ok(())
    }

    /// `luaK_goiffalse`: falls through when `e` is false, jumps (via `e.t`) otherwise.
    pub(crate) fn go_if_false(&mut self, e: &mut ExpDesc) -> CResult<()> {
        self.discharge_vars(e)?;
        let pc = match e.k {
            ExpKind::Jmp(pc) => pc,
            ExpKind::Nil | ExpKind::False => NO_JUMP,
            _ => self.jump_on_cond(e, true)?,
        };
        let mut t = e.t;
        self.concat(&mut t, pc)?;
        e.t = t;
        self.patch_to_here(e.f)?;
        e.f = NO_JUMP;
        Ok(())
    }

    fn code_not(&mut self, e: &mut ExpDesc) -> CResult<()> {
        self.discharge_vars(e)?;
        match e.k {
            ExpKind::Nil | ExpKind::False => e.k = ExpKind::True,
            ExpKind::K(_) | ExpKind::KFlt(_) | ExpKind::KInt(_) | ExpKind::True => {
                e.k = ExpKind::False
            }
            ExpKind::Jmp(pc) => self.negate_condition(pc),
            ExpKind::Relocable(_) | ExpKind::NonReloc(_) => {
                self.discharge_to_any_reg(e)?;
                self.free_exp(e);
                e.k = ExpKind::Relocable(self.code_abc(OpCode::NOT, 0, reg_of(e), 0)?);
            }
            _ => {}
        }
        std::mem::swap(&mut e.t, &mut e.f);
        self.remove_values(e.f);
        self.remove_values(e.t);
        Ok(())
    }

    /// `luaK_indexed`: makes `t` the variable `t[k]`. With the extended instruction set, a string
    /// constant key with index <= 511 on a table in a register becomes a GETFIELD/SETFIELD key.
    pub(crate) fn indexed(&mut self, t: &mut ExpDesc, k: &mut ExpDesc) -> CResult<()> {
        let (treg, t_upval) = match t.k {
            ExpKind::Upval(u) => (u, true),
            ExpKind::Local(r) | ExpKind::NonReloc(r) => (r, false),
            _ => return Err(Fail::Syntax("syntax error".into())),
        };
        if self.extended && !t_upval && !k.has_jumps() {
            if let ExpKind::K(kidx) = k.k {
                let is_str = matches!(
                    self.constants.get(kidx as usize),
                    Some(crate::Constant::Str(_))
                );
                if is_str && kidx <= MAXARG_C {
                    t.k = ExpKind::Indexed {
                        t: treg,
                        idx: kidx,
                        t_upval,
                        field: true,
                    };
                    return Ok(());
                }
            }
        }
        let idx = self.exp_to_rk(k)?;
        t.k = ExpKind::Indexed {
            t: treg,
            idx,
            t_upval,
            field: false,
        };
        Ok(())
    }

    // ---- operators ----

    fn constant_folding(&mut self, op: ArithOp, e1: &mut ExpDesc, e2: &ExpDesc) -> bool {
        let (Some(a), Some(b)) = (to_numeral(e1), to_numeral(e2)) else {
            return false;
        };
        match fold(op, a, b) {
            Some(Num::Int(i)) => e1.k = ExpKind::KInt(i),
            Some(Num::Flt(f)) => e1.k = ExpKind::KFlt(f),
            None => return false,
        }
        true
    }

    fn code_unexp_val(&mut self, op: OpCode, e: &mut ExpDesc, line: u32) -> CResult<()> {
        let r = self.exp_to_any_reg(e)?;
        self.free_exp(e);
        e.k = ExpKind::Relocable(self.code_abc(op, 0, r, 0)?);
        self.fix_line(line);
        Ok(())
    }

    fn code_binexp_val(
        &mut self,
        op: OpCode,
        e1: &mut ExpDesc,
        e2: &mut ExpDesc,
        line: u32,
    ) -> CResult<()> {
        let rk2 = self.exp_to_rk(e2)?;
        let rk1 = self.exp_to_rk(e1)?;
        self.free_exps(e1, e2);
        e1.k = ExpKind::Relocable(self.code_abc(op, 0, rk1, rk2)?);
        self.fix_line(line);
        Ok(())
    }

    fn code_comp(&mut self, op: BinOp, e1: &mut ExpDesc, e2: &mut ExpDesc) -> CResult<()> {
        let rk1 = match e1.k {
            ExpKind::K(k) => rk_ask(k),
            ExpKind::NonReloc(r) => r,
            _ => self.exp_to_rk(e1)?,
        };
        let rk2 = self.exp_to_rk(e2)?;
        self.free_exps(e1, e2);
        let pc = match op {
            BinOp::Ne => self.cond_jump(OpCode::EQ, 0, rk1, rk2)?,
            BinOp::Gt => self.cond_jump(OpCode::LT, 1, rk2, rk1)?,
            BinOp::Ge => self.cond_jump(OpCode::LE, 1, rk2, rk1)?,
            BinOp::Eq => self.cond_jump(OpCode::EQ, 1, rk1, rk2)?,
            BinOp::Lt => self.cond_jump(OpCode::LT, 1, rk1, rk2)?,
            _ => self.cond_jump(OpCode::LE, 1, rk1, rk2)?,
        };
        e1.k = ExpKind::Jmp(pc);
        Ok(())
    }

    /// `luaK_prefix`: applies a unary operator.
    pub(crate) fn prefix(&mut self, op: UnOp, e: &mut ExpDesc, line: u32) -> CResult<()> {
        let zero = ExpDesc::new(ExpKind::KInt(0));
        match op {
            UnOp::Neg | UnOp::BNot => {
                let (fop, opcode) = if op == UnOp::Neg {
                    (ArithOp::Unm, OpCode::UNM)
                } else {
                    (ArithOp::BNot, OpCode::BNOT)
                };
                if !self.constant_folding(fop, e, &zero) {
                    self.code_unexp_val(opcode, e, line)?;
                }
                Ok(())
            }
            UnOp::Len => self.code_unexp_val(OpCode::LEN, e, line),
            UnOp::Not => self.code_not(e),
        }
    }

    /// `luaK_infix`: prepares the first operand before the second is compiled.
    pub(crate) fn infix(&mut self, op: BinOp, v: &mut ExpDesc) -> CResult<()> {
        match op {
            BinOp::And => self.go_if_true(v),
            BinOp::Or => self.go_if_false(v),
            BinOp::Concat => self.exp_to_next_reg(v),
            _ if arith_op(op).is_some() => {
                if to_numeral(v).is_none() {
                    self.exp_to_rk(v)?;
                }
                Ok(())
            }
            _ => {
                self.exp_to_rk(v)?;
                Ok(())
            }
        }
    }

    /// `luaK_posfix`: finishes a binary operation; the result is left in `e1`.
    pub(crate) fn posfix(
        &mut self,
        op: BinOp,
        e1: &mut ExpDesc,
        e2: &mut ExpDesc,
        line: u32,
    ) -> CResult<()> {
        match op {
            BinOp::And => {
                self.discharge_vars(e2)?;
                let mut f = e2.f;
                self.concat(&mut f, e1.f)?;
                e2.f = f;
                *e1 = *e2;
            }
            BinOp::Or => {
                self.discharge_vars(e2)?;
                let mut t = e2.t;
                self.concat(&mut t, e1.t)?;
                e2.t = t;
                *e1 = *e2;
            }
            BinOp::Concat => {
                self.exp_to_val(e2)?;
                match e2.k {
                    ExpKind::Relocable(pc) if get_op(self.code[pc as usize]) == OpCode::CONCAT => {
                        self.free_exp(e1);
                        let i = self.instr(pc);
                        *i = set_b(*i, reg_of(e1));
                        e1.k = ExpKind::Relocable(pc);
                    }
                    _ => {
                        self.exp_to_next_reg(e2)?;
                        self.code_binexp_val(OpCode::CONCAT, e1, e2, line)?;
                    }
                }
            }
            BinOp::Eq | BinOp::Lt | BinOp::Le | BinOp::Ne | BinOp::Gt | BinOp::Ge => {
                self.code_comp(op, e1, e2)?;
            }
            _ => {
                if let Some((fop, opcode)) = arith_op(op) {
                    if !self.constant_folding(fop, e1, e2) {
                        self.code_binexp_val(opcode, e1, e2, line)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// `luaK_setlist`: stores `tostore` list items (MULTRET: up to top) into the table at `base`.
    pub(crate) fn set_list(&mut self, base: u32, nelems: u32, tostore: i32) -> CResult<()> {
        let c = (nelems.wrapping_sub(1)) / FIELDS_PER_FLUSH + 1;
        let c = if nelems == 0 { 1 } else { c };
        let b = if tostore == MULTRET {
            0
        } else {
            tostore as u32
        };
        if c <= MAXARG_C {
            self.code_abc(OpCode::SETLIST, base, b, c)?;
        } else if c <= MAXARG_AX {
            self.code_abc(OpCode::SETLIST, base, b, 0)?;
            self.code_extraarg(c)?;
        } else {
            return Err(Fail::Syntax("constructor too long".into()));
        }
        self.freereg = base + 1;
        Ok(())
    }
}

/// The register of an expression already discharged to one.
pub(crate) fn reg_of(e: &ExpDesc) -> u32 {
    match e.k {
        ExpKind::NonReloc(r) | ExpKind::Local(r) => r,
        _ => 0,
    }
}

/// `tonumeral`: the value of a numeric constant without jumps.
fn to_numeral(e: &ExpDesc) -> Option<Num> {
    if e.has_jumps() {
        return None;
    }
    match e.k {
        ExpKind::KInt(i) => Some(Num::Int(i)),
        ExpKind::KFlt(f) => Some(Num::Flt(f)),
        _ => None,
    }
}

/// The folding operator and opcode of an arithmetic or bitwise binary operator.
fn arith_op(op: BinOp) -> Option<(ArithOp, OpCode)> {
    Some(match op {
        BinOp::Add => (ArithOp::Add, OpCode::ADD),
        BinOp::Sub => (ArithOp::Sub, OpCode::SUB),
        BinOp::Mul => (ArithOp::Mul, OpCode::MUL),
        BinOp::Div => (ArithOp::Div, OpCode::DIV),
        BinOp::IDiv => (ArithOp::IDiv, OpCode::IDIV),
        BinOp::Mod => (ArithOp::Mod, OpCode::MOD),
        BinOp::Pow => (ArithOp::Pow, OpCode::POW),
        BinOp::BAnd => (ArithOp::BAnd, OpCode::BAND),
        BinOp::BOr => (ArithOp::BOr, OpCode::BOR),
        BinOp::BXor => (ArithOp::BXor, OpCode::BXOR),
        BinOp::Shl => (ArithOp::Shl, OpCode::SHL),
        BinOp::Shr => (ArithOp::Shr, OpCode::SHR),
        _ => return None,
    })
}
