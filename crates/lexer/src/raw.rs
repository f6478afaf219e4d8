//! The logos automaton: recognises every token's extent. Fixed tokens come out finished;
//! names, numerals, strings, long brackets and comments are finished by [`crate::lexer`].

use logos::Logos;

use crate::Token;

/// A token as logos sees it. The extras value is the current line number, which the lexer
/// keeps up to date. White space never reaches logos: the lexer skips it first.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(source = [u8])]
#[logos(extras = u32)]
pub(crate) enum Raw {
    /// `--`: the start of a comment.
    #[token("--")]
    Comment,
    /// A name (the reserved words are `Fixed`).
    #[regex("[a-zA-Z_][a-zA-Z0-9_]*")]
    Name,
    /// The start of a numeral: a digit, or `.` and a digit; [`crate::numeral::extent`] finds
    /// its end.
    #[regex(r"[0-9]")]
    #[regex(r"\.[0-9]")]
    Numeral,
    /// The opening quote of a short string.
    #[token("\"")]
    #[token("'")]
    ShortString,
    /// `[`: a plain bracket or the start of a long string (checked by hand: logos's code for
    /// `\[=*\[` recurses once per `=` and overflows the stack on long runs).
    #[token("[")]
    Bracket,
    /// A keyword or a symbol.
    #[token("and", |_| Token::And)]
    #[token("break", |_| Token::Break)]
    #[token("do", |_| Token::Do)]
    #[token("else", |_| Token::Else)]
    #[token("elseif", |_| Token::Elseif)]
    #[token("end", |_| Token::End)]
    #[token("false", |_| Token::False)]
    #[token("for", |_| Token::For)]
    #[token("function", |_| Token::Function)]
    #[token("goto", |_| Token::Goto)]
    #[token("if", |_| Token::If)]
    #[token("in", |_| Token::In)]
    #[token("local", |_| Token::Local)]
    #[token("nil", |_| Token::Nil)]
    #[token("not", |_| Token::Not)]
    #[token("or", |_| Token::Or)]
    #[token("repeat", |_| Token::Repeat)]
    #[token("return", |_| Token::Return)]
    #[token("then", |_| Token::Then)]
    #[token("true", |_| Token::True)]
    #[token("until", |_| Token::Until)]
    #[token("while", |_| Token::While)]
    #[token("+", |_| Token::Plus)]
    #[token("-", |_| Token::Minus)]
    #[token("*", |_| Token::Star)]
    #[token("/", |_| Token::Slash)]
    #[token("//", |_| Token::DoubleSlash)]
    #[token("%", |_| Token::Percent)]
    #[token("^", |_| Token::Caret)]
    #[token("#", |_| Token::Hash)]
    #[token("&", |_| Token::Ampersand)]
    #[token("~", |_| Token::Tilde)]
    #[token("|", |_| Token::Pipe)]
    #[token("<<", |_| Token::ShiftLeft)]
    #[token(">>", |_| Token::ShiftRight)]
    #[token("==", |_| Token::Eq)]
    #[token("~=", |_| Token::NotEq)]
    #[token("<=", |_| Token::LessEq)]
    #[token(">=", |_| Token::GreaterEq)]
    #[token("<", |_| Token::Less)]
    #[token(">", |_| Token::Greater)]
    #[token("=", |_| Token::Assign)]
    #[token("(", |_| Token::LParen)]
    #[token(")", |_| Token::RParen)]
    #[token("{", |_| Token::LBrace)]
    #[token("}", |_| Token::RBrace)]
    #[token("]", |_| Token::RBracket)]
    #[token("::", |_| Token::DoubleColon)]
    #[token(";", |_| Token::Semicolon)]
    #[token(":", |_| Token::Colon)]
    #[token(",", |_| Token::Comma)]
    #[token(".", |_| Token::Dot)]
    #[token("..", |_| Token::Concat)]
    #[token("...", |_| Token::Ellipsis)]
    #[token("->", |_| Token::Arrow)]
    #[token("?", |_| Token::Question)]
    #[token("!", |_| Token::Bang)]
    #[token("@", |_| Token::At)]
    Fixed(Token),
}
