-- a > b is evaluated as b < a, and a >= b as b <= a: metamethods see swapped operands.
local log = {}
local mt = {
  __lt = function(x, y) log[#log + 1] = "lt(" .. x.n .. "," .. y.n .. ")" return x.n < y.n end,
  __le = function(x, y) log[#log + 1] = "le(" .. x.n .. "," .. y.n .. ")" return x.n <= y.n end,
}
local a, b = setmetatable({n = "a"}, mt), setmetatable({n = "b"}, mt)
local _ = a < b, a > b, a <= b, a >= b
print(table.concat(log, " "))
local nlog = {}
local m2 = {__lt = function(x, y) nlog[#nlog + 1] = type(x) .. "<" .. type(y) return true end}
local t = setmetatable({}, m2)
local _ = 1 < t, t < 1, 1 > t, t > 1
print(table.concat(nlog, " "))
