-- Metamethods are looked up raw in the metatable: a metatable's own metatable is not consulted.
local proto = {__index = function() return "from meta-meta" end}
local mt = setmetatable({}, proto)
local t = setmetatable({}, mt)
print(t.anything, mt.__index)
local mt2 = setmetatable({}, {__index = {__add = function() return "found" end}})
local u = setmetatable({}, mt2)
print(pcall(function() return u + 1 end))
