-- Arguments, table constructor items and binary operands are evaluated left to right.
local log = {}
local function v(x) log[#log + 1] = tostring(x) return x end
local function f(...) return select("#", ...) end
f(v(1), v(2), v(3))
local t = {v("a"), v("b"), k = v("c"), v("d")}
local s = v(10) + v(20) * v(30)
local c = v("x") .. v("y") .. v("z")
local b = v(1) < v(2)
local m = {}
m[v("key")] = v("value")
print(table.concat(log, " "))
