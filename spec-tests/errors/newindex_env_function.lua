-- Errors from a __newindex on _ENV point at the assignment.
local env = setmetatable({}, {__newindex = function(_, k) error("global '" .. k .. "' is read-only", 2) end, __index = _G})
local f = load("x = 1", "=readonly", "t", env)
print(pcall(f))
local g = load("local y = 1 return y", "=readonly", "t", env)
print(pcall(g))
