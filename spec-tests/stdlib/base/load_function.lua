-- load with strings, reader functions, chunk names, modes and environments.
print(load("return 1 + 1")())
print(load("return ...", "varargs")(1, 2))
local parts = {"return ", "'from ", "reader'"}
local i = 0
print(load(function() i = i + 1 return parts[i] end)())
local f, e = load("syntax error here", "=mychunk")
print(f, e)
f, e = load("x = ", "@file.lua")
print(f, e)
f, e = load("x = ")
print(f, e)
f, e = load("error('boom')", "=named")
print(pcall(f))
local env = {y = 5}
print(load("return y", "env", "t", env)())
print(load("y = 10; return y", "env", "t", env)(), env.y, y)
print(load("return 1", "x", "b"))
print(pcall(load("return 1", "x", "t")))
print(type(load(function() return nil end)))
local pieces, n = {"return ", 42}, 0
print(load(function() n = n + 1 return pieces[n] end)())
print(pcall(load, function() return {} end))
print(pcall(load, function() error("reader failed") end))
local g = load("local a, b = ... return b, a")
print(g("first", "second"))
print(load("return _ENV")() == _G)
print(pcall(load))
