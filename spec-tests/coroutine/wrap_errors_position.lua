-- Error positions through coroutine.wrap: wrap adds the position of the wrap call for string errors.
local w = coroutine.wrap(function() error("inner msg") end)
local ok, e = pcall(w)
print(ok, e)
local w2 = coroutine.wrap(function() error("no pos", 0) end)
print(pcall(w2))
local w3 = coroutine.wrap(function() return 1 + nil end)
print(pcall(w3))
