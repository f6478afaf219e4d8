//! The instruction format: 32-bit words in Lua 5.3's layout (see docs/bytecode.md).
//!
//! ```text
//!  31        23 22       14 13      6 5    0
//! +-----------+-----------+---------+------+
//! |     B     |     C     |    A    |  op  |   iABC
//! |          Bx           |    A    |  op  |   iABx   (sBx = Bx - MAXARG_SBX)
//! |              Ax                 |  op  |   iAx
//! +-----------+-----------+---------+------+
//! ```
//!
//! `RK(x)`: if `x & BITRK` the operand is constant `K[x & !BITRK]`, else register `R[x]`.

/// One encoded instruction.
pub type Instruction = u32;

/// Width of the opcode field.
pub const SIZE_OP: u32 = 6;
/// Width of field A.
pub const SIZE_A: u32 = 8;
/// Width of fields B and C.
pub const SIZE_B: u32 = 9;
/// Width of field C.
pub const SIZE_C: u32 = 9;
/// Width of field Bx.
pub const SIZE_BX: u32 = 18;
/// Width of field Ax.
pub const SIZE_AX: u32 = 26;

const POS_A: u32 = SIZE_OP;
const POS_C: u32 = POS_A + SIZE_A;
const POS_B: u32 = POS_C + SIZE_C;
const POS_BX: u32 = POS_C;
const POS_AX: u32 = POS_A;

/// Largest value of field A.
pub const MAXARG_A: u32 = (1 << SIZE_A) - 1;
/// Largest value of fields B and C.
pub const MAXARG_B: u32 = (1 << SIZE_B) - 1;
/// Largest value of field C.
pub const MAXARG_C: u32 = (1 << SIZE_C) - 1;
/// Largest value of field Bx.
pub const MAXARG_BX: u32 = (1 << SIZE_BX) - 1;
/// Bias of the signed field sBx (sBx = Bx - MAXARG_SBX).
pub const MAXARG_SBX: i32 = (MAXARG_BX >> 1) as i32;
/// Largest value of field Ax.
pub const MAXARG_AX: u32 = (1 << SIZE_AX) - 1;
/// The bit that marks an RK operand as a constant index.
pub const BITRK: u32 = 1 << (SIZE_B - 1);
/// Largest constant index usable directly as an RK operand.
pub const MAXINDEXRK: u32 = BITRK - 1;
/// Number of list items flushed per SETLIST (LFIELDS_PER_FLUSH).
pub const FIELDS_PER_FLUSH: u32 = 50;

macro_rules! opcodes {
    ($($(#[$doc:meta])* $name:ident = $mode:ident,)*) => {
        /// The opcodes. Operand meaning is given per variant; `R` registers, `K` constants,
        /// `Up` upvalues, `RK` register-or-constant, `pc` the index of the next instruction.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum OpCode {
            $($(#[$doc])* $name,)*
        }

        impl OpCode {
            /// All opcodes in numeric order.
            pub const ALL: &'static [OpCode] = &[$(OpCode::$name,)*];

            /// The upper-case mnemonic used by listings (`--dump`).
            pub fn name(self) -> &'static str {
                match self { $(OpCode::$name => stringify!($name),)* }
            }

            /// Which operand layout this opcode uses.
            pub fn mode(self) -> OpMode {
                match self { $(OpCode::$name => OpMode::$mode,)* }
            }
        }
    };
}

opcodes! {
    /// `A B`: R[A] := R[B]
    MOVE = ABC,
    /// `A Bx`: R[A] := K[Bx]
    LOADK = ABx,
    /// `A`: R[A] := K[extra arg]; the next instruction is EXTRAARG.
    LOADKX = ABC,
    /// `A B C`: R[A] := (B != 0); if C != 0 then pc++
    LOADBOOL = ABC,
    /// `A B`: R[A], ..., R[A+B] := nil
    LOADNIL = ABC,
    /// `A B`: R[A] := Up[B]
    GETUPVAL = ABC,
    /// `A B C`: R[A] := Up[B][RK(C)]
    GETTABUP = ABC,
    /// `A B C`: R[A] := R[B][RK(C)]
    GETTABLE = ABC,
    /// `A B C`: Up[A][RK(B)] := RK(C)
    SETTABUP = ABC,
    /// `A B`: Up[B] := R[A]
    SETUPVAL = ABC,
    /// `A B C`: R[A][RK(B)] := RK(C)
    SETTABLE = ABC,
    /// `A B C`: R[A] := {} with array size hint B and hash size hint C (both "floating point
    /// bytes" as in Lua 5.3's `luaO_int2fb`).
    NEWTABLE = ABC,
    /// `A B C`: R[A+1] := R[B]; R[A] := R[B][RK(C)]
    SELF = ABC,
    /// `A B C`: R[A] := RK(B) + RK(C)
    ADD = ABC,
    /// `A B C`: R[A] := RK(B) - RK(C)
    SUB = ABC,
    /// `A B C`: R[A] := RK(B) * RK(C)
    MUL = ABC,
    /// `A B C`: R[A] := RK(B) % RK(C)
    MOD = ABC,
    /// `A B C`: R[A] := RK(B) ^ RK(C)
    POW = ABC,
    /// `A B C`: R[A] := RK(B) / RK(C)
    DIV = ABC,
    /// `A B C`: R[A] := RK(B) // RK(C)
    IDIV = ABC,
    /// `A B C`: R[A] := RK(B) & RK(C)
    BAND = ABC,
    /// `A B C`: R[A] := RK(B) | RK(C)
    BOR = ABC,
    /// `A B C`: R[A] := RK(B) ~ RK(C)
    BXOR = ABC,
    /// `A B C`: R[A] := RK(B) << RK(C)
    SHL = ABC,
    /// `A B C`: R[A] := RK(B) >> RK(C)
    SHR = ABC,
    /// `A B`: R[A] := -R[B]
    UNM = ABC,
    /// `A B`: R[A] := ~R[B]
    BNOT = ABC,
    /// `A B`: R[A] := not R[B]
    NOT = ABC,
    /// `A B`: R[A] := #R[B]
    LEN = ABC,
    /// `A B C`: R[A] := R[B] .. ... .. R[C]
    CONCAT = ABC,
    /// `A sBx`: pc += sBx; if A != 0 then close all upvalues >= R[A - 1]
    JMP = AsBx,
    /// `A B C`: if (RK(B) == RK(C)) ~= A then pc++  (the next instruction is a JMP)
    EQ = ABC,
    /// `A B C`: if (RK(B) < RK(C)) ~= A then pc++
    LT = ABC,
    /// `A B C`: if (RK(B) <= RK(C)) ~= A then pc++
    LE = ABC,
    /// `A C`: if not (truthy(R[A]) == C) then pc++
    TEST = ABC,
    /// `A B C`: if truthy(R[B]) == C then R[A] := R[B] else pc++
    TESTSET = ABC,
    /// `A B C`: R[A], ..., R[A+C-2] := R[A](R[A+1], ..., R[A+B-1]); B = 0: args up to top;
    /// C = 0: keep all results (sets top).
    CALL = ABC,
    /// `A B C`: return R[A](R[A+1], ..., R[A+B-1])
    TAILCALL = ABC,
    /// `A B`: return R[A], ..., R[A+B-2]; B = 0: up to top.
    RETURN = ABC,
    /// `A sBx`: R[A] += R[A+2]; if R[A] <?= R[A+1] then { pc += sBx; R[A+3] := R[A] }
    FORLOOP = AsBx,
    /// `A sBx`: R[A] -= R[A+2]; pc += sBx  (plus Lua 5.3's 'for' initial value/limit checks)
    FORPREP = AsBx,
    /// `A C`: R[A+3], ..., R[A+2+C] := R[A](R[A+1], R[A+2])
    TFORCALL = ABC,
    /// `A sBx`: if R[A+1] ~= nil then { R[A] := R[A+1]; pc += sBx }
    TFORLOOP = AsBx,
    /// `A B C`: R[A][(C-1)*FPF+i] := R[A+i], 1 <= i <= B; B = 0: up to top; C = 0: the next
    /// instruction is EXTRAARG holding C.
    SETLIST = ABC,
    /// `A Bx`: R[A] := closure(KPROTO[Bx])
    CLOSURE = ABx,
    /// `A B`: R[A], R[A+1], ..., R[A+B-2] = vararg; B = 0: all of them (sets top).
    VARARG = ABC,
    /// `Ax`: extra (larger) argument for the previous opcode.
    EXTRAARG = Ax,
    /// `A sBx`: R[A] := sBx as an integer. (wippy addition)
    LOADI = AsBx,
    /// `A B C`: R[A] := R[B][K[C]], K[C] a string constant (C is a plain 9-bit constant index,
    /// not an RK operand). (wippy addition)
    GETFIELD = ABC,
    /// `A B C`: R[A][K[B]] := RK(C), K[B] a string constant (B is a plain 9-bit constant index).
    /// (wippy addition)
    SETFIELD = ABC,
    /// `A Bx`: R[A] := the runtime type value described by `types[Bx]` of the function's proto.
    /// (wippy addition, used by `type` declarations and `typeof`)
    TYPE = ABx,
}

/// Operand layouts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpMode {
    /// Fields A, B, C.
    ABC,
    /// Fields A and unsigned Bx.
    ABx,
    /// Fields A and signed sBx.
    AsBx,
    /// Field Ax.
    Ax,
}

impl OpCode {
    /// Decodes an opcode number; `None` if out of range.
    #[inline]
    pub fn from_u8(n: u8) -> Option<OpCode> {
        OpCode::ALL.get(n as usize).copied()
    }
}

/// Reads the opcode of an instruction. Instructions are only built by this crate, so the value
/// is always in range.
#[inline(always)]
pub fn get_op(i: Instruction) -> OpCode {
    let n = (i & ((1 << SIZE_OP) - 1)) as usize;
    // Every instruction is built by `encode_*` from a valid `OpCode`.
    OpCode::ALL[n]
}

/// Reads the opcode of an instruction without a range check.
///
/// # Safety
/// The opcode field of `i` must be below `OpCode::ALL.len()` (true for every instruction built
/// by this crate; [`validate`] checks foreign code).
#[inline(always)]
pub unsafe fn get_op_unchecked(i: Instruction) -> OpCode {
    std::mem::transmute::<u8, OpCode>((i & ((1 << SIZE_OP) - 1)) as u8)
}

/// Whether every instruction of `code` has a valid opcode (so [`get_op_unchecked`] is sound).
pub fn validate(code: &[Instruction]) -> bool {
    code.iter()
        .all(|&i| ((i & ((1 << SIZE_OP) - 1)) as usize) < OpCode::ALL.len())
}

/// Field A.
#[inline(always)]
pub fn get_a(i: Instruction) -> u32 {
    (i >> POS_A) & MAXARG_A
}

/// Field B.
#[inline(always)]
pub fn get_b(i: Instruction) -> u32 {
    (i >> POS_B) & MAXARG_B
}

/// Field C.
#[inline(always)]
pub fn get_c(i: Instruction) -> u32 {
    (i >> POS_C) & MAXARG_C
}

/// Field Bx.
#[inline(always)]
pub fn get_bx(i: Instruction) -> u32 {
    (i >> POS_BX) & MAXARG_BX
}

/// Field sBx.
#[inline(always)]
pub fn get_sbx(i: Instruction) -> i32 {
    get_bx(i) as i32 - MAXARG_SBX
}

/// Field Ax.
#[inline(always)]
pub fn get_ax(i: Instruction) -> u32 {
    (i >> POS_AX) & MAXARG_AX
}

/// Whether an RK operand names a constant.
#[inline(always)]
pub fn is_k(x: u32) -> bool {
    x & BITRK != 0
}

/// The constant index of an RK operand that names a constant.
#[inline(always)]
pub fn index_k(x: u32) -> u32 {
    x & !BITRK
}

/// Turns a constant index into an RK operand.
#[inline(always)]
pub fn rk_ask(x: u32) -> u32 {
    x | BITRK
}

/// Encodes an iABC instruction.
#[inline]
pub fn encode_abc(op: OpCode, a: u32, b: u32, c: u32) -> Instruction {
    debug_assert!(a <= MAXARG_A && b <= MAXARG_B && c <= MAXARG_C);
    (op as u32) | (a << POS_A) | (b << POS_B) | (c << POS_C)
}

/// Encodes an iABx instruction.
#[inline]
pub fn encode_abx(op: OpCode, a: u32, bx: u32) -> Instruction {
    debug_assert!(a <= MAXARG_A && bx <= MAXARG_BX);
    (op as u32) | (a << POS_A) | (bx << POS_BX)
}

/// Encodes an iAsBx instruction.
#[inline]
pub fn encode_asbx(op: OpCode, a: u32, sbx: i32) -> Instruction {
    encode_abx(op, a, (sbx + MAXARG_SBX) as u32)
}

/// Encodes an iAx instruction.
#[inline]
pub fn encode_ax(op: OpCode, ax: u32) -> Instruction {
    debug_assert!(ax <= MAXARG_AX);
    (op as u32) | (ax << POS_AX)
}

/// Replaces field A.
#[inline]
pub fn set_a(i: Instruction, a: u32) -> Instruction {
    (i & !(MAXARG_A << POS_A)) | (a << POS_A)
}

/// Replaces field B.
#[inline]
pub fn set_b(i: Instruction, b: u32) -> Instruction {
    (i & !(MAXARG_B << POS_B)) | (b << POS_B)
}

/// Replaces field C.
#[inline]
pub fn set_c(i: Instruction, c: u32) -> Instruction {
    (i & !(MAXARG_C << POS_C)) | (c << POS_C)
}

/// Replaces field sBx.
#[inline]
pub fn set_sbx(i: Instruction, sbx: i32) -> Instruction {
    let bx = (sbx + MAXARG_SBX) as u32;
    (i & !(MAXARG_BX << POS_BX)) | (bx << POS_BX)
}

/// Lua 5.3's `luaO_int2fb`: encodes a size hint as a "floating point byte" (eeeeexxx).
pub fn int2fb(mut x: u32) -> u32 {
    let mut e = 0;
    if x < 8 {
        return x;
    }
    while x >= (8 << 4) {
        x = (x + 0xf) >> 4;
        e += 4;
    }
    while x >= (8 << 1) {
        x = (x + 1) >> 1;
        e += 1;
    }
    ((e + 1) << 3) | (x - 8)
}

/// Lua 5.3's `luaO_fb2int`: decodes a "floating point byte".
pub fn fb2int(x: u32) -> u32 {
    if x < 8 {
        x
    } else {
        ((x & 7) + 8) << ((x >> 3) - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_round_trip() {
        let i = encode_abc(OpCode::SETTABLE, 200, rk_ask(17), 511);
        assert_eq!(get_op(i), OpCode::SETTABLE);
        assert_eq!(get_a(i), 200);
        assert!(is_k(get_b(i)));
        assert_eq!(index_k(get_b(i)), 17);
        assert_eq!(get_c(i), 511);
        let j = encode_asbx(OpCode::JMP, 0, -5);
        assert_eq!(get_sbx(j), -5);
        assert_eq!(get_sbx(set_sbx(j, 1000)), 1000);
        assert_eq!(get_ax(encode_ax(OpCode::EXTRAARG, MAXARG_AX)), MAXARG_AX);
        assert!(OpCode::ALL.len() <= 1 << SIZE_OP);
    }

    #[test]
    fn float_byte_round_trips_small_sizes() {
        for x in 0..8 {
            assert_eq!(fb2int(int2fb(x)), x);
        }
        assert!(fb2int(int2fb(1000)) >= 1000);
    }
}
