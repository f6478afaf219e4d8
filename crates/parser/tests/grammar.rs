//! The shape of parsed programs: precedence, statements, call continuation, contextual words.
//! Where Lua 5.3 semantics are involved, the expected shapes agree with what lua5.3 computes
//! (e.g. `-2^2 == -4`, `2^3^2 == 512`); the ambiguous-call cases were checked with `luac5.3 -p`.

mod common;
use common::*;

fn rhs(expr: &str) -> String {
    let v = shapes(&format!("x = {expr}"));
    assert_eq!(v.len(), 1, "{expr}: {v:?}");
    v[0].strip_prefix("x = ").unwrap_or(&v[0]).to_string()
}

#[test]
fn precedence_levels() {
    let cases = [
        ("a or b or c", "((a or b) or c)"),
        ("a or b and c", "(a or (b and c))"),
        ("a and b < c", "(a and (b < c))"),
        ("a < b == c", "((a < b) == c)"),
        ("a <= b ~= c >= d > e", "((((a <= b) ~= c) >= d) > e)"),
        ("a == b | c", "(a == (b | c))"),
        ("a | b ~ c", "(a | (b ~ c))"),
        ("a ~ b & c", "(a ~ (b & c))"),
        ("a & b << c", "(a & (b << c))"),
        ("a << b >> c", "((a << b) >> c)"),
        ("a >> b .. c", "(a >> (b .. c))"),
        ("a .. b .. c", "(a .. (b .. c))"),
        ("a .. b + c", "(a .. (b + c))"),
        ("a + b - c", "((a + b) - c)"),
        ("a - b * c", "(a - (b * c))"),
        ("a * b / c // d % e", "((((a * b) / c) // d) % e)"),
        ("-a * b", "((-a) * b)"),
        ("-2^2", "(-(2 ^ 2))"),
        ("2^-3", "(2 ^ (-3))"),
        ("2^3^2", "(2 ^ (3 ^ 2))"),
        ("-2^-2^2", "(-(2 ^ (-(2 ^ 2))))"),
        ("not a == b", "((not a) == b)"),
        ("not not a", "(not (not a))"),
        ("#t + 1", "((#t) + 1)"),
        ("~a & b", "((~a) & b)"),
        ("a ~ ~b", "(a ~ (~b))"),
        ("- - a", "(-(-a))"),
        ("1 - -1", "(1 - (-1))"),
        ("a .. b == c .. d", "((a .. b) == (c .. d))"),
        ("a + b .. c + d", "((a + b) .. (c + d))"),
        ("(a + b) * c", "(paren((a + b)) * c)"),
        ("a.b.c[d]:e(f)(g)", "call(mcall(a.b.c[d]:e; f); g)"),
        ("f\"s\"", "call(f; \"s\")"),
        ("f{1, 2}", "call(f; {2})"),
        ("f[[long]]", "call(f; \"long\")"),
        ("a >= b", "(a >= b)"),
        ("a >> 1 >= 2", "((a >> 1) >= 2)"),
        ("2 ^ 2 .. 3", "((2 ^ 2) .. 3)"),
        ("...", "..."),
        ("function() end", "fn"),
        ("{} == {}", "({0} == {0})"),
    ];
    for (src, want) in cases {
        assert_eq!(rhs(src), want, "{src}");
    }
}

#[test]
fn every_statement_form() {
    let src = r#"
local a, b = 1, 2
local c
a, b = b, a
t.x, t[1] = 1, 2
f(a)
o:m(b)
do local z = 1 end
while a do break end
repeat local y = 1 until y
if a then elseif b then else end
if a then end
for i = 1, 10 do end
for i = 10, 1, -1 do end
for k, v in pairs(t) do end
function g() end
function a.b.c:d() end
local function h() end
::top::
goto top
;;;
return 1, 2
"#;
    let got = shapes(src);
    let want = [
        "local a, b = 1, 2",
        "local c = ",
        "a, b = b, a",
        "t.x, t[1] = 1, 2",
        "call(f; a)",
        "mcall(o:m; b)",
        "do[1]",
        "while a [1]",
        "repeat[1] until y",
        "if[2] else",
        "if[1]",
        "for i step=false",
        "for i step=true",
        "for k, v in call(pairs; t)",
        "function g",
        "function a.b.c:d",
        "local function h",
        "::top::",
        "goto top",
        "return 1, 2",
    ];
    assert_eq!(got, want);
}

#[test]
fn table_constructors() {
    assert_eq!(rhs("{1, 2; 3,}"), "{3}");
    assert_eq!(rhs("{[1] = 2; x = 3, 4;}"), "{3}");
    assert_eq!(rhs("{}"), "{0}");
    assert_eq!(rhs("{f()}"), "{1}");
    let c = parse_ok("x = {a = 1, [b] = 2, c}");
    let wippy_parser::ast::StatKind::Assign { exprs, .. } = &c.block.stats[0].kind else {
        panic!("not an assignment")
    };
    let wippy_parser::ast::ExprKind::Table(fields) = &exprs[0].kind else {
        panic!("not a table")
    };
    assert!(matches!(
        fields[0],
        wippy_parser::ast::TableField::Named { .. }
    ));
    assert!(matches!(
        fields[1],
        wippy_parser::ast::TableField::Keyed { .. }
    ));
    assert!(matches!(
        fields[2],
        wippy_parser::ast::TableField::Positional(_)
    ));
}

/// `(` after a prefix expression continues it, even across lines (Lua 5.3); after anything
/// else it starts a new statement. Statement counts agree with `luac5.3 -l`.
#[test]
fn call_continuation() {
    let cases: &[(&str, &[&str])] = &[
        ("a = f\n(g)()", &["a = call(call(f; g); )"]),
        ("local a = f\n(g)()", &["local a = call(call(f; g); )"]),
        ("x = a.b\n(c)()", &["x = call(call(a.b; c); )"]),
        ("f\"s\" (g)", &["call(call(f; \"s\"); g)"]),
        ("x = f{}\n(g)()", &["x = call(call(call(f; {0}); g); )"]),
        ("x = (a)\n(b)", &["x = call(paren(a); b)"]),
        ("x = a[1]\n(f)()", &["x = call(call(a[1]; f); )"]),
        ("f()\n(g)()", &["call(call(call(f; ); g); )"]),
        (
            "repeat until x\n(f)()",
            &["repeat[0] until call(call(x; f); )"],
        ),
        ("x = {} (f)()", &["x = {0}", "call(paren(f); )"]),
        ("x = \"s\" (f)()", &["x = \"s\"", "call(paren(f); )"]),
        ("x = 1\n(f)()", &["x = 1", "call(paren(f); )"]),
        ("x = nil (f)()", &["x = nil", "call(paren(f); )"]),
        ("x = ... (f)()", &["x = ...", "call(paren(f); )"]),
        ("x = function() end\n(f)()", &["x = fn", "call(paren(f); )"]),
        ("local x\n(f)()", &["local x = ", "call(paren(f); )"]),
        ("local x, y\n(f)()", &["local x, y = ", "call(paren(f); )"]),
        (
            "::l:: goto l\n(f)()",
            &["::l::", "goto l", "call(paren(f); )"],
        ),
        ("do end (f)()", &["do[0]", "call(paren(f); )"]),
        (
            "function g() end (f)()",
            &["function g", "call(paren(f); )"],
        ),
        (
            "local function g() end (f)()",
            &["local function g", "call(paren(f); )"],
        ),
        ("x = 1; (f)()", &["x = 1", "call(paren(f); )"]),
        ("(f)()", &["call(paren(f); )"]),
        ("(f).x = 1", &["paren(f).x = 1"]),
    ];
    for (src, want) in cases {
        assert_eq!(shapes(src), *want, "{src:?}");
    }
    // A function body may start with `(`.
    let c = parse_ok("function f() (g)() end local function h(a) (g)() end");
    assert_eq!(c.block.stats.len(), 2);
    let wippy_parser::ast::StatKind::Function { func, .. } = &c.block.stats[0].kind else {
        panic!()
    };
    assert_eq!(func.body.stats.len(), 1);
    let c = parse_ok("x = function(a) (g)() end");
    assert_eq!(c.block.stats.len(), 1);
}

/// `type`, `as`, `typeof` and `export` stay ordinary names wherever Lua 5.3 allows a name.
#[test]
fn contextual_words_stay_names() {
    let cases: &[(&str, &[&str])] = &[
        ("local type = 1", &["local type = 1"]),
        ("type(x)", &["call(type; x)"]),
        ("t.type = \"x\"", &["t.type = \"x\""]),
        ("a = type x = 1", &["a = type", "x = 1"]),
        ("a = type\nx = 1", &["a = type", "x = 1"]),
        ("x = a > type y = 1", &["x = (a > type)", "y = 1"]),
        ("local type\nx = 1", &["local type = ", "x = 1"]),
        ("type = type", &["type = type"]),
        ("type.x.y = 1", &["type.x.y = 1"]),
        ("type[1] = 1", &["type[1] = 1"]),
        ("type:m()", &["mcall(type:m; )"]),
        ("type, x = 1", &["type, x = 1"]),
        ("local as = 1", &["local as = 1"]),
        ("x = a as = 1", &["x = a", "as = 1"]),
        ("x = a\nas(1)", &["x = a", "call(as; 1)"]),
        ("x = a as \"s\"", &["x = a", "call(as; \"s\")"]),
        ("x = a as {}", &["x = a", "call(as; {0})"]),
        ("x = a + as y = 1", &["x = (a + as)", "y = 1"]),
        ("as.x = 1", &["as.x = 1"]),
        ("typeof(x)", &["call(typeof; x)"]),
        ("local typeof = 1", &["local typeof = 1"]),
        (
            "local typeof\n(f)()",
            &["local typeof = ", "call(paren(f); )"],
        ),
        ("a.typeof(x)", &["call(a.typeof; x)"]),
        ("a:typeof(x)", &["mcall(a:typeof; x)"]),
        ("function typeof(x) end", &["function typeof"]),
        ("local function typeof(x) end", &["local function typeof"]),
        ("x = {typeof = 1, typeof(2)}", &["x = {2}"]),
        ("export = 1", &["export = 1"]),
        ("export.type = 1", &["export.type = 1"]),
        ("x = export type = 1", &["x = export", "type = 1"]),
        ("::type:: goto type", &["::type::", "goto type"]),
        ("x = a\n::lbl::", &["x = a", "::lbl::"]),
        ("x = a ::lbl:: y = 1", &["x = a", "::lbl::", "y = 1"]),
        (
            "for type, as in pairs(t) do end",
            &["for type, as in call(pairs; t)"],
        ),
        ("x = a < b > c", &["x = ((a < b) > c)"]),
        ("x = f<<T>>(y)", &["x = ((f << T) >> paren(y))"]),
        ("x = a ? 1 : 2", &[]),
    ];
    for (src, want) in cases {
        if want.is_empty() {
            parse_err(src);
        } else {
            assert_eq!(shapes(src), *want, "{src:?}");
        }
    }
}

#[test]
fn function_lines_match_puc_linedefined() {
    // lua5.3's debug.getinfo gives linedefined 2, 6, 9 and lastlinedefined 3, 8, 12.
    let src = "local f = function\n(\n) end\nlocal function\ng\n(\n)\nend\nfunction\nh\n(\n) end\n";
    let c = parse_ok(src);
    let lines: Vec<(u32, u32)> = c
        .block
        .stats
        .iter()
        .map(|s| match &s.kind {
            wippy_parser::ast::StatKind::Local { exprs, .. } => match &exprs[0].kind {
                wippy_parser::ast::ExprKind::Function(f) => (f.line, f.end_line),
                _ => panic!(),
            },
            wippy_parser::ast::StatKind::LocalFunction { func, .. }
            | wippy_parser::ast::StatKind::Function { func, .. } => (func.line, func.end_line),
            _ => panic!(),
        })
        .collect();
    assert_eq!(lines, [(2, 3), (6, 8), (9, 12)]);
}

#[test]
fn spans_cover_nodes() {
    let src = "x = a + b * c";
    let c = parse_ok(src);
    let s = &c.block.stats[0];
    assert_eq!((s.span.start, s.span.end), (0, 13));
    let wippy_parser::ast::StatKind::Assign { targets, exprs } = &s.kind else {
        panic!()
    };
    assert_eq!((targets[0].span.start, targets[0].span.end), (0, 1));
    assert_eq!((exprs[0].span.start, exprs[0].span.end), (4, 13));
    let wippy_parser::ast::ExprKind::Binary { rhs, .. } = &exprs[0].kind else {
        panic!()
    };
    assert_eq!((rhs.span.start, rhs.span.end), (8, 13));
    assert_eq!((c.span.start, c.span.end), (0, 13));
}

#[test]
fn shebang_is_skipped_for_files_only() {
    let src = b"#!/usr/bin/env lua\nprint(1)\n";
    assert!(wippy_parser::parse_file(src, "@f.lua").is_ok());
    let e = wippy_parser::parse(src, "=f").unwrap_err();
    assert_eq!(e.full_message(), "f:1: unexpected symbol near '#'");
}
