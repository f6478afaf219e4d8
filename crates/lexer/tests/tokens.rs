//! Token-level tests: every token kind, numerals, strings and escapes, long brackets, comments,
//! lines and spans.

use wippy_lexer::{Lexer, LineIndex, Near, Span, Token};

/// All tokens of `src` (without `Eof`), panicking on a lexical error.
fn toks(src: &str) -> Vec<Token> {
    Lexer::new(src.as_bytes())
        .map(|r| r.expect("lexes").1)
        .collect()
}

fn one(src: &str) -> Token {
    let t = toks(src);
    assert_eq!(t.len(), 1, "{src:?} gave {t:?}");
    t.into_iter().next().unwrap()
}

fn name(s: &str) -> Token {
    Token::Name(s.into())
}

fn string(s: &[u8]) -> Token {
    Token::Str(s.into())
}

#[test]
fn keywords() {
    use Token::*;
    let src = "and break do else elseif end false for function goto if in local nil not or \
               repeat return then true until while";
    assert_eq!(
        toks(src),
        [
            And, Break, Do, Else, Elseif, End, False, For, Function, Goto, If, In, Local, Nil, Not,
            Or, Repeat, Return, Then, True, Until, While
        ]
    );
    for t in toks(src) {
        assert!(t.fixed_text().is_some());
    }
}

#[test]
fn contextual_words_are_names() {
    assert_eq!(
        toks("type as typeof is"),
        [name("type"), name("as"), name("typeof"), name("is")]
    );
    assert_eq!(
        toks("_ _x1 andy And x_Y9"),
        [
            name("_"),
            name("_x1"),
            name("andy"),
            name("And"),
            name("x_Y9")
        ]
    );
}

#[test]
fn operators() {
    use Token::*;
    let src =
        "+ - * / // % ^ # & ~ | << >> == ~= <= >= < > = ( ) { } [ ] :: ; : , . .. ... -> ? ! @";
    let expected = [
        Plus,
        Minus,
        Star,
        Slash,
        DoubleSlash,
        Percent,
        Caret,
        Hash,
        Ampersand,
        Tilde,
        Pipe,
        ShiftLeft,
        ShiftRight,
        Eq,
        NotEq,
        LessEq,
        GreaterEq,
        Less,
        Greater,
        Assign,
        LParen,
        RParen,
        LBrace,
        RBrace,
        LBracket,
        RBracket,
        DoubleColon,
        Semicolon,
        Colon,
        Comma,
        Dot,
        Concat,
        Ellipsis,
        Arrow,
        Question,
        Bang,
        At,
    ];
    assert_eq!(toks(src), expected);
    // Each token's fixed text is its source text.
    let texts: Vec<_> = src.split(' ').collect();
    for (t, text) in expected.iter().zip(texts) {
        assert_eq!(t.fixed_text(), Some(text));
    }
}

#[test]
fn operators_without_spaces() {
    use Token::*;
    assert_eq!(toks("a<<=b"), [name("a"), ShiftLeft, Assign, name("b")]);
    assert_eq!(toks("a>>>b"), [name("a"), ShiftRight, Greater, name("b")]);
    assert_eq!(toks("a~==b"), [name("a"), NotEq, Assign, name("b")]);
    assert_eq!(toks("a....b"), [name("a"), Ellipsis, Dot, name("b")]);
    assert_eq!(toks("::a:::"), [DoubleColon, name("a"), DoubleColon, Colon]);
    assert_eq!(toks("a///b"), [name("a"), DoubleSlash, Slash, name("b")]);
    assert_eq!(toks("x->y"), [name("x"), Arrow, name("y")]);
    assert_eq!(toks("T?!"), [name("T"), Question, Bang]);
    assert_eq!(toks("a[b]"), [name("a"), LBracket, name("b"), RBracket]);
    assert_eq!(
        toks("[ [x]]"),
        [LBracket, LBracket, name("x"), RBracket, RBracket]
    );
}

#[test]
fn split_greater_for_generics() {
    let (src, mut lx) = ("a>>b", Lexer::new(b"a>>b"));
    lx.next_token().unwrap();
    let (t, span) = lx.next_token().unwrap();
    assert_eq!((t.clone(), span), (Token::ShiftRight, Span::new(1, 3)));
    let [(a, sa), (b, sb)] = t.split_greater(span).unwrap();
    assert_eq!((a, b), (Token::Greater, Token::Greater));
    assert_eq!((&src[1..2], &src[2..3]), (">", ">"));
    assert_eq!((sa, sb), (Span::new(1, 2), Span::new(2, 3)));
    let [(a, _), (b, _)] = Token::GreaterEq.split_greater(Span::new(0, 2)).unwrap();
    assert_eq!((a, b), (Token::Greater, Token::Assign));
    assert_eq!(Token::Greater.split_greater(Span::new(0, 1)), None);
}

#[test]
fn stray_bytes_are_char_tokens() {
    assert_eq!(toks("$"), [Token::Char(b'$')]);
    assert_eq!(toks("`\\"), [Token::Char(b'`'), Token::Char(b'\\')]);
    let t: Vec<_> = Lexer::new(b"\x01\xc3\xa9x").map(|r| r.unwrap().1).collect();
    assert_eq!(
        t,
        [
            Token::Char(1),
            Token::Char(0xC3),
            Token::Char(0xA9),
            name("x")
        ]
    );
    let t: Vec<_> = Lexer::new(b"a\0b").map(|r| r.unwrap().1).collect();
    assert_eq!(t, [name("a"), Token::Char(0), name("b")]);
}

#[test]
fn integers() {
    assert_eq!(one("0"), Token::Int(0));
    assert_eq!(one("123"), Token::Int(123));
    assert_eq!(one("9223372036854775807"), Token::Int(i64::MAX));
    assert_eq!(one("0x10"), Token::Int(16));
    assert_eq!(one("0XaBc"), Token::Int(0xABC));
    assert_eq!(one("0xffffffffffffffffff"), Token::Int(-1));
    assert_eq!(one("0x8000000000000000"), Token::Int(i64::MIN));
    // A minus sign is a separate token.
    assert_eq!(toks("-1"), [Token::Minus, Token::Int(1)]);
}

#[test]
fn floats() {
    assert_eq!(
        one("9223372036854775808"),
        Token::Float(9223372036854775808.0)
    );
    assert_eq!(one("3.0"), Token::Float(3.0));
    assert_eq!(one(".5"), Token::Float(0.5));
    assert_eq!(one("5."), Token::Float(5.0));
    assert_eq!(one("3e+2"), Token::Float(300.0));
    assert_eq!(one("3e2"), Token::Float(300.0));
    assert_eq!(one("3E-2"), Token::Float(0.03));
    assert_eq!(one("1.5e1"), Token::Float(15.0));
    assert_eq!(one("0x1p4"), Token::Float(16.0));
    assert_eq!(one("0x.8"), Token::Float(0.5));
    assert_eq!(one("0x1.8P+1"), Token::Float(3.0));
    assert_eq!(one("0xA."), Token::Float(10.0));
    assert_eq!(one("1e309"), Token::Float(f64::INFINITY));
}

#[test]
fn numerals_stop_where_lua_stops() {
    use Token::*;
    // `x` and `g` are not hex digits: the numeral ends before them.
    assert_eq!(toks("3x"), [Int(3), name("x")]);
    assert_eq!(toks(".5x"), [Float(0.5), name("x")]);
    assert_eq!(toks("0x1g"), [Int(1), name("g")]);
    // `e` is a hex digit, so a hex numeral keeps it, and no sign follows it.
    assert_eq!(toks("0x1e+1"), [Int(0x1e), Plus, Int(1)]);
    assert_eq!(toks("1 ..x"), [Int(1), Concat, name("x")]);
    assert_eq!(toks("a.b"), [name("a"), Dot, name("b")]);
    assert_eq!(toks("a..b"), [name("a"), Concat, name("b")]);
    assert_eq!(toks("..5"), [Concat, Int(5)]);
    assert_eq!(toks("1-2"), [Int(1), Minus, Int(2)]);
}

#[test]
fn short_strings() {
    assert_eq!(one(r#""abc""#), string(b"abc"));
    assert_eq!(one("'abc'"), string(b"abc"));
    assert_eq!(one(r#""it's""#), string(b"it's"));
    assert_eq!(one(r#"'say "hi"'"#), string(b"say \"hi\""));
    assert_eq!(one(r#""""#), string(b""));
    let t: Vec<_> = Lexer::new(b"'\xff\x00\x01'")
        .map(|r| r.unwrap().1)
        .collect();
    assert_eq!(t, [string(b"\xff\x00\x01")]);
}

#[test]
fn every_escape() {
    assert_eq!(
        one(r#""\a\b\f\n\r\t\v""#),
        string(b"\x07\x08\x0c\n\r\t\x0b")
    );
    assert_eq!(one(r#""\\\"\'""#), string(b"\\\"'"));
    assert_eq!(one(r#""\x41\x6a\xFF\x00""#), string(b"Aj\xff\x00"));
    assert_eq!(one(r#""\65\066\0067\0\255""#), string(b"AB\x067\x00\xff"));
    assert_eq!(one(r#""\1234""#), string(b"{4"));
    assert_eq!(
        one(r#""\u{41}\u{e9}\u{20AC}\u{1F600}\u{10FFFF}\u{0}""#),
        string("Aé€😀\u{10FFFF}\0".as_bytes())
    );
    assert_eq!(one(r#""\u{000000000041}""#), string(b"A"));
    assert_eq!(one("\"a\\z  \n\t  b\""), string(b"ab"));
    assert_eq!(one("\"a\\zb\""), string(b"ab"));
}

#[test]
fn line_continuations() {
    for nl in ["\n", "\r", "\r\n", "\n\r"] {
        let src = format!("\"a\\{nl}b\" x");
        let mut lx = Lexer::new(src.as_bytes());
        assert_eq!(lx.next_token().unwrap().0, string(b"a\nb"), "{nl:?}");
        assert_eq!(lx.line(), 2, "{nl:?}");
        assert_eq!(lx.next_token().unwrap().0, name("x"));
        assert_eq!(lx.token_line(), 2);
    }
    // Two line breaks are two lines.
    let mut lx = Lexer::new(b"\"a\\\n\\\nb\"");
    assert_eq!(lx.next_token().unwrap().0, string(b"a\n\nb"));
    assert_eq!(lx.line(), 3);
}

#[test]
fn long_strings() {
    assert_eq!(one("[[abc]]"), string(b"abc"));
    assert_eq!(one("[[]]"), string(b""));
    assert_eq!(one("[=[a]]b]=]"), string(b"a]]b"));
    assert_eq!(one("[==[a]=]b]===]c]==]"), string(b"a]=]b]===]c"));
    assert_eq!(one("[[\\n\"x']]"), string(b"\\n\"x'"));
    assert_eq!(toks("[[a]]]"), [string(b"a"), Token::RBracket]);
    assert_eq!(toks("[[a]=]]"), [string(b"a]=")]);
    // A first line break is skipped, the others read as \n.
    assert_eq!(one("[[\nabc]]"), string(b"abc"));
    assert_eq!(one("[[\r\nabc]]"), string(b"abc"));
    assert_eq!(one("[[\n\rabc]]"), string(b"abc"));
    assert_eq!(one("[[\n\nabc]]"), string(b"\nabc"));
    assert_eq!(one("[==[\na\r\nb\rc\n\rd\ne]==]"), string(b"a\nb\nc\nd\ne"));
    assert_eq!(one("[=[[[\n\r]=]"), string(b"[[\n"));
    let lvl = "=".repeat(40);
    assert_eq!(one(&format!("[{lvl}[x]]]{lvl}]")), string(b"x]]"));
}

#[test]
fn long_string_lines() {
    let mut lx = Lexer::new(b"x = [[\na\r\nb\n\r\n]] y");
    lx.next_token().unwrap();
    lx.next_token().unwrap();
    let (t, _) = lx.next_token().unwrap();
    assert_eq!(t, string(b"a\nb\n\n"));
    assert_eq!(lx.token_line(), 1);
    assert_eq!(lx.line(), 5);
    lx.next_token().unwrap();
    assert_eq!(lx.token_line(), 5);
}

#[test]
fn comments() {
    use Token::*;
    assert_eq!(toks("a -- comment\nb"), [name("a"), name("b")]);
    assert_eq!(toks("a --[[ long\ncomment ]] b"), [name("a"), name("b")]);
    assert_eq!(toks("a --[==[ ]] ]=] ]==] b"), [name("a"), name("b")]);
    assert_eq!(toks("a --[=x\nb"), [name("a"), name("b")]);
    assert_eq!(toks("a --[\nb"), [name("a"), name("b")]);
    assert_eq!(toks("a --"), [name("a")]);
    assert_eq!(toks("a --\rb"), [name("a"), name("b")]);
    assert_eq!(toks("a - -b"), [name("a"), Minus, Minus, name("b")]);
    assert_eq!(toks("---[[x\ny"), [name("y")]);
    let mut lx = Lexer::new(b"--[[\n\n]]--x\r\n--\n\rz");
    assert_eq!(lx.next_token().unwrap().0, name("z"));
    assert_eq!(lx.token_line(), 5);
}

#[test]
fn first_line_comment_in_files_only() {
    let src = b"#!/usr/bin/env lua\nx";
    let t: Vec<_> = Lexer::new_file(src).map(|r| r.unwrap()).collect();
    assert_eq!(t, [(19, name("x"), 20)]);
    let mut lx = Lexer::new_file(src);
    lx.next_token().unwrap();
    assert_eq!(lx.token_line(), 2);
    // In a plain chunk `#` is the length operator.
    assert_eq!(toks("#x"), [Token::Hash, name("x")]);
    // A byte order mark is skipped too, with or without the `#` line.
    let t: Vec<_> = Lexer::new_file(b"\xEF\xBB\xBF#x\ny")
        .map(|r| r.unwrap().1)
        .collect();
    assert_eq!(t, [name("y")]);
    let t: Vec<_> = Lexer::new_file(b"\xEF\xBB\xBFy")
        .map(|r| r.unwrap().1)
        .collect();
    assert_eq!(t, [name("y")]);
    // The `#` line ends at \n only.
    let mut lx = Lexer::new_file(b"#a\rb\nc");
    assert_eq!(lx.next_token().unwrap(), (name("c"), Span::new(5, 6)));
    assert_eq!(lx.token_line(), 2);
    assert_eq!(Lexer::new_file(b"#only").count(), 0);
}

#[test]
fn lines_match_puc() {
    // Each of \n, \r, \r\n, \n\r is one line break; \n\n and \r\r are two.
    for (src, line) in [
        ("x=1\r\n\r\ny", 3),
        ("x=1\n\r\n\ry", 3),
        ("x=1\n\n\ry", 3),
        ("x=1\r\r\ny", 3),
        ("\n\n\n\ny", 5),
    ] {
        let mut lx = Lexer::new(src.as_bytes());
        let mut last = None;
        loop {
            let (t, _) = lx.next_token().unwrap();
            if t == Token::Eof {
                break;
            }
            last = Some((t, lx.token_line()));
        }
        assert_eq!(last, Some((name("y"), line)), "{src:?}");
        assert_eq!(
            LineIndex::new(src.as_bytes()).line(src.len() as u32 - 1),
            line
        );
    }
}

#[test]
fn spans_and_triples() {
    let src = "local x = [[a]] -- c\n  ..'q'";
    let t: Vec<_> = Lexer::new(src.as_bytes()).map(|r| r.unwrap()).collect();
    let texts: Vec<_> = t.iter().map(|(s, _, e)| &src[*s..*e]).collect();
    assert_eq!(texts, ["local", "x", "=", "[[a]]", "..", "'q'"]);
    let idx = LineIndex::new(src.as_bytes());
    assert_eq!(idx.line_col(t[5].0 as u32), (2, 5));
}

#[test]
fn eof_token_and_fused_iterator() {
    let mut lx = Lexer::new(b"x ");
    lx.next_token().unwrap();
    assert_eq!(lx.next_token().unwrap(), (Token::Eof, Span::new(2, 2)));
    assert_eq!(lx.next_token().unwrap(), (Token::Eof, Span::new(2, 2)));
    let mut it = Lexer::new(b"'x");
    assert!(it.next().unwrap().is_err());
    assert!(it.next().is_none());
}

#[test]
fn near_text_of_tokens() {
    let near = |src: &[u8]| {
        let mut lx = Lexer::new(src);
        let (t, span) = lx.next_token().unwrap();
        let mut out = Vec::new();
        Near::for_token(src, span, &t).append_to(&mut out);
        String::from_utf8(out).unwrap()
    };
    // Checked against lua5.3: `x = 1 <token>` gives "unexpected symbol near ...".
    assert_eq!(near(b"\"a\\65\""), " near '\"aA\"'");
    assert_eq!(near(b"\"a\\0b\""), " near '\"a'");
    assert_eq!(near(b"[[a\nb]]"), " near '[[a\nb]]'");
    assert_eq!(near(b"[==[\na\r\nb]==]"), " near '[==[a\nb]==]'");
    assert_eq!(near(b"3.0e1"), " near '3.0e1'");
    assert_eq!(near(b"0x10"), " near '0x10'");
    assert_eq!(near(b"abc"), " near 'abc'");
    assert_eq!(near(b"$"), " near '$'");
    assert_eq!(near(b"\\"), " near '\\'");
    assert_eq!(near(b"\x01"), " near '<\\1>'");
    assert_eq!(near(b"\xc3"), " near '<\\195>'");
    assert_eq!(near(b"\x7f"), " near '<\\127>'");
    // A NUL byte is token 0 for PUC, which then prints no `near` part: `unexpected symbol`.
    assert_eq!(near(b"\0"), "");
    assert_eq!(near(b"end"), " near 'end'");
    assert_eq!(near(b"..."), " near '...'");
    assert_eq!(near(b""), " near <eof>");
}
