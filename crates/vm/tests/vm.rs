//! Whole-VM tests: design decisions 1, 3 and 5 (Send, stackless recursion limits, bounded
//! memory, memory limit).

use wippy_vm::{LuaError, Value, Vm};

fn run(vm: &mut Vm, src: &str) -> Result<Vec<Value>, String> {
    let f = vm
        .load(src.as_bytes(), "=test")
        .map_err(|e| format!("{e:?}"))?;
    vm.run_main(f, &[]).map_err(|e| match e {
        LuaError::Value(Value::Str(s)) => s.to_str_lossy().into_owned(),
        other => format!("{other:?}"),
    })
}

#[test]
fn vm_state_is_send() {
    fn assert_send<T: Send>() {}
    assert_send::<Vm>();
}

#[test]
fn deep_recursion_is_a_clean_error_and_the_state_survives() {
    let mut vm = Vm::new();
    let err = run(
        &mut vm,
        "local function f(n) return 1 + f(n + 1) end return f(1)",
    )
    .unwrap_err();
    assert!(err.contains("stack overflow"), "{err}");
    // A million-deep non-tail recursion inside pcall, then the state keeps working.
    let r = run(
        &mut vm,
        "local function f(n) if n == 0 then return 0 end return 1 + f(n - 1) end
         local ok, e = pcall(f, 1000000) return ok, tostring(e):find('stack overflow') ~= nil",
    )
    .unwrap();
    assert!(matches!(r[0], Value::Bool(false)));
    assert!(matches!(r[1], Value::Bool(true)));
    let r = run(&mut vm, "return 40 + 2").unwrap();
    assert!(matches!(r[0], Value::Int(42)));
}

#[test]
fn unbounded_tail_recursion_runs_in_constant_space() {
    let mut vm = Vm::new();
    let r = run(&mut vm, "local function f(n) if n == 0 then return 'done' end return f(n - 1) end return f(3000000)").unwrap();
    assert!(matches!(r[0], Value::Str(s) if s.as_bytes() == b"done"));
}

#[test]
fn allocating_in_a_loop_runs_in_bounded_memory() {
    let mut vm = Vm::new();
    run(
        &mut vm,
        "for i = 1, 2000000 do local t = {i, tostring(i), {}} end
         local a = {} a.self = a  -- cycles are collected too
         for i = 1, 200000 do local x = {} x.y = {x = x} end",
    )
    .unwrap();
    assert!(
        vm.heap.allocated() < 64 * 1024 * 1024,
        "heap grew to {} bytes",
        vm.heap.allocated()
    );
}

#[test]
fn memory_limit_raises_not_enough_memory() {
    let mut vm = Vm::new();
    vm.heap.set_limit(vm.heap.allocated() + 4 * 1024 * 1024);
    let err = run(&mut vm, "local t = {} for i = 1, 10000000 do t[i] = {} end").unwrap_err();
    assert!(err.contains("not enough memory"), "{err}");
}
