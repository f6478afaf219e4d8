//! The package library (loadlib.c): `require`, `package.path`, the searchers and `searchpath`.
//! Native (C) modules cannot be loaded: the C searchers find files but report an error.

use crate::error::{LuaError, LuaResult};
use crate::function::NativeFn;
use crate::gc::Gc;
use crate::table::Table;
use crate::value::Value;
use crate::vm::Vm;

use super::{check_str, index, opt_str};

const DEFAULT_PATH: &str = "/usr/local/share/lua/5.3/?.lua;/usr/local/share/lua/5.3/?/init.lua;\
/usr/local/lib/lua/5.3/?.lua;/usr/local/lib/lua/5.3/?/init.lua;/usr/share/lua/5.3/?.lua;\
/usr/share/lua/5.3/?/init.lua;./?.lua;./?/init.lua";
const DEFAULT_CPATH: &str = "/usr/local/lib/lua/5.3/?.so;/usr/lib/x86_64-linux-gnu/lua/5.3/?.so;\
/usr/lib/lua/5.3/?.so;/usr/local/lib/lua/5.3/loadall.so;./?.so";
const NO_NATIVE: &str = "dynamic libraries not enabled; check your Lua installation";

/// Registers `package` and `require`; must run after the other libraries (fills `package.loaded`).
pub fn open(vm: &mut Vm) -> LuaResult<()> {
    let pkg = super::new_lib(
        vm,
        "package",
        &[
            ("package.searchpath", searchpath),
            ("package.loadlib", loadlib),
        ],
    )?;
    let up = vec![Value::Table(pkg)];
    let searchers = vm.new_table()?;
    let list: [NativeFn; 4] = [searcher_preload, searcher_lua, searcher_c, searcher_croot];
    for (i, f) in list.into_iter().enumerate() {
        let fv = vm.native_with_upvals("?", f, up.clone())?;
        vm.raw_set(searchers, Value::Int(i as i64 + 1), fv)?;
    }
    vm.set_field(pkg, "searchers", Value::Table(searchers))?;
    let path = env_path(vm, &["LUA_PATH_5_3", "LUA_PATH"], DEFAULT_PATH)?;
    vm.set_field(pkg, "path", path)?;
    let cpath = env_path(vm, &["LUA_CPATH_5_3", "LUA_CPATH"], DEFAULT_CPATH)?;
    vm.set_field(pkg, "cpath", cpath)?;
    let config = vm.str("/\n;\n?\n!\n-\n")?;
    vm.set_field(pkg, "config", config)?;
    let loaded = registry_table(vm, "_LOADED")?;
    vm.set_field(pkg, "loaded", Value::Table(loaded))?;
    let preload = registry_table(vm, "_PRELOAD")?;
    vm.set_field(pkg, "preload", Value::Table(preload))?;
    let g = vm.globals;
    for name in [
        "_G",
        "coroutine",
        "debug",
        "io",
        "math",
        "os",
        "package",
        "string",
        "table",
        "utf8",
    ] {
        let k = vm.str(name)?;
        let v = g.get(&k);
        if !v.is_nil() {
            vm.raw_set(loaded, k, v)?;
        }
    }
    let req = vm.native_with_upvals("require", require, up)?;
    vm.set_field(g, "require", req)?;
    Ok(())
}

/// The registry table `name`, created when missing.
fn registry_table(vm: &mut Vm, name: &str) -> LuaResult<Gc<Table>> {
    let k = vm.str(name)?;
    if let Value::Table(t) = vm.registry.get(&k) {
        return Ok(t);
    }
    let t = vm.new_table()?;
    let reg = vm.registry;
    vm.raw_set(reg, k, Value::Table(t))?;
    Ok(t)
}

/// `setpath`: the first set variable of `vars`, with `;;` replaced by the default path.
fn env_path(vm: &mut Vm, vars: &[&str], default: &str) -> LuaResult<Value> {
    let Some(p) = vars.iter().find_map(|v| super::sys::getenv(v)) else {
        return vm.str(default);
    };
    let p = String::from_utf8_lossy(&p).replace(";;", &format!(";{};", default));
    vm.str(p)
}

/// A field of the package table (upvalue 0 of the running native).
fn pkg_field(vm: &mut Vm, name: &str) -> LuaResult<Value> {
    let pkg = vm.current_native_upvalue(0);
    let k = vm.str(name)?;
    index(vm, pkg, k)
}

fn require(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let name = check_str(vm, 0)?;
    let loaded = registry_table(vm, "_LOADED")?;
    vm.top = vm.cur.frames.last().map(|f| f.base as usize).unwrap_or(0) + 1;
    let cached = index(vm, Value::Table(loaded), Value::Str(name))?;
    if cached.truthy() {
        vm.push(cached)?;
        return Ok(1);
    }
    let (loader, extra) = find_loader(vm, name.to_str_lossy().as_ref())?;
    vm.push(loader)?;
    vm.push(extra)?;
    let r = vm
        .call(loader, &[Value::Str(name), extra])?
        .first()
        .copied()
        .unwrap_or(Value::Nil);
    if !r.is_nil() {
        super::set_index(vm, Value::Table(loaded), Value::Str(name), r)?;
    }
    let mut v = index(vm, Value::Table(loaded), Value::Str(name))?;
    if v.is_nil() {
        v = Value::Bool(true);
        super::set_index(vm, Value::Table(loaded), Value::Str(name), v)?;
    }
    vm.push(v)?;
    Ok(1)
}

/// `findloader`: asks each searcher in turn; collects their messages for the error.
fn find_loader(vm: &mut Vm, name: &str) -> LuaResult<(Value, Value)> {
    let Value::Table(searchers) = pkg_field(vm, "searchers")? else {
        return Err(LuaError::rt("'package.searchers' must be a table"));
    };
    vm.push(Value::Table(searchers))?;
    let mut msg = Vec::new();
    for i in 1.. {
        let s = searchers.get_int(i);
        if s.is_nil() {
            break;
        }
        let n = vm.str(name)?;
        let r = vm.call(s, &[n])?;
        let first = r.first().copied().unwrap_or(Value::Nil);
        if first.is_function() {
            return Ok((first, r.get(1).copied().unwrap_or(Value::Nil)));
        }
        match first {
            Value::Str(s) => msg.extend_from_slice(s.as_bytes()),
            v @ (Value::Int(_) | Value::Float(_)) => {
                msg.extend_from_slice(vm.number_to_str(&v)?.expect("number").as_bytes())
            }
            _ => {}
        }
    }
    Err(LuaError::rt(format!(
        "module '{}' not found:{}",
        name,
        String::from_utf8_lossy(&msg)
    )))
}

/// `searchpath`: the first readable file of `path` for `name`, or the "no file" list.
fn search_path(name: &str, path: &str, sep: &str, dirsep: &str) -> Result<String, String> {
    let name = if sep.is_empty() {
        name.to_string()
    } else {
        name.replace(sep, dirsep)
    };
    let mut msg = String::new();
    for template in path.split(';').filter(|t| !t.is_empty()) {
        let filename = template.replace('?', &name);
        if std::fs::File::open(&filename).is_ok() {
            return Ok(filename);
        }
        msg.push_str(&format!("\n\tno file '{}'", filename));
    }
    Err(msg)
}

fn searchpath(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let name = check_str(vm, 0)?.to_str_lossy().into_owned();
    let path = check_str(vm, 1)?.to_str_lossy().into_owned();
    let sep = opt_str(vm, 2)?
        .map(|s| s.to_str_lossy().into_owned())
        .unwrap_or_else(|| ".".into());
    let dirsep = opt_str(vm, 3)?
        .map(|s| s.to_str_lossy().into_owned())
        .unwrap_or_else(|| "/".into());
    match search_path(&name, &path, &sep, &dirsep) {
        Ok(f) => {
            let s = vm.str(f)?;
            vm.push(s)?;
            Ok(1)
        }
        Err(msg) => super::push_fail(vm, msg),
    }
}

fn loadlib(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    check_str(vm, 0)?;
    check_str(vm, 1)?;
    super::push_fail(vm, NO_NATIVE)?;
    let w = vm.str("absent")?;
    vm.push(w)?;
    Ok(3)
}

fn searcher_preload(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let name = check_str(vm, 0)?;
    let preload = registry_table(vm, "_PRELOAD")?;
    let v = index(vm, Value::Table(preload), Value::Str(name))?;
    if v.is_nil() {
        let m = vm.str(format!(
            "\n\tno field package.preload['{}']",
            name.to_str_lossy()
        ))?;
        vm.push(m)?;
    } else {
        vm.push(v)?;
    }
    Ok(1)
}

/// `findfile`: searches `package.<pname>` for `name`.
fn find_file(vm: &mut Vm, name: &str, pname: &str) -> LuaResult<Result<String, String>> {
    let path = match pkg_field(vm, pname)? {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        v @ (Value::Int(_) | Value::Float(_)) => vm
            .number_to_str(&v)?
            .expect("number")
            .to_str_lossy()
            .into_owned(),
        _ => {
            return Err(LuaError::rt(format!(
                "'package.{}' must be a string",
                pname
            )))
        }
    };
    Ok(search_path(name, &path, ".", "/"))
}

/// Pushes a searcher's "not found" message.
fn not_found(vm: &mut Vm, msg: String) -> LuaResult<usize> {
    let m = vm.str(msg)?;
    vm.push(m)?;
    Ok(1)
}

/// `checkload`'s error for a module file that failed to load.
fn load_error(name: &str, file: &str, msg: &str) -> LuaError {
    LuaError::rt(format!(
        "error loading module '{}' from file '{}':\n\t{}",
        name, file, msg
    ))
}

fn searcher_lua(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let name = check_str(vm, 0)?.to_str_lossy().into_owned();
    let file = match find_file(vm, &name, "path")? {
        Ok(f) => f,
        Err(msg) => return not_found(vm, msg),
    };
    if super::base::load_file(vm, Some(&file), "bt", None)? != 1 {
        let msg = match vm.arg(vm.nargs() - 1) {
            Value::Str(s) => s.to_str_lossy().into_owned(),
            _ => String::new(),
        };
        return Err(load_error(&name, &file, &msg));
    }
    let f = vm.str(&file)?;
    vm.push(f)?;
    Ok(2)
}

fn searcher_c(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let name = check_str(vm, 0)?.to_str_lossy().into_owned();
    match find_file(vm, &name, "cpath")? {
        Ok(file) => Err(load_error(&name, &file, NO_NATIVE)),
        Err(msg) => not_found(vm, msg),
    }
}

fn searcher_croot(vm: &mut Vm, _n: usize) -> LuaResult<usize> {
    let name = check_str(vm, 0)?.to_str_lossy().into_owned();
    let Some(dot) = name.find('.') else {
        return Ok(0);
    };
    match find_file(vm, &name[..dot], "cpath")? {
        Ok(file) => Err(load_error(&name, &file, NO_NATIVE)),
        Err(msg) => not_found(vm, msg),
    }
}

#[cfg(test)]
mod tests {
    use super::search_path;

    #[test]
    fn search_path_lists_every_template_tried() {
        let r = search_path("a.b", "x/?.lua;;y/?.so", ".", "/");
        assert_eq!(
            r,
            Err("\n\tno file 'x/a/b.lua'\n\tno file 'y/a/b.so'".to_string())
        );
        let r = search_path("a.b", "x/?.lua", "", "");
        assert_eq!(r, Err("\n\tno file 'x/a.b.lua'".to_string()));
    }

    #[test]
    fn search_path_finds_a_readable_file() {
        let dir = std::env::temp_dir();
        let file = dir.join("wippy_search_path_test.lua");
        std::fs::write(&file, "return 1").unwrap();
        let template = format!("{}/?.lua", dir.display());
        let found = search_path("wippy_search_path_test", &template, ".", "/");
        std::fs::remove_file(&file).unwrap();
        assert_eq!(found, Ok(file.display().to_string()));
    }
}
