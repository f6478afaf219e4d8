//! Token kinds produced by the lexer.

/// A byte range `[start, end)` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// Offset of the first byte.
    pub start: u32,
    /// Offset one past the last byte.
    pub end: u32,
}

impl Span {
    /// Creates a span from two byte offsets.
    pub fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// One Lua 5.3 token (plus the few extra punctuators of the type syntax).
///
/// Literal payloads are decoded: strings hold their bytes after escape processing, numerals hold
/// their value with Lua 5.3's integer/float rules already applied.
#[derive(Clone, Debug, PartialEq)]
pub enum Token {
    // ---- keywords (the 22 reserved words of Lua 5.3) ----
    And,
    Break,
    Do,
    Else,
    Elseif,
    End,
    False,
    For,
    Function,
    Goto,
    If,
    In,
    Local,
    Nil,
    Not,
    Or,
    Repeat,
    Return,
    Then,
    True,
    Until,
    While,

    // ---- operators and punctuation ----
    /// `+`
    Plus,
    /// `-`
    Minus,
    /// `*`
    Star,
    /// `/`
    Slash,
    /// `//`
    DoubleSlash,
    /// `%`
    Percent,
    /// `^`
    Caret,
    /// `#`
    Hash,
    /// `&`
    Ampersand,
    /// `~`
    Tilde,
    /// `|`
    Pipe,
    /// `<<`
    ShiftLeft,
    /// `>>`
    ShiftRight,
    /// `==`
    Eq,
    /// `~=`
    NotEq,
    /// `<=`
    LessEq,
    /// `>=`
    GreaterEq,
    /// `<`
    Less,
    /// `>`
    Greater,
    /// `=`
    Assign,
    /// `(`
    LParen,
    /// `)`
    RParen,
    /// `{`
    LBrace,
    /// `}`
    RBrace,
    /// `[`
    LBracket,
    /// `]`
    RBracket,
    /// `::`
    DoubleColon,
    /// `;`
    Semicolon,
    /// `:`
    Colon,
    /// `,`
    Comma,
    /// `.`
    Dot,
    /// `..`
    Concat,
    /// `...`
    Ellipsis,

    // ---- type-syntax punctuation (never valid in plain Lua 5.3) ----
    /// `->`
    Arrow,
    /// `?`
    Question,
    /// `!`
    Bang,
    /// `@`
    At,

    // ---- literals and names ----
    /// A name (identifier). Contextual words such as `type` and `as` are names.
    Name(Box<str>),
    /// A string literal, escapes decoded (Lua strings are byte strings).
    Str(Box<[u8]>),
    /// An integer numeral.
    Int(i64),
    /// A float numeral (also decimal integer numerals that overflow i64).
    Float(f64),
    /// A byte that starts no Lua token (`$`, a control byte, any byte >= 0x80, ...). PUC Lua's
    /// lexer returns such a byte as a one-character token and the parser then reports it, e.g.
    /// `unexpected symbol near '$'` or `near '<\195>'`.
    Char(u8),

    /// End of input.
    Eof,
}

impl Token {
    /// How PUC Lua names this token in `near '...'` and `'...' expected` messages, for the tokens
    /// whose text is fixed (keywords and symbols). Names, strings and numerals are reported by
    /// their source text instead; `Eof` is `<eof>`.
    pub fn fixed_text(&self) -> Option<&'static str> {
        use Token::*;
        Some(match self {
            And => "and",
            Break => "break",
            Do => "do",
            Else => "else",
            Elseif => "elseif",
            End => "end",
            False => "false",
            For => "for",
            Function => "function",
            Goto => "goto",
            If => "if",
            In => "in",
            Local => "local",
            Nil => "nil",
            Not => "not",
            Or => "or",
            Repeat => "repeat",
            Return => "return",
            Then => "then",
            True => "true",
            Until => "until",
            While => "while",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            DoubleSlash => "//",
            Percent => "%",
            Caret => "^",
            Hash => "#",
            Ampersand => "&",
            Tilde => "~",
            Pipe => "|",
            ShiftLeft => "<<",
            ShiftRight => ">>",
            Eq => "==",
            NotEq => "~=",
            LessEq => "<=",
            GreaterEq => ">=",
            Less => "<",
            Greater => ">",
            Assign => "=",
            LParen => "(",
            RParen => ")",
            LBrace => "{",
            RBrace => "}",
            LBracket => "[",
            RBracket => "]",
            DoubleColon => "::",
            Semicolon => ";",
            Colon => ":",
            Comma => ",",
            Dot => ".",
            Concat => "..",
            Ellipsis => "...",
            Arrow => "->",
            Question => "?",
            Bang => "!",
            At => "@",
            Eof => "<eof>",
            Name(_) | Str(_) | Int(_) | Float(_) | Char(_) => return None,
        })
    }

    /// Splits a token that starts with `>` into `>` and the rest, for the type syntax's closing
    /// generic brackets (`Array<Array<T>>`, `Map<K, V>= ...`): `>>` becomes `>` `>` and `>=`
    /// becomes `>` `=`. `span` is this token's span; the two returned spans cover one byte
    /// each. Other tokens give `None`.
    pub fn split_greater(&self, span: Span) -> Option<[(Token, Span); 2]> {
        let second = match self {
            Token::ShiftRight => Token::Greater,
            Token::GreaterEq => Token::Assign,
            _ => return None,
        };
        let mid = span.start + 1;
        Some([
            (Token::Greater, Span::new(span.start, mid)),
            (second, Span::new(mid, span.end)),
        ])
    }
}
