-- Resuming a coroutine from inside a metamethod running in the main thread.
local gen = coroutine.create(function() for i = 1, 3 do coroutine.yield(i * 11) end end)
local t = setmetatable({}, {__index = function(_, k) local _, v = coroutine.resume(gen) return k .. "=" .. tostring(v) end})
print(t.a, t.b, t.c, t.d)
