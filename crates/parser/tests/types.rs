//! Type annotation syntax (runtime.md 4.1): every form, printed back in canonical form.

mod common;
use common::*;
use wippy_parser::ast::{ExprKind, StatKind, TypeKind};
use wippy_parser::pretty::{print_expr, print_type};

/// The annotation of `local x: <ty>`, printed.
fn local_ty(ty: &str) -> String {
    let src = format!("local x: {ty} = v");
    let c = parse_ok(&src);
    let StatKind::Local { names, .. } = &c.block.stats[0].kind else {
        panic!("{src}")
    };
    print_type(names[0].ty.as_ref().expect("annotation"))
}

#[test]
fn type_expression_forms() {
    let cases = [
        ("number", "number"),
        ("integer", "integer"),
        ("nil", "nil"),
        ("mod.T", "mod.T"),
        ("a.b.C", "a.b.C"),
        ("\"pending\"", "\"pending\""),
        ("true", "true"),
        ("false", "false"),
        ("42", "42"),
        ("1.5", "1.5"),
        ("number?", "number?"),
        ("number | string", "number | string"),
        ("| \"a\"\n | \"b\"\n | \"c\"", "\"a\" | \"b\" | \"c\""),
        ("Named & Aged", "Named & Aged"),
        ("A & B | C", "A & B | C"),
        ("A & (B | C)", "A & (B | C)"),
        ("(A | B)?", "(A | B)?"),
        ("{string}", "{string}"),
        ("{[string]: number}", "{[string]: number}"),
        ("{x: number, y?: string}", "{x: number, y?: string}"),
        ("{x: number; y: string;}", "{x: number, y: string}"),
        ("{x: number, [string]: any}", "{x: number, [string]: any}"),
        ("{}", "{}"),
        ("{{number}}", "{{number}}"),
        ("{number?}", "{number?}"),
        ("{number @min(0)}", "{number @min(0)}"),
        ("(number) -> number", "(number) -> number"),
        (
            "(a: number, string) -> (number, string)",
            "(a: number, string) -> (number, string)",
        ),
        ("(...: number) -> ()", "(...: number) -> ()"),
        ("() -> number | string", "() -> number | string"),
        ("<T>(x: T) -> T", "<T>(x: T) -> T"),
        ("Box<T>", "Box<T>"),
        ("Map<K, V>", "Map<K, V>"),
        ("Box<Box<T>>", "Box<Box<T>>"),
        ("A<B<C<D>>>", "A<B<C<D>>>"),
        ("Box<A | B>", "Box<A | B>"),
        ("typeof(cfg)", "typeof(cfg)"),
        ("typeof(a.b)", "typeof(a.b)"),
        ("number @min(0) @max(10)", "number @min(0) @max(10)"),
        ("string @pattern(\"^a\")", "string @pattern(\"^a\")"),
        (
            "number @min(1) | string @min_len(1)",
            "number @min(1) | string @min_len(1)",
        ),
        ("(number)", "number"),
        ("((number) -> number)?", "((number) -> number)?"),
        (
            "{ok: true, value: T} | {ok: false, error: E}",
            "{ok: true, value: T} | {ok: false, error: E}",
        ),
    ];
    for (src, want) in cases {
        assert_eq!(local_ty(src), want, "{src}");
    }
}

#[test]
fn type_kinds() {
    let kind = |ty: &str| {
        let c = parse_ok(&format!("local x: {ty}"));
        let StatKind::Local { names, .. } = &c.block.stats[0].kind else {
            panic!()
        };
        names[0].ty.clone().expect("annotation").kind
    };
    assert!(matches!(kind("{[string]: number}"), TypeKind::Map { .. }));
    assert!(matches!(kind("{string}"), TypeKind::Array(_)));
    assert!(matches!(
        kind("{x: T, [K]: V}"),
        TypeKind::Record {
            indexer: Some(_),
            ..
        }
    ));
    assert!(matches!(kind("\"a\""), TypeKind::Literal(_)));
    assert!(matches!(kind("nil"), TypeKind::Nil));
    assert!(matches!(kind("typeof(x)"), TypeKind::TypeOf(_)));
    assert!(matches!(kind("T @min(1)"), TypeKind::Validated { .. }));
    let TypeKind::Validated { validators, .. } = kind("T @min(1) @max(2)") else {
        panic!()
    };
    assert_eq!(validators.len(), 2);
}

#[test]
fn annotated_declarations() {
    let src = r#"
local n: number = 3.14
local y: number?, z = nil
local function add(a: number, b: number): number return a + b end
local function divmod(a: number, b: number): (number, number) return a // b, a % b end
local function fetch(url: string): (string?, error?) end
local f: (number) -> number = function(x: number): number return x * 2 end
local function sum(...: number): number end
local function id<T>(x: T): T return x end
local function greet<T: HasName>(o: T): string end
function fail(msg: string): never error(msg) end
function M.f(t: {[string]: any}): integer end
function M.o:m<K, V: Box<K>>(k: K): V end
local x: number @min(0) @max(100) = 50
for i: integer = 1, 10 do end
for k: string, v: number in pairs(t) do end
local b: Box<T>= v
local c: Box<Box<T>>= v
local function r(): (number, ...string) end
local function e(): () end
"#;
    let c = parse_ok(src);
    assert_eq!(c.block.stats.len(), 19);
    let StatKind::LocalFunction { func, .. } = &c.block.stats[3].kind else {
        panic!()
    };
    assert_eq!(func.returns.as_ref().map(|r| r.types.len()), Some(2));
    let StatKind::LocalFunction { func, .. } = &c.block.stats[6].kind else {
        panic!()
    };
    assert!(func.is_vararg && func.vararg_ty.is_some());
    let StatKind::LocalFunction { func, .. } = &c.block.stats[8].kind else {
        panic!()
    };
    assert!(func.generics[0].constraint.is_some());
    let StatKind::Function { func, name } = &c.block.stats[11].kind else {
        panic!()
    };
    assert_eq!(name.method.as_ref().map(|m| &*m.name), Some("m"));
    assert_eq!(func.generics.len(), 2);
    let StatKind::LocalFunction { func, .. } = &c.block.stats[17].kind else {
        panic!()
    };
    let r = func.returns.as_ref().expect("returns");
    assert!(r.types.len() == 1 && r.vararg.is_some());
    let StatKind::LocalFunction { func, .. } = &c.block.stats[18].kind else {
        panic!()
    };
    assert!(func
        .returns
        .as_ref()
        .is_some_and(|r| r.types.is_empty() && r.vararg.is_none()));
}

#[test]
fn type_declarations() {
    let got = shapes(
        "type Status = \"pending\" | \"active\"\nexport type User = {name: string}\n\
         type Result<T, E> =\n    {ok: true, value: T}\n    | {ok: false, error: E}\n\
         type Box<T> = {value: T}\ntype F = (number) -> number\nx = 1\ntype G = G2",
    );
    assert_eq!(
        got,
        [
            "type Status = \"pending\" | \"active\"",
            "export type User = {name: string}",
            "type Result = {ok: true, value: T} | {ok: false, error: E}",
            "type Box = {value: T}",
            "type F = (number) -> number",
            "x = 1",
            "type G = G2",
        ]
    );
    let c = parse_ok("type Result<T, E: Err> = T");
    let StatKind::TypeDecl(d) = &c.block.stats[0].kind else {
        panic!()
    };
    assert_eq!(d.generics.len(), 2);
    assert!(d.generics[1].constraint.is_some());
}

#[test]
fn casts_and_non_nil() {
    let expr = |src: &str| {
        let c = parse_ok(&format!("x = {src}"));
        let StatKind::Assign { exprs, .. } = &c.block.stats[0].kind else {
            panic!()
        };
        exprs[0].clone()
    };
    assert_eq!(sexp(&expr("data :: User")), "cast(data :: User)");
    assert_eq!(sexp(&expr("data as User")), "cast(data :: User)");
    assert_eq!(sexp(&expr("a + b :: number")), "cast((a + b) :: number)");
    assert_eq!(sexp(&expr("a as nil")), "cast(a :: nil)");
    assert_eq!(
        sexp(&expr("f(x) :: number?")),
        "cast(call(f; x) :: number?)"
    );
    assert_eq!(sexp(&expr("(user!).name")), "paren(nonnil(user)).name");
    assert_eq!(sexp(&expr("user!.name")), "nonnil(user).name");
    assert_eq!(sexp(&expr("f()!")), "nonnil(call(f; ))");
    assert_eq!(sexp(&expr("-a!")), "(-nonnil(a))");
    assert_eq!(sexp(&expr("(a :: T).x")), "paren(cast(a :: T)).x");
    assert_eq!(print_expr(&expr("f(a :: T, b)")), "f(a :: T, b)");
    assert!(matches!(expr("x as Box<T>").kind, ExprKind::Cast { .. }));
    // A cast ends the expression: `::` + name + `::` is still a label.
    assert_eq!(shapes("x = a ::l:: y = 1"), ["x = a", "::l::", "y = 1"]);
    assert_eq!(shapes("x = a :: T y = 1"), ["x = cast(a :: T)", "y = 1"]);
}

#[test]
fn type_syntax_errors() {
    // Not Lua 5.3, so these messages are ours (PUC's wording style).
    let cases = [
        ("local x: = 1", "t:1: type expected near '='"),
        ("type X =", "t:1: type expected near <eof>"),
        ("type X", "t:1: '=' expected near <eof>"),
        ("local x: {a: number", "t:1: '}' expected near <eof>"),
        ("local x: Box<number", "t:1: '>' expected near <eof>"),
        ("function f(a: ) end", "t:1: type expected near ')'"),
        ("x = a :: ", "t:1: type expected near <eof>"),
        (
            "local x: (number, string) = 1",
            "t:1: syntax error near '('",
        ),
        ("local x: number @min = 1", "t:1: '(' expected near '='"),
        // `a!` is an expression here, so the error moves to the next token.
        ("x = a ! b", "t:1: syntax error near <eof>"),
    ];
    for (src, want) in cases {
        assert_eq!(parse_err(src), want, "{src}");
    }
}
