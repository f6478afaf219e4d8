-- __eq: only for two tables (or two userdata), result converted to boolean.
local calls = 0
local mt = {__eq = function(a, b) calls = calls + 1 return a.v == b.v end}
local a = setmetatable({v = 1}, mt)
local b = setmetatable({v = 1}, mt)
local c = setmetatable({v = 2}, mt)
print(a == b, a ~= b, a == c, a ~= c, calls)
print(a == a, calls) -- raw equality first
print(a == 1, a == "x", calls)
-- only one operand has __eq
local plain = {v = 1}
print(a == plain, plain == a, calls)
-- different __eq functions: the first operand's is used
local m1 = {__eq = function() return true end}
local m2 = {__eq = function() return false end}
local x, y = setmetatable({}, m1), setmetatable({}, m2)
print(x == y, y == x)
-- result is converted to boolean
local r = setmetatable({}, {__eq = function() return "yes" end})
local s = setmetatable({}, {__eq = function() return nil end})
print(r == {}, s == {}, r == s)
-- rawequal bypasses
print(rawequal(a, b), rawequal(a, a))
