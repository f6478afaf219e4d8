-- __eq with different metatables: the first operand's __eq is tried, then the second's (5.3).
local log = {}
local m1 = {__eq = function() log[#log + 1] = "m1" return true end}
local m2 = {__eq = function() log[#log + 1] = "m2" return false end}
local a, b = setmetatable({}, m1), setmetatable({}, m2)
print(a == b, b == a)
local plain = {}
print(plain == a, a == plain)
print(table.concat(log, " "))
