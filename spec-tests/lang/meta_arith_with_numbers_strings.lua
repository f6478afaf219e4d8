-- Arithmetic metamethods are only consulted when operands are not numbers or numeric strings.
local mt = {__add = function(a, b) return "mm" end, __concat = function() return "cc" end}
local T = setmetatable({}, mt)
print("1" + 1, T + "1", "1" + T, "x" .. T)
print(pcall(function() return "x" + 1 end))
local str_mt = getmetatable("")
str_mt.__add = function(a, b) return "string __add" end
print(pcall(function() return "x" + 1 end))
print("10" + 1)
str_mt.__add = nil
