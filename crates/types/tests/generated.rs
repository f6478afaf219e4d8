//! The benchmark's generated program must check clean (so the benchmark measures real work).

#[path = "../benches/gen/mod.rs"]
mod gen;

#[test]
fn generated_program_checks_clean() {
    let source = gen::typed_program(2_000);
    assert!(source.lines().count() >= 2_000);
    let diags =
        wippy_types::check_source(source.as_bytes(), "gen.lua", &mut wippy_types::NoModules);
    let rendered: Vec<String> = diags
        .iter()
        .take(5)
        .map(|d| d.render(source.as_bytes()))
        .collect();
    assert!(diags.is_empty(), "{}", rendered.join("\n"));
}
