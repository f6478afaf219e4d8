//! Expressions (the expression half of lparser.c): each AST node is compiled in the order PUC's
//! recursive-descent parser would see it, so registers, constants and lines come out the same.

use wippy_lexer::Token;
use wippy_parser::ast::Span;
use wippy_parser::ast::{Expr, ExprKind, FuncBody, TableField};

use crate::code::reg_of;
use crate::compiler::Compiler;
use crate::error::{CResult, Fail};
use crate::funcstate::{ExpDesc, ExpKind, MULTRET};
use crate::opcode::{int2fb, set_b, set_c, OpCode, FIELDS_PER_FLUSH, MAXARG_C};
use crate::Constant;

/// State of a table constructor (lparser.c `ConsControl`).
struct ConsControl {
    /// Last list item read, not yet stored.
    v: ExpDesc,
    /// Register of the table.
    table: u32,
    /// Number of record fields.
    nh: u32,
    /// Number of list items.
    na: u32,
    /// List items waiting for a SETLIST.
    tostore: u32,
}

impl Compiler<'_> {
    /// Compiles an expression (`expr`/`subexpr`).
    pub(crate) fn expr(&mut self, e: &Expr) -> CResult<ExpDesc> {
        self.enter_level()?;
        let r = self.expr_inner(e);
        self.leave_level();
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> CResult<ExpDesc> {
        let end = e.span.end;
        let k = match &e.kind {
            ExprKind::Nil => ExpKind::Nil,
            ExprKind::True => ExpKind::True,
            ExprKind::False => ExpKind::False,
            ExprKind::Int(i) => ExpKind::KInt(*i),
            ExprKind::Float(f) => ExpKind::KFlt(*f),
            ExprKind::Str(s) => ExpKind::K(self.fs.string_k(s)?),
            ExprKind::Vararg => {
                if !self.fs.is_vararg {
                    return Err(Fail::Syntax(
                        "cannot use '...' outside a vararg function".into(),
                    ));
                }
                ExpKind::Vararg(self.fs.code_abc(OpCode::VARARG, 0, 1, 0)?)
            }
            ExprKind::Function(body) => {
                let line = self.line_after(e.span.start + "function".len() as u32);
                return self.function_body(body, false, line);
            }
            ExprKind::Table(fields) => return self.constructor(fields, e.span),
            ExprKind::Name(n) => {
                self.consume(n.span.end);
                return self.single_var(&n.name);
            }
            ExprKind::Index { .. }
            | ExprKind::Field { .. }
            | ExprKind::Call { .. }
            | ExprKind::MethodCall { .. } => return self.suffixed(e),
            ExprKind::Paren(inner) => {
                self.consume(e.span.start + 1);
                let mut v = self.expr(inner)?;
                self.consume(end);
                self.fs.discharge_vars(&mut v)?;
                return Ok(v);
            }
            ExprKind::Binary { .. } => return self.binary_chain(e),
            ExprKind::Unary { op, operand } => {
                let line = self.src.line_of(e.span.start);
                self.consume_after(e.span.start);
                let mut v = self.expr(operand)?;
                self.fs.prefix(*op, &mut v, line)?;
                return Ok(v);
            }
            ExprKind::Cast { expr, .. } | ExprKind::NonNil(expr) => return self.expr(expr),
        };
        self.consume(end);
        Ok(ExpDesc::new(k))
    }

    /// The binary operator token after `end`, skipping closing parentheses the AST may omit.
    fn operator_after(&self, mut end: u32) -> Span {
        loop {
            match self.src.next_token(end) {
                (Token::RParen, span) => end = span.end,
                (_, span) => return span,
            }
        }
    }

    /// `subexpr`'s operator loop: the left operands of a chain of binary operators are compiled
    /// iteratively at the current level, the right operands one level deeper.
    fn binary_chain(&mut self, e: &Expr) -> CResult<ExpDesc> {
        let mut spine = Vec::new();
        let mut cur = e;
        while let ExprKind::Binary { op, lhs, rhs } = &cur.kind {
            spine.push((*op, lhs.span.end, &**rhs));
            cur = lhs;
        }
        let mut v = self.expr_inner(cur)?;
        for (op, lhs_end, rhs) in spine.into_iter().rev() {
            let op_span = self.operator_after(lhs_end);
            let line = self.src.line_of(op_span.start);
            self.consume(op_span.end);
            self.fs.infix(op, &mut v)?;
            let mut v2 = self.expr(rhs)?;
            self.fs.posfix(op, &mut v, &mut v2, line)?;
        }
        Ok(v)
    }

    /// `suffixedexp`: a primary expression followed by indexing, calls and method calls,
    /// compiled iteratively; every call gets the line where the primary expression starts.
    fn suffixed(&mut self, e: &Expr) -> CResult<ExpDesc> {
        let mut spine = Vec::new();
        let mut cur = e;
        while let ExprKind::Index { obj, .. }
        | ExprKind::Field { obj, .. }
        | ExprKind::Call { func: obj, .. }
        | ExprKind::MethodCall { obj, .. }
        | ExprKind::NonNil(obj) = &cur.kind
        {
            spine.push(cur);
            cur = obj;
        }
        let line = self.src.line_of(cur.span.start);
        let mut v = self.expr_inner(cur)?;
        for node in spine.into_iter().rev() {
            match &node.kind {
                ExprKind::Index { obj, key } => {
                    self.fs.exp_to_any_reg_up(&mut v)?;
                    self.consume_after(obj.span.end); // '['
                    let mut k = self.expr(key)?;
                    self.fs.exp_to_val(&mut k)?;
                    self.consume(node.span.end); // ']'
                    self.fs.indexed(&mut v, &mut k)?;
                }
                ExprKind::Field { name, .. } => {
                    self.fs.exp_to_any_reg_up(&mut v)?;
                    self.consume(name.span.end);
                    let mut k = ExpDesc::new(ExpKind::K(self.fs.string_k(name.name.as_bytes())?));
                    self.fs.indexed(&mut v, &mut k)?;
                }
                ExprKind::Call { func, args } => {
                    self.fs.exp_to_next_reg(&mut v)?;
                    v = self.func_args(v, args, func.span.end, node.span.end, line)?;
                }
                ExprKind::MethodCall { method, args, .. } => {
                    self.consume(method.span.end);
                    let mut key =
                        ExpDesc::new(ExpKind::K(self.fs.string_k(method.name.as_bytes())?));
                    self.fs.self_op(&mut v, &mut key)?;
                    v = self.func_args(v, args, method.span.end, node.span.end, line)?;
                }
                _ => {} // `e!`: no runtime effect
            }
        }
        Ok(v)
    }

    /// `explist`: all but the last expression go to consecutive registers; returns the count
    /// and the last expression (still open). `exprs` must not be empty.
    pub(crate) fn explist(&mut self, exprs: &[Expr]) -> CResult<(u32, ExpDesc)> {
        let Some(first) = exprs.first() else {
            return Ok((0, ExpDesc::new(ExpKind::Void)));
        };
        let mut v = self.expr(first)?;
        for pair in exprs.windows(2) {
            self.consume_after(pair[0].span.end); // ','
            self.fs.exp_to_next_reg(&mut v)?;
            v = self.expr(&pair[1])?;
        }
        Ok((exprs.len() as u32, v))
    }

    /// `funcargs`: arguments and the CALL instruction for the function in register `f`.
    fn func_args(
        &mut self,
        f: ExpDesc,
        args: &[Expr],
        after: u32,
        end: u32,
        line: u32,
    ) -> CResult<ExpDesc> {
        let base = reg_of(&f);
        let (token, span) = self.src.next_token(after);
        let paren = token == Token::LParen;
        let mut a = match args {
            [arg] if !paren => match &arg.kind {
                ExprKind::Table(fields) => self.constructor(fields, arg.span)?,
                _ => self.expr(arg)?,
            },
            _ => {
                self.consume(span.end);
                let mut a = ExpDesc::new(ExpKind::Void);
                if !args.is_empty() {
                    a = self.explist(args)?.1;
                    self.fs.set_multret(&mut a)?;
                }
                self.consume(end); // ')'
                a
            }
        };
        let nparams = if a.has_multret() {
            MULTRET
        } else {
            if a.k != ExpKind::Void {
                self.fs.exp_to_next_reg(&mut a)?;
            }
            (self.fs.freereg - (base + 1)) as i32
        };
        let pc = self
            .fs
            .code_abc(OpCode::CALL, base, (nparams + 1) as u32, 2)?;
        self.fs.fix_line(line);
        self.fs.freereg = base + 1;
        Ok(ExpDesc::new(ExpKind::Call(pc)))
    }

    /// `body`: compiles a function and leaves its closure in the next register.
    pub(crate) fn function_body(
        &mut self,
        body: &FuncBody,
        is_method: bool,
        line: u32,
    ) -> CResult<ExpDesc> {
        self.open_func(line);
        if is_method {
            self.fs.new_localvar("self")?;
            self.fs.adjust_localvars(1);
        }
        for p in &body.params {
            self.consume(p.name.span.end);
            self.fs.new_localvar(&p.name.name)?;
        }
        self.fs.is_vararg = body.is_vararg;
        self.fs.adjust_localvars(body.params.len() as u32);
        self.fs.num_params = self.fs.nactvar as u8;
        let n = self.fs.nactvar;
        self.fs.reserve_regs(n)?;
        self.statlist(&body.body.stats, body.body.ret.as_ref(), false)?;
        self.consume(body.span.end); // 'end'
        let proto = self.close_func(body.end_line)?;
        self.consume(body.span.end);
        let idx = self.fs.add_proto(proto)?;
        let mut v = ExpDesc::new(ExpKind::Relocable(self.fs.code_abx(
            OpCode::CLOSURE,
            0,
            idx,
        )?));
        self.fs.exp_to_next_reg(&mut v)?;
        Ok(v)
    }

    /// `constructor`: a table constructor spanning `span`.
    fn constructor(&mut self, fields: &[TableField], span: Span) -> CResult<ExpDesc> {
        let pc = self.fs.code_abc(OpCode::NEWTABLE, 0, 0, 0)?;
        let mut t = ExpDesc::new(ExpKind::Relocable(pc));
        self.fs.exp_to_next_reg(&mut t)?;
        let mut cc = ConsControl {
            v: ExpDesc::new(ExpKind::Void),
            table: reg_of(&t),
            nh: 0,
            na: 0,
            tostore: 0,
        };
        self.consume(span.start + 1); // '{'
        for field in fields {
            self.close_list_field(&mut cc)?;
            let reg = self.fs.freereg;
            let value_end = match field {
                TableField::Positional(value) => {
                    cc.v = self.expr(value)?;
                    cc.na += 1;
                    cc.tostore += 1;
                    value.span.end
                }
                TableField::Named { name, value } => {
                    self.consume(name.span.end);
                    let k = ExpDesc::new(ExpKind::K(self.fs.string_k(name.name.as_bytes())?));
                    self.rec_field(&mut cc, reg, k, value)?;
                    value.span.end
                }
                TableField::Keyed { key, value } => {
                    self.consume(key.span.start); // '['
                    let mut k = self.expr(key)?;
                    self.fs.exp_to_val(&mut k)?;
                    self.consume_after(key.span.end); // ']'
                    self.rec_field(&mut cc, reg, k, value)?;
                    value.span.end
                }
            };
            if let (Token::Comma | Token::Semicolon, sep) = self.src.next_token(value_end) {
                self.consume(sep.end);
            }
        }
        self.consume(span.end); // '}'
        self.last_list_field(&mut cc)?;
        let i = &mut self.fs.code[pc as usize];
        *i = set_c(set_b(*i, int2fb(cc.na)), int2fb(cc.nh));
        Ok(t)
    }

    /// `recfield`: `key = value` (the cursor is just after the key).
    /// `reg` is the first free register before the key was compiled.
    fn rec_field(
        &mut self,
        cc: &mut ConsControl,
        reg: u32,
        mut key: ExpDesc,
        value: &Expr,
    ) -> CResult<()> {
        cc.nh += 1;
        self.consume_after(self.cursor); // '='
        let field_key = match key.k {
            ExpKind::K(k)
                if self.fs.extended
                    && k <= MAXARG_C
                    && matches!(self.fs.constants.get(k as usize), Some(Constant::Str(_))) =>
            {
                Some(k)
            }
            _ => None,
        };
        if let Some(k) = field_key {
            let mut v = self.expr(value)?;
            let rk = self.fs.exp_to_rk(&mut v)?;
            self.fs.code_abc(OpCode::SETFIELD, cc.table, k, rk)?;
        } else {
            let rkkey = self.fs.exp_to_rk(&mut key)?;
            let mut v = self.expr(value)?;
            let rk = self.fs.exp_to_rk(&mut v)?;
            self.fs.code_abc(OpCode::SETTABLE, cc.table, rkkey, rk)?;
        }
        self.fs.freereg = reg;
        Ok(())
    }

    /// `closelistfield`: puts the pending list item in its register, flushing every 50.
    fn close_list_field(&mut self, cc: &mut ConsControl) -> CResult<()> {
        if cc.v.k == ExpKind::Void {
            return Ok(());
        }
        self.fs.exp_to_next_reg(&mut cc.v)?;
        cc.v = ExpDesc::new(ExpKind::Void);
        if cc.tostore == FIELDS_PER_FLUSH {
            self.fs.set_list(cc.table, cc.na, cc.tostore as i32)?;
            cc.tostore = 0;
        }
        Ok(())
    }

    /// `lastlistfield`: stores the remaining list items (all results of an open last item).
    fn last_list_field(&mut self, cc: &mut ConsControl) -> CResult<()> {
        if cc.tostore == 0 {
            return Ok(());
        }
        if cc.v.has_multret() {
            self.fs.set_multret(&mut cc.v)?;
            self.fs.set_list(cc.table, cc.na, MULTRET)?;
            cc.na -= 1;
        } else {
            if cc.v.k != ExpKind::Void {
                self.fs.exp_to_next_reg(&mut cc.v)?;
            }
            self.fs.set_list(cc.table, cc.na, cc.tostore as i32)?;
        }
        Ok(())
    }
}
