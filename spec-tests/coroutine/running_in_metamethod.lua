-- coroutine.running and isyieldable inside a metamethod called from a coroutine.
local co
local t = setmetatable({}, {__index = function() local c, ismain = coroutine.running() return c == co, ismain, coroutine.isyieldable() end})
co = coroutine.create(function() return t.anything end)
print(coroutine.resume(co))
print(t.anything)
