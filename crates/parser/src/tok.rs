//! The token adapter between the lexer and the grammar.
//!
//! [`Classifier`] turns the few contextual words and symbols into their own tokens where the
//! token sequence would be invalid Lua 5.3 otherwise (so no Lua program changes meaning):
//! - `as` directly after a token that can end an expression and directly before a name, `nil`,
//!   `true`, `false` or a numeral is the cast operator ([`Tok::As`]);
//! - `typeof` directly before `(` is [`Tok::Typeof`] (the grammar still accepts it as a name
//!   everywhere Lua does, so `typeof(x)` remains a call);
//! - `::` `Name` `::` is a label ([`Tok::Label`] twice); any other `::` is the cast operator;
//! - a `(` directly after the end of a prefix expression is [`Tok::CallParen`] (see
//!   [`Classifier`]).
//!
//! [`Feeder`] then adapts the classified stream to the generated parser: `>>` and `>=` are split
//! so type argument lists can close on them (`Box<Box<T>>`, `local b: Box<T>= v`), and `?` `:`
//! becomes `?:` (optional record fields).

use std::collections::VecDeque;

use wippy_lexer::{LexError, Lexer, Token};

use crate::actions::{GrammarError, GrammarErrorKind};

/// A token as the grammar sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// A plain lexer token.
    Lua(Token),
    /// The cast operator `as`.
    As,
    /// `typeof` directly before `(`.
    Typeof,
    /// A `::` of a `::label::` statement.
    Label,
    /// The first half of `>>` (the second is an ordinary `>`).
    ShrHead,
    /// The first half of `>=` (the second is an ordinary `=`).
    GeHead,
    /// `?:` in a record type field.
    QColon,
    /// A `(` that continues a prefix expression (call arguments).
    CallParen,
}

impl Tok {
    /// The lexer token this one was made from (for messages; spans give the exact text).
    pub fn raw(&self) -> Token {
        match self {
            Tok::Lua(t) => t.clone(),
            Tok::CallParen => Token::LParen,
            Tok::As => Token::Name("as".into()),
            Tok::Typeof => Token::Name("typeof".into()),
            Tok::Label => Token::DoubleColon,
            Tok::ShrHead | Tok::GeHead => Token::Greater,
            Tok::QColon => Token::Question,
        }
    }
}

/// Whether a token can be the last token of an expression.
fn ends_expression(t: &Tok) -> bool {
    use Token::*;
    matches!(
        t,
        Tok::Lua(
            Name(_)
                | Str(_)
                | Int(_)
                | Float(_)
                | Nil
                | True
                | False
                | Ellipsis
                | RParen
                | RBracket
                | RBrace
                | End
                | Bang
        )
    )
}

/// Classifies contextual tokens using look-behind state and two tokens of lookahead.
///
/// Besides the contextual words, it tracks whether the previous token ends a prefix expression
/// (a name, `)`, `]`, `!`, or the string or `}` of call arguments), which decides whether a `(`
/// continues it (Lua 5.3 always reads `f\n(g)` as a call): such a `(` is [`Tok::CallParen`].
/// Names that are not expressions (after `goto`, in a `local` name list) and the `)` of a
/// parameter list do not end a prefix expression; the first `(` after `function` (outside
/// `<...>`) opens the parameter list.
#[derive(Default)]
pub struct Classifier {
    prev_ends_expression: bool,
    prev_ends_prefix: bool,
    label_close: u8,
    after_goto: bool,
    in_local_names: bool,
    /// After `function`, before its parameter list: the `<`/`>` nesting seen so far.
    params_pending: Option<u32>,
    /// For each open `(`: whether it opened a parameter list.
    parens: Vec<bool>,
    /// For each open `{`: whether it opened call arguments.
    braces: Vec<bool>,
}

impl Classifier {
    /// Classifies `tok`, given the next two lexer tokens (if any).
    pub fn classify(&mut self, tok: Token, next: Option<&Token>, next2: Option<&Token>) -> Tok {
        let closing_label = self.label_close > 0 && {
            self.label_close -= 1;
            self.label_close == 0
        };
        let out = match &tok {
            _ if closing_label => Tok::Label,
            Token::DoubleColon
                if matches!(next, Some(Token::Name(_)))
                    && matches!(next2, Some(Token::DoubleColon)) =>
            {
                self.label_close = 2;
                Tok::Label
            }
            Token::Name(n) if &**n == "typeof" && matches!(next, Some(Token::LParen)) => {
                Tok::Typeof
            }
            Token::Name(n)
                if &**n == "as"
                    && self.prev_ends_expression
                    && matches!(
                        next,
                        Some(
                            Token::Name(_)
                                | Token::Nil
                                | Token::True
                                | Token::False
                                | Token::Int(_)
                                | Token::Float(_)
                        )
                    ) =>
            {
                Tok::As
            }
            Token::LParen if self.params_pending == Some(0) => Tok::Lua(tok),
            Token::LParen if self.prev_ends_prefix => Tok::CallParen,
            _ => Tok::Lua(tok),
        };
        self.track_prefix(&out);
        self.prev_ends_expression = ends_expression(&out);
        out
    }

    fn track_prefix(&mut self, t: &Tok) {
        let in_local_names = self.in_local_names;
        self.in_local_names = false;
        let after_goto = std::mem::replace(&mut self.after_goto, false);
        let ends_prefix = match t {
            Tok::Lua(Token::Name(_)) | Tok::Typeof => {
                self.in_local_names = in_local_names;
                !(after_goto || in_local_names)
            }
            Tok::Lua(Token::Comma) => {
                self.in_local_names = in_local_names;
                false
            }
            Tok::Lua(Token::Local) => {
                self.in_local_names = true;
                false
            }
            Tok::Lua(Token::Goto) => {
                self.after_goto = true;
                false
            }
            Tok::Lua(Token::Function) => {
                self.params_pending = Some(0);
                false
            }
            Tok::Lua(Token::LParen) | Tok::CallParen => {
                let params = self.params_pending == Some(0) && *t == Tok::Lua(Token::LParen);
                if params {
                    self.params_pending = None;
                }
                self.parens.push(params);
                false
            }
            Tok::Lua(Token::RParen) => !self.parens.pop().unwrap_or(false),
            Tok::Lua(Token::LBrace) => {
                self.braces.push(self.prev_ends_prefix);
                false
            }
            Tok::Lua(Token::RBrace) => self.braces.pop().unwrap_or(false),
            Tok::Lua(Token::Str(_)) => self.prev_ends_prefix,
            Tok::Lua(Token::RBracket | Token::Bang) => true,
            _ => false,
        };
        if let Some(depth) = &mut self.params_pending {
            match t {
                Tok::Lua(Token::Less) => *depth += 1,
                Tok::Lua(Token::Greater | Token::GreaterEq) => *depth = depth.saturating_sub(1),
                Tok::Lua(Token::ShiftRight) => *depth = depth.saturating_sub(2),
                _ => {}
            }
        }
        self.prev_ends_prefix = ends_prefix;
    }
}

/// One lexed token, or the lexical error that ended the stream.
pub type Lexed = Result<(usize, Token, usize), LexError>;

/// The generated parser's token source: lexer -> [`Classifier`] -> splitting and merging.
pub struct Feeder<'s> {
    lexer: Lexer<'s>,
    ahead: VecDeque<Lexed>,
    /// The second half of a split token, delivered next.
    pending: Option<(usize, Tok, usize)>,
    classifier: Classifier,
    failed: bool,
}

impl<'s> Feeder<'s> {
    /// Feeds the tokens of `lexer`.
    pub fn new(lexer: Lexer<'s>) -> Feeder<'s> {
        Feeder {
            lexer,
            ahead: VecDeque::with_capacity(4),
            pending: None,
            classifier: Classifier::default(),
            failed: false,
        }
    }

    fn fill(&mut self, n: usize) {
        while self.ahead.len() < n {
            match self.lexer.next() {
                Some(t) => self.ahead.push_back(t),
                None => break,
            }
        }
    }

    /// Classifies the next lexer token; `Ok(None)` at the end, `Err` on a lexical error.
    fn advance(&mut self) -> Result<Option<(usize, Tok, usize)>, LexError> {
        self.fill(3);
        let Some(front) = self.ahead.pop_front() else {
            return Ok(None);
        };
        let (lo, tok, hi) = front?;
        let next = peek_token(&self.ahead, 0);
        let is_colon_next = matches!(next, Some(Token::Colon));
        let tok = self
            .classifier
            .classify(tok, next, peek_token(&self.ahead, 1));
        Ok(Some(match tok {
            Tok::Lua(Token::ShiftRight) => {
                self.pending = Some((lo + 1, Tok::Lua(Token::Greater), hi));
                (lo, Tok::ShrHead, lo + 1)
            }
            Tok::Lua(Token::GreaterEq) => {
                self.pending = Some((lo + 1, Tok::Lua(Token::Assign), hi));
                (lo, Tok::GeHead, lo + 1)
            }
            Tok::Lua(Token::Question) if is_colon_next => {
                let colon_end = match self.ahead.pop_front() {
                    Some(Ok((_, _, e))) => e,
                    _ => hi,
                };
                self.classifier.classify(Token::Colon, None, None);
                (lo, Tok::QColon, colon_end)
            }
            t => (lo, t, hi),
        }))
    }
}

fn peek_token(ahead: &VecDeque<Lexed>, i: usize) -> Option<&Token> {
    match ahead.get(i) {
        Some(Ok((_, t, _))) => Some(t),
        _ => None,
    }
}

impl Iterator for Feeder<'_> {
    type Item = Result<(usize, Tok, usize), GrammarError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(t) = self.pending.take() {
            return Some(Ok(t));
        }
        if self.failed {
            return None;
        }
        match self.advance() {
            Ok(t) => t.map(Ok),
            Err(e) => {
                self.failed = true;
                let start = e.span.start as usize;
                Some(Err(GrammarError {
                    kind: GrammarErrorKind::Lex(e),
                    start,
                }))
            }
        }
    }
}

/// A classified token with its byte span, for the diagnoser.
#[derive(Clone, Debug)]
pub struct Spanned {
    /// The token.
    pub tok: Tok,
    /// Start offset.
    pub start: u32,
    /// End offset.
    pub end: u32,
}

/// Lexes and classifies a whole source (without splitting or merging): the tokens, then either
/// `Ok(())` at the end of input or the lexical error that stopped the lexer.
pub fn classify_all(lexer: Lexer<'_>) -> (Vec<Spanned>, Result<(), LexError>) {
    let mut raw: Vec<(usize, Token, usize)> = Vec::new();
    let mut end = Ok(());
    for t in lexer {
        match t {
            Ok(t) => raw.push(t),
            Err(e) => {
                end = Err(e);
                break;
            }
        }
    }
    let mut classifier = Classifier::default();
    let mut out = Vec::with_capacity(raw.len());
    let mut it = raw.into_iter().peekable();
    let mut lookahead: VecDeque<(usize, Token, usize)> = VecDeque::new();
    loop {
        while lookahead.len() < 3 {
            match it.next() {
                Some(t) => lookahead.push_back(t),
                None => break,
            }
        }
        let Some((lo, tok, hi)) = lookahead.pop_front() else {
            break;
        };
        let next = lookahead.front().map(|t| &t.1);
        let next2 = lookahead.get(1).map(|t| &t.1);
        let tok = match classifier.classify(tok, next, next2) {
            Tok::CallParen => Tok::Lua(Token::LParen),
            t => t,
        };
        out.push(Spanned {
            tok,
            start: lo as u32,
            end: hi as u32,
        });
    }
    (out, end)
}
