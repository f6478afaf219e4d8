-- Function definition forms: global, local, fields, methods, nested fields, anonymous.
function globalfn() return "global" end
local function localfn() return "local" end
local t = {a = {b = {}}}
function t.a.b.c() return "nested field" end
function t.a.b:m() return self == t.a.b end
t.anon = function(...) return select("#", ...) end
print(globalfn(), localfn(), t.a.b.c(), t.a.b:m(), t.anon(1, 2))
print(type(globalfn), rawget(_G, "localfn"))
-- redefinition
function globalfn() return "redefined" end
print(globalfn())
-- functions are values
local ops = {add = function(a, b) return a + b end, ["sub"] = function(a, b) return a - b end}
print(ops.add(1, 2), ops["sub"](5, 3))
-- immediately invoked
print((function(x) return x * x end)(7))
-- parameter count mismatches
local function three(a, b, c) return a, b, c end
print(three(1))
print(three(1, 2, 3, 4))
