local a, b, c
if 1 and a then b = 1 end
if a and 1 then b = 2 end
if 1 < a then b = 3 end
if "x" == a then b = 4 end
if a == nil or b == false or c == true then b = 5 end
x = x or {}
a.b.c = a.b.c or f()
local s = a .. f() .. b .. (c or "")
local function r1() return a and b end
local function r2() return not a end
local function r3() return a, f() end
local function r4() return (f()) end
local function r5(...) return select('#', ...), ... end
local n1, n2, n3, n4, n5 = - "2", -x^2, 2^-3, -2^2, - - 3
local inf, ninf, big = 1e309, -1e309, 9223372036854775808
local t = {..., 1}
local u = {f(), nil}
local v = {[f()] = g(), h()}
local w = a.b["c"].d:e(f():g()):h()
local y = #t + #"abc"
local z = "a" < "b"
local q = not (a == b)
local p = not (a < b) and not (a >= b)
local m = a ~= nil and a.b ~= nil and a.b.c
while a do
  if b then goto continue end
  do local k = 1; c = function() return k end end
  ::continue::
end
for i = #t, 1, -1 do t[i] = nil end
local e1 = a; local e2; local e3 = nil; local e4
e2, e4 = nil, nil
local o = {a = a, b = b, [1] = c, d = {e = {f = {}}}}
local self = {}
function self.method(...) return ... end
local ok, err = pcall(function() error("x") end)
return a == b
