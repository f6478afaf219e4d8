-- error() with non-string values: tables, nil, numbers, booleans; position added only to strings.
local t = {code = 42}
local ok, e = pcall(error, t)
print(ok, e == t, e.code)
print(pcall(error))
print(pcall(error, nil))
print(pcall(error, 42))
print(pcall(error, 4.5))
print(pcall(error, true))
print(pcall(error, "msg"))
print(pcall(error, "msg", 0))
print(pcall(function() error("in function") end))
print(pcall(function() error("level 0", 0) end))
print(pcall(function() error(42) end))
print(pcall(function() error({}) end) == false)
local ok2, e2 = pcall(function() error(setmetatable({}, {__tostring = function() return "custom" end})) end)
print(ok2, tostring(e2))
-- error objects pass through nested pcall unchanged
local obj = {}
local ok3, e3 = pcall(function()
  local ok4, e4 = pcall(error, obj)
  error(e4)
end)
print(ok3, e3 == obj)
