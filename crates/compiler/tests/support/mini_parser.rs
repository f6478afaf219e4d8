//! Test support: a small recursive-descent parser for plain Lua 5.3 producing the shared AST,
//! used by the compiler's tests until `wippy_parser::parse` is available on this branch. It
//! accepts valid programs only (errors are plain strings) and no type syntax.

use wippy_lexer::{Lexer, LineIndex, Span, Token};
use wippy_parser::ast::*;

/// Parses `src` into a chunk.
pub fn parse(src: &[u8]) -> Result<Chunk, String> {
    let mut p = Parser {
        lx: Lexer::new(src),
        lines: LineIndex::new(src),
        tok: Token::Eof,
        span: Span::new(0, 0),
        ahead: None,
        prev_end: 0,
    };
    p.next()?;
    let block = p.block()?;
    if p.tok != Token::Eof {
        return Err(format!("'<eof>' expected near {:?}", p.tok));
    }
    Ok(Chunk {
        block,
        span: Span::new(0, src.len() as u32),
    })
}

struct Parser<'s> {
    lx: Lexer<'s>,
    lines: LineIndex,
    tok: Token,
    span: Span,
    ahead: Option<(Token, Span)>,
    prev_end: u32,
}

type R<T> = Result<T, String>;

fn binop(t: &Token) -> Option<BinOp> {
    Some(match t {
        Token::Plus => BinOp::Add,
        Token::Minus => BinOp::Sub,
        Token::Star => BinOp::Mul,
        Token::Percent => BinOp::Mod,
        Token::Caret => BinOp::Pow,
        Token::Slash => BinOp::Div,
        Token::DoubleSlash => BinOp::IDiv,
        Token::Ampersand => BinOp::BAnd,
        Token::Pipe => BinOp::BOr,
        Token::Tilde => BinOp::BXor,
        Token::ShiftLeft => BinOp::Shl,
        Token::ShiftRight => BinOp::Shr,
        Token::Concat => BinOp::Concat,
        Token::NotEq => BinOp::Ne,
        Token::Eq => BinOp::Eq,
        Token::Less => BinOp::Lt,
        Token::LessEq => BinOp::Le,
        Token::Greater => BinOp::Gt,
        Token::GreaterEq => BinOp::Ge,
        Token::And => BinOp::And,
        Token::Or => BinOp::Or,
        _ => return None,
    })
}

impl Parser<'_> {
    fn next(&mut self) -> R<()> {
        self.prev_end = self.span.end;
        let (t, s) = match self.ahead.take() {
            Some(x) => x,
            None => self
                .lx
                .next_token()
                .map_err(|e| e.message_lossy().into_owned())?,
        };
        self.tok = t;
        self.span = s;
        Ok(())
    }

    fn peek(&mut self) -> R<&Token> {
        if self.ahead.is_none() {
            let x = self
                .lx
                .next_token()
                .map_err(|e| e.message_lossy().into_owned())?;
            self.ahead = Some(x);
        }
        Ok(&self.ahead.as_ref().unwrap().0)
    }

    fn test(&mut self, t: &Token) -> R<bool> {
        if &self.tok == t {
            self.next()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn expect(&mut self, t: &Token) -> R<()> {
        if self.test(t)? {
            Ok(())
        } else {
            Err(format!("{t:?} expected near {:?}", self.tok))
        }
    }

    fn name(&mut self) -> R<Name> {
        if let Token::Name(n) = &self.tok {
            let name = Name {
                name: n.clone(),
                span: self.span,
            };
            self.next()?;
            Ok(name)
        } else {
            Err(format!("<name> expected near {:?}", self.tok))
        }
    }

    fn binding(&mut self) -> R<Binding> {
        Ok(Binding {
            name: self.name()?,
            ty: None,
        })
    }

    fn line(&self, offset: u32) -> u32 {
        self.lines.line(offset)
    }

    fn block_follow(&self, with_until: bool) -> bool {
        matches!(
            self.tok,
            Token::Else | Token::Elseif | Token::End | Token::Eof
        ) || (with_until && self.tok == Token::Until)
    }

    fn block(&mut self) -> R<Block> {
        let start = self.span.start;
        let mut stats = Vec::new();
        let mut ret = None;
        while !self.block_follow(true) {
            if self.tok == Token::Return {
                let rs = self.span.start;
                self.next()?;
                let exprs = if self.block_follow(true) || self.tok == Token::Semicolon {
                    Vec::new()
                } else {
                    self.explist()?
                };
                self.test(&Token::Semicolon)?;
                ret = Some(Return {
                    exprs,
                    span: Span::new(rs, self.prev_end),
                });
                break;
            }
            if self.test(&Token::Semicolon)? {
                continue;
            }
            stats.push(self.statement()?);
        }
        let end = self.prev_end.max(start);
        Ok(Block {
            stats,
            ret,
            span: Span::new(start, end),
        })
    }

    fn statement(&mut self) -> R<Stat> {
        let start = self.span.start;
        let kind = match self.tok {
            Token::If => {
                let mut clauses = Vec::new();
                let mut else_block = None;
                loop {
                    let cs = self.span.start;
                    self.next()?;
                    let cond = self.expr()?;
                    self.expect(&Token::Then)?;
                    let block = self.block()?;
                    clauses.push(IfClause {
                        cond,
                        block,
                        span: Span::new(cs, self.prev_end),
                    });
                    if self.tok == Token::Elseif {
                        continue;
                    }
                    if self.test(&Token::Else)? {
                        else_block = Some(self.block()?);
                    }
                    self.expect(&Token::End)?;
                    break;
                }
                StatKind::If {
                    clauses,
                    else_block,
                }
            }
            Token::While => {
                self.next()?;
                let cond = self.expr()?;
                self.expect(&Token::Do)?;
                let body = self.block()?;
                self.expect(&Token::End)?;
                StatKind::While { cond, body }
            }
            Token::Do => {
                self.next()?;
                let b = self.block()?;
                self.expect(&Token::End)?;
                StatKind::Do(b)
            }
            Token::For => {
                self.next()?;
                let var = self.binding()?;
                if self.test(&Token::Assign)? {
                    let start_e = self.expr()?;
                    self.expect(&Token::Comma)?;
                    let limit = self.expr()?;
                    let step = if self.test(&Token::Comma)? {
                        Some(self.expr()?)
                    } else {
                        None
                    };
                    self.expect(&Token::Do)?;
                    let body = self.block()?;
                    self.expect(&Token::End)?;
                    StatKind::NumericFor {
                        var,
                        start: start_e,
                        limit,
                        step,
                        body,
                    }
                } else {
                    let mut vars = vec![var];
                    while self.test(&Token::Comma)? {
                        vars.push(self.binding()?);
                    }
                    self.expect(&Token::In)?;
                    let exprs = self.explist()?;
                    self.expect(&Token::Do)?;
                    let body = self.block()?;
                    self.expect(&Token::End)?;
                    StatKind::GenericFor { vars, exprs, body }
                }
            }
            Token::Repeat => {
                self.next()?;
                let body = self.block()?;
                self.expect(&Token::Until)?;
                let cond = self.expr()?;
                StatKind::Repeat { body, cond }
            }
            Token::Function => {
                let line = self.line(self.span.start);
                self.next()?;
                let mut path = vec![self.name()?];
                while self.test(&Token::Dot)? {
                    path.push(self.name()?);
                }
                let method = if self.test(&Token::Colon)? {
                    Some(self.name()?)
                } else {
                    None
                };
                let func = Box::new(self.body(line, self.span.start)?);
                StatKind::Function {
                    name: FuncName { path, method },
                    func,
                }
            }
            Token::Local => {
                self.next()?;
                if self.test(&Token::Function)? {
                    let name = self.name()?;
                    let line = self.line(self.span.start);
                    let func = Box::new(self.body(line, self.span.start)?);
                    StatKind::LocalFunction { name, func }
                } else {
                    let mut names = vec![self.binding()?];
                    while self.test(&Token::Comma)? {
                        names.push(self.binding()?);
                    }
                    let exprs = if self.test(&Token::Assign)? {
                        self.explist()?
                    } else {
                        Vec::new()
                    };
                    StatKind::Local { names, exprs }
                }
            }
            Token::DoubleColon => {
                self.next()?;
                let n = self.name()?;
                self.expect(&Token::DoubleColon)?;
                StatKind::Label(n)
            }
            Token::Break => {
                self.next()?;
                StatKind::Break
            }
            Token::Goto => {
                self.next()?;
                StatKind::Goto(self.name()?)
            }
            _ => {
                let e = self.suffixed()?;
                if self.tok == Token::Assign || self.tok == Token::Comma {
                    let mut targets = vec![e];
                    while self.test(&Token::Comma)? {
                        targets.push(self.suffixed()?);
                    }
                    self.expect(&Token::Assign)?;
                    let exprs = self.explist()?;
                    StatKind::Assign { targets, exprs }
                } else {
                    StatKind::Call(e)
                }
            }
        };
        Ok(Stat {
            kind,
            span: Span::new(start, self.prev_end),
        })
    }

    fn body(&mut self, line: u32, start: u32) -> R<FuncBody> {
        self.expect(&Token::LParen)?;
        let mut params = Vec::new();
        let mut is_vararg = false;
        if self.tok != Token::RParen {
            loop {
                if self.test(&Token::Ellipsis)? {
                    is_vararg = true;
                    break;
                }
                params.push(self.binding()?);
                if !self.test(&Token::Comma)? {
                    break;
                }
            }
        }
        self.expect(&Token::RParen)?;
        let body = self.block()?;
        let end_line = self.line(self.span.start);
        self.expect(&Token::End)?;
        Ok(FuncBody {
            generics: Vec::new(),
            params,
            is_vararg,
            vararg_ty: None,
            returns: None,
            body,
            line,
            end_line,
            span: Span::new(start, self.prev_end),
        })
    }

    fn explist(&mut self) -> R<Vec<Expr>> {
        let mut v = vec![self.expr()?];
        while self.test(&Token::Comma)? {
            v.push(self.expr()?);
        }
        Ok(v)
    }

    fn expr(&mut self) -> R<Expr> {
        self.subexpr(0)
    }

    fn subexpr(&mut self, limit: u8) -> R<Expr> {
        let start = self.span.start;
        let unop = match self.tok {
            Token::Not => Some(UnOp::Not),
            Token::Minus => Some(UnOp::Neg),
            Token::Tilde => Some(UnOp::BNot),
            Token::Hash => Some(UnOp::Len),
            _ => None,
        };
        let mut e = if let Some(op) = unop {
            self.next()?;
            let operand = self.subexpr(12)?;
            Expr {
                span: Span::new(start, operand.span.end),
                kind: ExprKind::Unary {
                    op,
                    operand: Box::new(operand),
                },
            }
        } else {
            self.simple()?
        };
        while let Some(op) = binop(&self.tok) {
            let (l, r) = op.precedence();
            if l <= limit {
                break;
            }
            self.next()?;
            let rhs = self.subexpr(r)?;
            e = Expr {
                span: Span::new(e.span.start, rhs.span.end),
                kind: ExprKind::Binary {
                    op,
                    lhs: Box::new(e),
                    rhs: Box::new(rhs),
                },
            };
        }
        Ok(e)
    }

    fn simple(&mut self) -> R<Expr> {
        let span = self.span;
        let kind = match &self.tok {
            Token::Int(i) => ExprKind::Int(*i),
            Token::Float(f) => ExprKind::Float(*f),
            Token::Str(s) => ExprKind::Str(s.clone()),
            Token::Nil => ExprKind::Nil,
            Token::True => ExprKind::True,
            Token::False => ExprKind::False,
            Token::Ellipsis => ExprKind::Vararg,
            Token::LBrace => return self.table(),
            Token::Function => {
                let line = self.line(span.start);
                self.next()?;
                let b = self.body(line, span.start)?;
                return Ok(Expr {
                    span: Span::new(span.start, self.prev_end),
                    kind: ExprKind::Function(Box::new(b)),
                });
            }
            _ => return self.suffixed(),
        };
        self.next()?;
        Ok(Expr { kind, span })
    }

    fn table(&mut self) -> R<Expr> {
        let start = self.span.start;
        self.expect(&Token::LBrace)?;
        let mut fields = Vec::new();
        while self.tok != Token::RBrace {
            if self.tok == Token::LBracket {
                self.next()?;
                let key = self.expr()?;
                self.expect(&Token::RBracket)?;
                self.expect(&Token::Assign)?;
                let value = self.expr()?;
                fields.push(TableField::Keyed { key, value });
            } else if matches!(self.tok, Token::Name(_)) && self.peek()? == &Token::Assign {
                let name = self.name()?;
                self.next()?;
                let value = self.expr()?;
                fields.push(TableField::Named { name, value });
            } else {
                fields.push(TableField::Positional(self.expr()?));
            }
            if !(self.test(&Token::Comma)? || self.test(&Token::Semicolon)?) {
                break;
            }
        }
        self.expect(&Token::RBrace)?;
        Ok(Expr {
            kind: ExprKind::Table(fields),
            span: Span::new(start, self.prev_end),
        })
    }

    fn primary(&mut self) -> R<Expr> {
        let start = self.span.start;
        match self.tok {
            Token::LParen => {
                self.next()?;
                let e = self.expr()?;
                self.expect(&Token::RParen)?;
                Ok(Expr {
                    kind: ExprKind::Paren(Box::new(e)),
                    span: Span::new(start, self.prev_end),
                })
            }
            Token::Name(_) => {
                let n = self.name()?;
                Ok(Expr {
                    span: n.span,
                    kind: ExprKind::Name(n),
                })
            }
            _ => Err(format!("unexpected symbol near {:?}", self.tok)),
        }
    }

    fn args(&mut self) -> R<Vec<Expr>> {
        match &self.tok {
            Token::Str(s) => {
                let e = Expr {
                    kind: ExprKind::Str(s.clone()),
                    span: self.span,
                };
                self.next()?;
                Ok(vec![e])
            }
            Token::LBrace => Ok(vec![self.table()?]),
            _ => {
                self.expect(&Token::LParen)?;
                let args = if self.tok == Token::RParen {
                    Vec::new()
                } else {
                    self.explist()?
                };
                self.expect(&Token::RParen)?;
                Ok(args)
            }
        }
    }

    fn suffixed(&mut self) -> R<Expr> {
        let start = self.span.start;
        let mut e = self.primary()?;
        loop {
            let kind = match self.tok {
                Token::Dot => {
                    self.next()?;
                    let name = self.name()?;
                    ExprKind::Field {
                        obj: Box::new(e),
                        name,
                    }
                }
                Token::LBracket => {
                    self.next()?;
                    let key = self.expr()?;
                    self.expect(&Token::RBracket)?;
                    ExprKind::Index {
                        obj: Box::new(e),
                        key: Box::new(key),
                    }
                }
                Token::Colon => {
                    self.next()?;
                    let method = self.name()?;
                    let args = self.args()?;
                    ExprKind::MethodCall {
                        obj: Box::new(e),
                        method,
                        args,
                    }
                }
                Token::LParen | Token::Str(_) | Token::LBrace => {
                    let args = self.args()?;
                    ExprKind::Call {
                        func: Box::new(e),
                        args,
                    }
                }
                _ => return Ok(e),
            };
            e = Expr {
                kind,
                span: Span::new(start, self.prev_end),
            };
        }
    }
}
