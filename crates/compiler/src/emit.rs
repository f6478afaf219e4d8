//! Instruction emission and jump lists (the first half of Lua 5.3's lcode.c): every
//! instruction goes through `code`, which first resolves the jumps pending to the current pc.

use crate::error::{CResult, Fail};
use crate::funcstate::{FuncState, NO_JUMP};
use crate::opcode::*;

/// "No register" for TESTSET patching.
pub(crate) const NO_REG: u32 = MAXARG_A;

impl FuncState {
    // ---- emission ----

    /// `luaK_code`: emits `i` at the current line, resolving pending jumps to here first.
    fn code(&mut self, i: Instruction) -> CResult<i32> {
        self.discharge_jpc()?;
        self.code.push(i);
        self.lines.push(self.line);
        Ok(self.pc() - 1)
    }

    /// Emits an iABC instruction.
    pub(crate) fn code_abc(&mut self, op: OpCode, a: u32, b: u32, c: u32) -> CResult<i32> {
        self.code(encode_abc(op, a, b, c))
    }

    /// Emits an iABx instruction.
    pub(crate) fn code_abx(&mut self, op: OpCode, a: u32, bx: u32) -> CResult<i32> {
        self.code(encode_abx(op, a, bx))
    }

    /// Emits an iAsBx instruction.
    pub(crate) fn code_asbx(&mut self, op: OpCode, a: u32, sbx: i32) -> CResult<i32> {
        self.code(encode_asbx(op, a, sbx))
    }

    pub(crate) fn code_extraarg(&mut self, a: u32) -> CResult<i32> {
        self.code(encode_ax(OpCode::EXTRAARG, a))
    }

    /// `luaK_codek`: LOADK, or LOADKX + EXTRAARG for large indices.
    pub(crate) fn code_k(&mut self, reg: u32, k: u32) -> CResult<i32> {
        if k <= MAXARG_BX {
            self.code_abx(OpCode::LOADK, reg, k)
        } else {
            let p = self.code_abx(OpCode::LOADKX, reg, 0)?;
            self.code_extraarg(k)?;
            Ok(p)
        }
    }

    /// Loads integer `n` into `reg`: LOADI when enabled and `n` fits sBx, else a constant.
    pub(crate) fn code_int(&mut self, reg: u32, n: i64) -> CResult<i32> {
        if self.extended && (-(MAXARG_SBX as i64)..=MAXARG_SBX as i64 + 1).contains(&n) {
            self.code_asbx(OpCode::LOADI, reg, n as i32)
        } else {
            let k = self.int_k(n)?;
            self.code_k(reg, k)
        }
    }

    /// `luaK_fixline`: sets the line of the last instruction.
    pub(crate) fn fix_line(&mut self, line: u32) {
        if let Some(l) = self.lines.last_mut() {
            *l = line;
        }
    }

    /// `luaK_nil`: LOADNIL, merged with a previous LOADNIL when ranges touch.
    pub(crate) fn nil(&mut self, from: u32, n: u32) -> CResult<()> {
        let mut from = from;
        let mut l = from + n - 1;
        if self.pc() > self.lasttarget && self.pc() > 0 {
            let prev_pc = self.code.len() - 1;
            let prev = self.code[prev_pc];
            if get_op(prev) == OpCode::LOADNIL {
                let pfrom = get_a(prev);
                let pl = pfrom + get_b(prev);
                if (pfrom <= from && from <= pl + 1) || (from <= pfrom && pfrom <= l + 1) {
                    from = from.min(pfrom);
                    l = l.max(pl);
                    self.code[prev_pc] = set_b(set_a(prev, from), l - from);
                    return Ok(());
                }
            }
        }
        self.code_abc(OpCode::LOADNIL, from, n - 1, 0)?;
        Ok(())
    }

    /// `luaK_ret`.
    pub(crate) fn ret(&mut self, first: u32, nret: i32) -> CResult<()> {
        self.code_abc(OpCode::RETURN, first, (nret + 1) as u32, 0)?;
        Ok(())
    }

    // ---- jumps ----

    pub(crate) fn get_jump(&self, pc: i32) -> i32 {
        let offset = get_sbx(self.code[pc as usize]);
        if offset == NO_JUMP {
            NO_JUMP
        } else {
            pc + 1 + offset
        }
    }

    fn fix_jump(&mut self, pc: i32, dest: i32) -> CResult<()> {
        let offset = dest - (pc + 1);
        if offset.abs() > MAXARG_SBX {
            return Err(Fail::Syntax("control structure too long".into()));
        }
        let i = &mut self.code[pc as usize];
        *i = set_sbx(*i, offset);
        Ok(())
    }

    /// `luaK_concat`: appends list `l2` to list `l1`.
    pub(crate) fn concat(&mut self, l1: &mut i32, l2: i32) -> CResult<()> {
        if l2 == NO_JUMP {
            return Ok(());
        }
        if *l1 == NO_JUMP {
            *l1 = l2;
            return Ok(());
        }
        let mut list = *l1;
        loop {
            let next = self.get_jump(list);
            if next == NO_JUMP {
                break;
            }
            list = next;
        }
        self.fix_jump(list, l2)
    }

    /// `luaK_jump`: an unconditional jump to be patched, chained with the jumps to here.
    pub(crate) fn jump(&mut self) -> CResult<i32> {
        let jpc = self.jpc;
        self.jpc = NO_JUMP;
        let mut j = self.code_asbx(OpCode::JMP, 0, NO_JUMP)?;
        self.concat(&mut j, jpc)?;
        Ok(j)
    }

    pub(crate) fn cond_jump(&mut self, op: OpCode, a: u32, b: u32, c: u32) -> CResult<i32> {
        self.code_abc(op, a, b, c)?;
        self.jump()
    }

    /// `luaK_getlabel`: the current pc, marked as a jump target.
    pub(crate) fn get_label(&mut self) -> i32 {
        self.lasttarget = self.pc();
        self.pc()
    }

    /// Position of the instruction controlling the jump at `pc` (its test, if any).
    pub(crate) fn jump_control(&self, pc: i32) -> usize {
        let pc = pc as usize;
        if pc >= 1 && is_test_op(get_op(self.code[pc - 1])) {
            pc - 1
        } else {
            pc
        }
    }

    fn patch_test_reg(&mut self, node: i32, reg: u32) -> bool {
        let at = self.jump_control(node);
        let i = self.code[at];
        if get_op(i) != OpCode::TESTSET {
            return false;
        }
        self.code[at] = if reg != NO_REG && reg != get_b(i) {
            set_a(i, reg)
        } else {
            encode_abc(OpCode::TEST, get_b(i), 0, get_c(i))
        };
        true
    }

    pub(crate) fn remove_values(&mut self, mut list: i32) {
        while list != NO_JUMP {
            self.patch_test_reg(list, NO_REG);
            list = self.get_jump(list);
        }
    }

    pub(crate) fn patch_list_aux(
        &mut self,
        mut list: i32,
        vtarget: i32,
        reg: u32,
        dtarget: i32,
    ) -> CResult<()> {
        while list != NO_JUMP {
            let next = self.get_jump(list);
            if self.patch_test_reg(list, reg) {
                self.fix_jump(list, vtarget)?;
            } else {
                self.fix_jump(list, dtarget)?;
            }
            list = next;
        }
        Ok(())
    }

    fn discharge_jpc(&mut self) -> CResult<()> {
        let pc = self.pc();
        let jpc = self.jpc;
        self.jpc = NO_JUMP;
        self.patch_list_aux(jpc, pc, NO_REG, pc)
    }

    /// `luaK_patchtohere`.
    pub(crate) fn patch_to_here(&mut self, list: i32) -> CResult<()> {
        self.get_label();
        let mut jpc = self.jpc;
        self.concat(&mut jpc, list)?;
        self.jpc = jpc;
        Ok(())
    }

    /// `luaK_patchlist`.
    pub(crate) fn patch_list(&mut self, list: i32, target: i32) -> CResult<()> {
        if target == self.pc() {
            self.patch_to_here(list)
        } else {
            self.patch_list_aux(list, target, NO_REG, target)
        }
    }

    /// `luaK_patchclose`: jumps in `list` close upvalues from register `level` up.
    pub(crate) fn patch_close(&mut self, mut list: i32, level: u32) {
        while list != NO_JUMP {
            let i = &mut self.code[list as usize];
            *i = set_a(*i, level + 1);
            list = self.get_jump(list);
        }
    }

    /// `luaK_jumpto`.
    pub(crate) fn jump_to(&mut self, target: i32) -> CResult<()> {
        let j = self.jump()?;
        self.patch_list(j, target)
    }
}

/// Test-mode opcodes: the next instruction is a jump they control.
fn is_test_op(op: OpCode) -> bool {
    matches!(
        op,
        OpCode::EQ | OpCode::LT | OpCode::LE | OpCode::TEST | OpCode::TESTSET
    )
}
