-- error levels from methods and metamethods.
local obj = {}
function obj:check(x) if type(x) ~= "number" then error("number expected, got " .. type(x), 2) end return x end
print(pcall(function() return obj:check("s") end))
local mt = {__index = function(t, k) error("no such key: " .. k, 2) end}
local t = setmetatable({}, mt)
print(pcall(function() return t.missing end))
