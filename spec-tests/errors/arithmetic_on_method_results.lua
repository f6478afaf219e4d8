-- Arithmetic on nil results of calls and method calls (no variable name available).
local obj = {get = function() return nil end}
print(pcall(function() return obj:get() + 1 end))
print(pcall(function() return obj.get() * 2 end))
print(pcall(function() return (obj.missing or nil) - 1 end))
