-- __unm and __bnot receive the operand twice.
local mt = {
  __unm = function(a, b) return "unm", rawequal(a, b) end,
  __bnot = function(a, b) return "bnot", rawequal(a, b) end,
}
local t = setmetatable({}, mt)
print(-t, ~t)
local x = -t
print(x)
print(pcall(function() return -setmetatable({}, {}) end))
print(pcall(function() return ~setmetatable({}, {}) end))
-- strings convert for unary minus
print(-"3", -"0x10", pcall(function() return ~"3" end))
