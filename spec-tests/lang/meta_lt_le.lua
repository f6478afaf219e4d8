-- __lt and __le, including the 5.3 fallback of __le to not __lt(b, a).
local log = {}
local mt = {
  __lt = function(a, b) log[#log + 1] = "lt" return a.v < b.v end,
  __le = function(a, b) log[#log + 1] = "le" return a.v <= b.v end,
}
local function V(v) return setmetatable({v = v}, mt) end
print(V(1) < V(2), V(2) < V(1), V(1) <= V(1), V(2) <= V(1))
print(V(1) > V(2), V(2) >= V(1))
print(table.concat(log, ","))
log = {}
-- only __lt: a <= b is evaluated as not (b < a)
local onlylt = {__lt = function(a, b) log[#log + 1] = "lt" return a.v < b.v end}
local function W(v) return setmetatable({v = v}, onlylt) end
print(W(1) <= W(2), W(2) <= W(1), W(1) >= W(1))
print(table.concat(log, ","))
-- mixed operands: metamethod of either operand
print(pcall(function() return V(1) < 2 end))
local mixed = setmetatable({}, {__lt = function(a, b) return type(a) == "number" end})
print(1 < mixed, mixed < 1)
-- results converted to boolean
local r = setmetatable({}, {__lt = function() return 0 end, __le = function() return nil end})
print(r < r, r <= r)
-- no metamethod
print(pcall(function() return {} < {} end))
print(pcall(function() return {} <= {} end))
print(pcall(function() return setmetatable({}, {__lt = function() return true end}) <= {} end))
