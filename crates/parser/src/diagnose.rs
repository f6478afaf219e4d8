//! The diagnoser: finds the first syntax error the way PUC Lua 5.3 does.
//!
//! When the generated parser fails it only knows the offending token and the expected set; PUC
//! Lua's messages come from the order of checks in `lparser.c`. So on failure the token stream is
//! re-read by this small recursive-descent recogniser, a transcription of `lparser.c`'s parsing
//! functions (no code generation, no AST) extended with the type syntax. It reports the first
//! error with PUC's wording, token and line, including `too many C levels` (it counts
//! `enterlevel` exactly like `lparser.c`, which also bounds its own recursion).

use wippy_lexer::{LexError, LineIndex, Near, Span, Token};

use crate::actions::MAX_C_LEVELS;

/// Nesting of type expressions the diagnoser follows (its recursion per level is deeper than
/// for expressions, so it stops earlier than the grammar's AST depth limit).
const MAX_TYPE_NESTING: u32 = MAX_C_LEVELS;
use crate::tok::{Spanned, Tok};

/// The first error found: its message (without `chunk:line:`), line and token span.
#[derive(Debug)]
pub struct Diag {
    /// PUC's message, `near ...` included.
    pub message: String,
    /// The line PUC reports.
    pub line: u32,
    /// The token the error is near.
    pub span: Span,
}

type R<T = ()> = Result<T, Diag>;

/// What a suffixed expression turned out to be (for `exprstat`'s checks).
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Var,
    Call,
    Other,
}

/// `lparser.c`'s binary operator priorities (left, right).
fn binop(t: &Tok) -> Option<(u8, u8)> {
    use Token::*;
    let Tok::Lua(t) = t else { return None };
    Some(match t {
        Or => (1, 1),
        And => (2, 2),
        Less | Greater | LessEq | GreaterEq | NotEq | Eq => (3, 3),
        Pipe => (4, 4),
        Tilde => (5, 5),
        Ampersand => (6, 6),
        ShiftLeft | ShiftRight => (7, 7),
        Concat => (9, 8),
        Plus | Minus | Arrow => (10, 10),
        Star | Slash | DoubleSlash | Percent => (11, 11),
        Caret => (14, 13),
        _ => return None,
    })
}

const UNARY_PRIORITY: u8 = 12;

fn is_unop(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Lua(Token::Not | Token::Minus | Token::Hash | Token::Tilde | Token::Arrow)
    )
}

fn is_name(t: &Tok) -> bool {
    matches!(t, Tok::Lua(Token::Name(_)) | Tok::Typeof | Tok::As)
}

fn is_name_text(t: &Tok, text: &str) -> bool {
    matches!(t, Tok::Lua(Token::Name(n)) if &**n == text)
}

fn is_colons(t: &Tok) -> bool {
    matches!(t, Tok::Label | Tok::Lua(Token::DoubleColon))
}

/// How PUC's `luaX_token2str` names an expected token.
fn expected_text(t: &Token) -> String {
    match t {
        Token::Name(_) => "<name>".into(),
        Token::Eof => "<eof>".into(),
        t => format!("'{}'", t.fixed_text().unwrap_or("?")),
    }
}

/// Runs the diagnoser over `toks` (ended by `end`): `None` if it finds no error.
pub fn diagnose(
    src: &[u8],
    lines: &LineIndex,
    toks: Vec<Spanned>,
    end: Result<(), LexError>,
) -> Option<Diag> {
    let mut d = Diagnoser {
        src,
        lines,
        toks,
        end,
        pos: 0,
        lexed: 0,
        level: 1,
        funcs: vec![(0, true)],
        ty_depth: 0,
    };
    d.chunk().err()
}

struct Diagnoser<'a> {
    src: &'a [u8],
    lines: &'a LineIndex,
    toks: Vec<Spanned>,
    end: Result<(), LexError>,
    /// Index of the current token (`toks.len()` is the end: `<eof>` or the lexical error).
    pos: usize,
    /// Furthest index the lexer has reached (lookahead moves it past `pos`).
    lexed: usize,
    /// PUC's `nCcalls`.
    level: u32,
    /// `linedefined` (0 = main) and vararg-ness of the functions being parsed.
    funcs: Vec<(u32, bool)>,
    /// Nesting of type expressions (bounded by [`MAX_TYPE_NESTING`]).
    ty_depth: u32,
}

impl Diagnoser<'_> {
    fn tok(&self, i: usize) -> Tok {
        self.toks
            .get(i)
            .map_or(Tok::Lua(Token::Eof), |t| t.tok.clone())
    }

    fn cur(&self) -> Tok {
        self.tok(self.pos)
    }

    fn is(&self, t: Token) -> bool {
        self.toks
            .get(self.pos)
            .map_or(t == Token::Eof, |s| s.tok == Tok::Lua(t))
    }

    /// Reports the lexical error if the lexer must now read past the last token.
    fn reach(&mut self, i: usize) -> R {
        self.lexed = self.lexed.max(i);
        if i >= self.toks.len() {
            if let Err(e) = &self.end {
                return Err(Diag {
                    message: String::from_utf8_lossy(&e.message).into_owned(),
                    line: e.line,
                    span: e.span,
                });
            }
        }
        Ok(())
    }

    fn next(&mut self) -> R {
        self.pos += 1;
        self.reach(self.pos)
    }

    fn peek(&mut self, k: usize) -> R<Tok> {
        self.reach(self.pos + k)?;
        Ok(self.tok(self.pos + k))
    }

    /// Replaces the current token by its tail `rest` starting one byte later (`->` read as
    /// `-` leaves `>`; `>>` closing a type argument list leaves `>`).
    fn split(&mut self, rest: Token) {
        if let Some(t) = self.toks.get_mut(self.pos) {
            t.tok = Tok::Lua(rest);
            t.start += 1;
        }
    }

    /// PUC's `linenumber`: the line where the furthest lexed token ends.
    fn line(&self) -> u32 {
        match self.toks.get(self.lexed) {
            Some(t) => self.lines.line(t.end.saturating_sub(1).max(t.start)),
            None => self.lines.line(self.src.len() as u32),
        }
    }

    fn error(&self, msg: &str) -> Diag {
        let (near, span) = match self.toks.get(self.pos) {
            Some(t) => {
                let raw = match &t.tok {
                    Tok::Lua(Token::Arrow) => Token::Minus,
                    other => other.raw(),
                };
                let span = Span::new(t.start, t.end);
                let span_for_text = if raw == Token::Minus {
                    Span::new(t.start, t.start + 1)
                } else {
                    span
                };
                (Near::for_token(self.src, span_for_text, &raw), span)
            }
            None => {
                let end = self.src.len() as u32;
                (Near::Eof, Span::new(end, end))
            }
        };
        let mut message = msg.as_bytes().to_vec();
        // PUC's token code for a NUL byte is 0, which `lexerror` takes for "no token".
        if self
            .toks
            .get(self.pos)
            .is_none_or(|t| t.tok != Tok::Lua(Token::Char(0)))
        {
            near.append_to(&mut message);
        }
        Diag {
            message: String::from_utf8_lossy(&message).into_owned(),
            line: self.line(),
            span,
        }
    }

    fn err<T>(&self, msg: &str) -> R<T> {
        Err(self.error(msg))
    }

    fn error_expected<T>(&self, t: Token) -> R<T> {
        self.err(&format!("{} expected", expected_text(&t)))
    }

    fn check(&self, t: Token) -> R {
        if self.is(t.clone()) {
            Ok(())
        } else {
            self.error_expected(t)
        }
    }

    fn checknext(&mut self, t: Token) -> R {
        self.check(t)?;
        self.next()
    }

    fn testnext(&mut self, t: Token) -> R<bool> {
        if self.is(t) {
            self.next()?;
            Ok(true)
        } else {
            Ok(false)
        }
    }

    fn check_match(&mut self, what: Token, who: Token, line: u32) -> R {
        if self.testnext(what.clone())? {
            return Ok(());
        }
        if line == self.line() {
            self.error_expected(what)
        } else {
            let msg = format!(
                "{} expected (to close {} at line {})",
                expected_text(&what),
                expected_text(&who),
                line
            );
            self.err(&msg)
        }
    }

    fn checkname(&mut self) -> R {
        if is_name(&self.cur()) {
            self.next()
        } else {
            self.error_expected(Token::Name("".into()))
        }
    }

    fn limit_error<T>(&self) -> R<T> {
        let line = self.funcs.last().map_or(0, |f| f.0);
        let place = if line == 0 {
            "main function".to_string()
        } else {
            format!("function at line {line}")
        };
        self.err(&format!(
            "too many C levels (limit is {MAX_C_LEVELS}) in {place}"
        ))
    }

    fn enter(&mut self) -> R {
        self.level += 1;
        if self.level > MAX_C_LEVELS {
            return self.limit_error();
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.level -= 1;
    }

    // ---- blocks and statements -------------------------------------------------------------

    fn chunk(&mut self) -> R {
        self.reach(0)?;
        self.statlist()?;
        self.check(Token::Eof)
    }

    fn block_follow(&self, with_until: bool) -> bool {
        match self.cur() {
            Tok::Lua(Token::Else | Token::Elseif | Token::End | Token::Eof) => true,
            Tok::Lua(Token::Until) => with_until,
            _ => self.pos >= self.toks.len(),
        }
    }

    fn statlist(&mut self) -> R {
        while !self.block_follow(true) {
            if self.is(Token::Return) {
                return self.statement();
            }
            self.statement()?;
        }
        Ok(())
    }

    fn statement(&mut self) -> R {
        let line = self.line();
        self.enter()?;
        match self.cur() {
            Tok::Lua(Token::Semicolon) => self.next()?,
            Tok::Lua(Token::If) => self.ifstat(line)?,
            Tok::Lua(Token::While) => {
                self.next()?;
                self.expr()?;
                self.checknext(Token::Do)?;
                self.statlist()?;
                self.check_match(Token::End, Token::While, line)?;
            }
            Tok::Lua(Token::Do) => {
                self.next()?;
                self.statlist()?;
                self.check_match(Token::End, Token::Do, line)?;
            }
            Tok::Lua(Token::For) => self.forstat(line)?,
            Tok::Lua(Token::Repeat) => {
                self.next()?;
                self.statlist()?;
                self.check_match(Token::Until, Token::Repeat, line)?;
                self.expr()?;
            }
            Tok::Lua(Token::Function) => {
                self.next()?;
                self.checkname()?;
                while self.is(Token::Dot) {
                    self.next()?;
                    self.checkname()?;
                }
                if self.is(Token::Colon) {
                    self.next()?;
                    self.checkname()?;
                }
                self.body(line)?;
            }
            Tok::Lua(Token::Local) => {
                self.next()?;
                if self.testnext(Token::Function)? {
                    self.checkname()?;
                    let line = self.line();
                    self.body(line)?;
                } else {
                    self.localstat()?;
                }
            }
            Tok::Label | Tok::Lua(Token::DoubleColon) => {
                self.next()?;
                self.checkname()?;
                self.check_colons()?;
                self.next()?;
                while self.is(Token::Semicolon) || is_colons(&self.cur()) {
                    self.statement()?;
                }
            }
            Tok::Lua(Token::Return) => {
                self.next()?;
                if !(self.block_follow(true) || self.is(Token::Semicolon)) {
                    self.explist()?;
                }
                self.testnext(Token::Semicolon)?;
            }
            Tok::Lua(Token::Break) => self.next()?,
            Tok::Lua(Token::Goto) => {
                self.next()?;
                self.checkname()?;
            }
            t if is_name_text(&t, "type") && is_name(&self.peek(1)?) => self.type_decl()?,
            t if is_name_text(&t, "export")
                && is_name_text(&self.peek(1)?, "type")
                && is_name(&self.peek(2)?) =>
            {
                self.next()?;
                self.type_decl()?;
            }
            _ => self.exprstat()?,
        }
        self.leave();
        Ok(())
    }

    fn check_colons(&self) -> R {
        if is_colons(&self.cur()) {
            Ok(())
        } else {
            self.error_expected(Token::DoubleColon)
        }
    }

    fn test_then_block(&mut self) -> R {
        self.next()?;
        self.expr()?;
        self.checknext(Token::Then)?;
        if self.is(Token::Goto) || self.is(Token::Break) {
            // `lparser.c` parses this statement directly (no `enterlevel`).
            if self.testnext(Token::Goto)? {
                self.checkname()?;
            } else {
                self.next()?;
            }
            while self.testnext(Token::Semicolon)? {}
            if self.block_follow(false) {
                return Ok(());
            }
        }
        self.statlist()
    }

    fn ifstat(&mut self, line: u32) -> R {
        self.test_then_block()?;
        while self.is(Token::Elseif) {
            self.test_then_block()?;
        }
        if self.testnext(Token::Else)? {
            self.statlist()?;
        }
        self.check_match(Token::End, Token::If, line)
    }

    fn forstat(&mut self, line: u32) -> R {
        self.next()?;
        self.binding()?;
        match self.cur() {
            Tok::Lua(Token::Assign) => {
                self.next()?;
                self.expr()?;
                self.checknext(Token::Comma)?;
                self.expr()?;
                if self.testnext(Token::Comma)? {
                    self.expr()?;
                }
            }
            Tok::Lua(Token::Comma | Token::In) => {
                while self.testnext(Token::Comma)? {
                    self.binding()?;
                }
                self.checknext(Token::In)?;
                self.explist()?;
            }
            _ => return self.err("'=' or 'in' expected"),
        }
        self.checknext(Token::Do)?;
        self.statlist()?;
        self.check_match(Token::End, Token::For, line)
    }

    /// A declared name with an optional `: T`.
    fn binding(&mut self) -> R {
        self.checkname()?;
        if self.testnext(Token::Colon)? {
            self.ty()?;
        }
        Ok(())
    }

    fn localstat(&mut self) -> R {
        loop {
            self.binding()?;
            if !self.testnext(Token::Comma)? {
                break;
            }
        }
        if self.testnext(Token::Assign)? {
            self.explist()?;
        }
        Ok(())
    }

    fn exprstat(&mut self) -> R {
        let kind = self.suffixedexp()?;
        if self.is(Token::Assign) || self.is(Token::Comma) {
            self.restassign(kind)
        } else if kind == Kind::Call {
            Ok(())
        } else {
            self.err("syntax error")
        }
    }

    fn restassign(&mut self, mut kind: Kind) -> R {
        let mut nvars = 1;
        loop {
            if kind != Kind::Var {
                return self.err("syntax error");
            }
            if !self.testnext(Token::Comma)? {
                break;
            }
            kind = self.suffixedexp()?;
            if nvars + self.level > MAX_C_LEVELS {
                return self.limit_error();
            }
            nvars += 1;
        }
        self.checknext(Token::Assign)?;
        self.explist()
    }

    fn type_decl(&mut self) -> R {
        self.next()?;
        self.checkname()?;
        if self.is(Token::Less) {
            self.generic_params()?;
        }
        self.checknext(Token::Assign)?;
        self.ty()
    }

    // ---- functions --------------------------------------------------------------------------

    fn body(&mut self, line: u32) -> R {
        self.funcs.push((line, false));
        if self.is(Token::Less) {
            self.generic_params()?;
        }
        self.checknext(Token::LParen)?;
        if !self.is(Token::RParen) {
            loop {
                match self.cur() {
                    t if is_name(&t) => self.binding()?,
                    Tok::Lua(Token::Ellipsis) => {
                        self.next()?;
                        if let Some(f) = self.funcs.last_mut() {
                            f.1 = true;
                        }
                        if self.testnext(Token::Colon)? {
                            self.ty()?;
                        }
                        break;
                    }
                    _ => return self.err("<name> or '...' expected"),
                }
                if !self.testnext(Token::Comma)? {
                    break;
                }
            }
        }
        self.checknext(Token::RParen)?;
        if self.testnext(Token::Colon)? {
            self.ty()?;
        }
        self.statlist()?;
        self.check_match(Token::End, Token::Function, line)?;
        self.funcs.pop();
        Ok(())
    }

    // ---- expressions ------------------------------------------------------------------------

    fn explist(&mut self) -> R {
        self.expr()?;
        while self.testnext(Token::Comma)? {
            self.expr()?;
        }
        Ok(())
    }

    fn expr(&mut self) -> R {
        self.subexpr(0)?;
        if matches!(self.cur(), Tok::As | Tok::Lua(Token::DoubleColon)) {
            self.next()?;
            self.ty()?;
        }
        Ok(())
    }

    fn subexpr(&mut self, limit: u8) -> R {
        self.enter()?;
        if is_unop(&self.cur()) {
            self.consume_minus_like()?;
            self.subexpr(UNARY_PRIORITY)?;
        } else {
            self.simpleexp()?;
        }
        while let Some((left, right)) = binop(&self.cur()) {
            if left <= limit {
                break;
            }
            self.consume_minus_like()?;
            self.subexpr(right)?;
        }
        self.leave();
        Ok(())
    }

    /// Consumes an operator; `->` is PUC's `-` followed by `>`.
    fn consume_minus_like(&mut self) -> R {
        if self.is(Token::Arrow) {
            self.split(Token::Greater);
            self.reach(self.pos)
        } else {
            self.next()
        }
    }

    fn simpleexp(&mut self) -> R {
        match self.cur() {
            Tok::Lua(Token::Ellipsis) if !self.funcs.last().is_some_and(|f| f.1) => {
                // A semantic check, but PUC makes it while parsing, before later syntax errors.
                self.err("cannot use '...' outside a vararg function")
            }
            Tok::Lua(
                Token::Int(_)
                | Token::Float(_)
                | Token::Str(_)
                | Token::Nil
                | Token::True
                | Token::False
                | Token::Ellipsis,
            ) => self.next(),
            Tok::Lua(Token::LBrace) => self.constructor(),
            Tok::Lua(Token::Function) => {
                self.next()?;
                let line = self.line();
                self.body(line)
            }
            _ => self.suffixedexp().map(drop),
        }
    }

    fn suffixedexp(&mut self) -> R<Kind> {
        let line = self.line();
        let mut kind = match self.cur() {
            t if is_name(&t) => {
                self.next()?;
                Kind::Var
            }
            Tok::Lua(Token::LParen) => {
                let line = self.line();
                self.next()?;
                self.expr()?;
                self.check_match(Token::RParen, Token::LParen, line)?;
                Kind::Other
            }
            _ => return self.err("unexpected symbol"),
        };
        loop {
            match self.cur() {
                Tok::Lua(Token::Dot) => {
                    self.next()?;
                    self.checkname()?;
                    kind = Kind::Var;
                }
                Tok::Lua(Token::LBracket) => {
                    self.next()?;
                    self.expr()?;
                    self.checknext(Token::RBracket)?;
                    kind = Kind::Var;
                }
                Tok::Lua(Token::Colon) => {
                    self.next()?;
                    self.checkname()?;
                    self.funcargs(line)?;
                    kind = Kind::Call;
                }
                Tok::Lua(Token::LParen | Token::Str(_) | Token::LBrace) => {
                    self.funcargs(line)?;
                    kind = Kind::Call;
                }
                Tok::Lua(Token::Bang) => {
                    self.next()?;
                    kind = Kind::Other;
                }
                _ => return Ok(kind),
            }
        }
    }

    fn funcargs(&mut self, line: u32) -> R {
        match self.cur() {
            Tok::Lua(Token::LParen) => {
                self.next()?;
                if !self.is(Token::RParen) {
                    self.explist()?;
                }
                self.check_match(Token::RParen, Token::LParen, line)
            }
            Tok::Lua(Token::LBrace) => self.constructor(),
            Tok::Lua(Token::Str(_)) => self.next(),
            _ => self.err("function arguments expected"),
        }
    }

    fn constructor(&mut self) -> R {
        let line = self.line();
        self.checknext(Token::LBrace)?;
        loop {
            if self.is(Token::RBrace) {
                break;
            }
            match self.cur() {
                t if is_name(&t) => {
                    if self.peek(1)? == Tok::Lua(Token::Assign) {
                        self.next()?;
                        self.checknext(Token::Assign)?;
                    }
                    self.expr()?;
                }
                Tok::Lua(Token::LBracket) => {
                    self.next()?;
                    self.expr()?;
                    self.checknext(Token::RBracket)?;
                    self.checknext(Token::Assign)?;
                    self.expr()?;
                }
                _ => self.expr()?,
            }
            if !(self.testnext(Token::Comma)? || self.testnext(Token::Semicolon)?) {
                break;
            }
        }
        self.check_match(Token::RBrace, Token::LBrace, line)
    }

    // ---- types ------------------------------------------------------------------------------

    fn ty(&mut self) -> R {
        self.ty_depth += 1;
        if self.ty_depth > MAX_TYPE_NESTING {
            return self.err("chunk has too many syntax levels");
        }
        self.testnext(Token::Pipe)?;
        loop {
            loop {
                self.postfix_ty()?;
                if !self.testnext(Token::Ampersand)? {
                    break;
                }
            }
            if !self.testnext(Token::Pipe)? {
                break;
            }
        }
        self.ty_depth -= 1;
        Ok(())
    }

    fn postfix_ty(&mut self) -> R {
        self.atom_ty()?;
        loop {
            if self.testnext(Token::Question)? {
                continue;
            }
            if !self.testnext(Token::At)? {
                return Ok(());
            }
            self.checkname()?;
            self.checknext(Token::LParen)?;
            if !self.is(Token::RParen) {
                self.explist()?;
            }
            self.checknext(Token::RParen)?;
        }
    }

    fn atom_ty(&mut self) -> R {
        match self.cur() {
            Tok::Typeof => {
                self.next()?;
                self.checknext(Token::LParen)?;
                self.expr()?;
                self.checknext(Token::RParen)
            }
            t if is_name(&t) => {
                self.next()?;
                while self.testnext(Token::Dot)? {
                    self.checkname()?;
                }
                if self.testnext(Token::Less)? {
                    loop {
                        self.ty()?;
                        if !self.testnext(Token::Comma)? {
                            break;
                        }
                    }
                    self.close_angle()?;
                }
                Ok(())
            }
            Tok::Lua(
                Token::Nil
                | Token::True
                | Token::False
                | Token::Str(_)
                | Token::Int(_)
                | Token::Float(_),
            ) => self.next(),
            Tok::Lua(Token::LBrace) => self.table_ty(),
            Tok::Lua(Token::LParen) => self.fn_or_group_ty(),
            Tok::Lua(Token::Less) => {
                self.generic_params()?;
                self.fn_or_group_ty()
            }
            _ => self.err("type expected"),
        }
    }

    fn fn_or_group_ty(&mut self) -> R {
        self.checknext(Token::LParen)?;
        if !self.is(Token::RParen) {
            loop {
                if self.testnext(Token::Ellipsis)? {
                    if self.testnext(Token::Colon)? || !self.is(Token::RParen) {
                        self.ty()?;
                    }
                    break;
                }
                if is_name(&self.cur()) && self.peek(1)? == Tok::Lua(Token::Colon) {
                    self.next()?;
                    self.next()?;
                }
                self.ty()?;
                if !self.testnext(Token::Comma)? {
                    break;
                }
            }
        }
        self.checknext(Token::RParen)?;
        if self.testnext(Token::Arrow)? {
            self.ty()?;
        }
        Ok(())
    }

    fn table_ty(&mut self) -> R {
        self.checknext(Token::LBrace)?;
        while !self.is(Token::RBrace) {
            if self.testnext(Token::LBracket)? {
                self.ty()?;
                self.checknext(Token::RBracket)?;
                self.checknext(Token::Colon)?;
            } else if is_name(&self.cur())
                && (self.peek(1)? == Tok::Lua(Token::Colon)
                    || (self.peek(1)? == Tok::Lua(Token::Question)
                        && self.peek(2)? == Tok::Lua(Token::Colon)))
            {
                self.next()?;
                self.testnext(Token::Question)?;
                self.checknext(Token::Colon)?;
            }
            self.ty()?;
            if !(self.testnext(Token::Comma)? || self.testnext(Token::Semicolon)?) {
                break;
            }
        }
        self.checknext(Token::RBrace)
    }

    fn generic_params(&mut self) -> R {
        self.checknext(Token::Less)?;
        loop {
            self.binding()?;
            if !self.testnext(Token::Comma)? {
                break;
            }
        }
        self.close_angle()
    }

    /// `>`, or the first half of `>>` / `>=`.
    fn close_angle(&mut self) -> R {
        match self.cur() {
            Tok::Lua(Token::ShiftRight) => {
                self.split(Token::Greater);
                Ok(())
            }
            Tok::Lua(Token::GreaterEq) => {
                self.split(Token::Assign);
                Ok(())
            }
            _ => self.checknext(Token::Greater),
        }
    }
}
