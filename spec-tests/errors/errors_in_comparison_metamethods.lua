-- Errors raised inside __eq, __lt and __le propagate through the comparison.
local mt = {
  __eq = function() error("eq failed") end,
  __lt = function() error({kind = "lt"}) end,
  __le = function() error("le failed", 0) end,
}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(pcall(function() return a == b end))
local ok, e = pcall(function() return a < b end)
print(ok, e.kind)
print(pcall(function() return a <= b end))
