-- __index and __newindex loops are detected ("chain too long; possibly a loop").
local a, b = {}, {}
setmetatable(a, {__index = b})
setmetatable(b, {__index = a})
print(pcall(function() return a.x end))
local c, d = {}, {}
setmetatable(c, {__newindex = d})
setmetatable(d, {__newindex = c})
print(pcall(function() c.x = 1 end))
local self_loop = {}
setmetatable(self_loop, {__index = self_loop})
print(pcall(function() return self_loop.y end))
