//! Type syntax has no runtime effect: annotations, casts, `e!`, generics and `type` declarations
//! compile to exactly the code of the same program without them.

mod support;

use wippy_compiler::{compile, dump_with, DumpOptions};

fn listing(src: &str) -> String {
    let chunk = support::parse(src.as_bytes()).unwrap_or_else(|e| panic!("{e}\n{src}"));
    let p = compile(&chunk, src.as_bytes(), "=t").unwrap_or_else(|e| panic!("{e}"));
    dump_with(&p, DumpOptions { full: true })
}

#[test]
fn annotations_casts_and_type_declarations_compile_away() {
    let pairs = [
        ("local x: number = 1", "local x = 1"),
        ("local a: string?, b: {number} = f()", "local a, b = f()"),
        (
            "local function id<T>(v: T, n: number?): T return v end",
            "local function id(v, n) return v end",
        ),
        (
            "function M.f(a: string, ...: number): (number, string) return #a, a end",
            "function M.f(a, ...) return #a, a end",
        ),
        (
            "type Point = {x: number, y: number}\nlocal p = 1",
            "\nlocal p = 1",
        ),
        ("export type Id = string\nlocal q = 2", "\nlocal q = 2"),
        ("local y = (x :: any).z", "local y = (x).z"),
        ("local z = x!.y + w!", "local z = x.y + w"),
        ("local v = f(x :: number, y)", "local v = f(x, y)"),
        (
            "for i: number = 1, 10 do local s: string = tostring(i) end",
            "for i = 1, 10 do local s = tostring(i) end",
        ),
        (
            "for k: string, v: any in pairs(t) do print(k, v) end",
            "for k, v in pairs(t) do print(k, v) end",
        ),
        (
            "local f = function(a: number): number return a * 2 end",
            "local f = function(a) return a * 2 end",
        ),
    ];
    for (typed, plain) in pairs {
        assert_eq!(listing(typed), listing(plain), "{typed}");
    }
}

#[test]
fn files_with_a_shebang_line_keep_line_numbers() {
    let src = b"#!/usr/bin/env wippy-lua\nlocal a = 1\nprint(a)\n";
    let chunk = wippy_parser::parse_file(src, "@s.lua").expect("parse");
    let p = compile(&chunk, src, "@s.lua").expect("compile");
    assert_eq!(&*p.line_info, &[2, 3, 3, 3, 3]);
}
