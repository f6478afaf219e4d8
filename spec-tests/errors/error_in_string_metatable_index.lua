-- Errors raised by a custom __index on the string metatable.
local smt = getmetatable("")
local old = smt.__index
smt.__index = function(s, k) if string[k] then return string[k] end error("no string method '" .. tostring(k) .. "'", 2) end
print(pcall(function() return ("x"):nope() end))
print(("abc"):upper())
smt.__index = old
