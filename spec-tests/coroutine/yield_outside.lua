-- Yield from the main thread is an error.
print(pcall(coroutine.yield))
print(pcall(coroutine.yield, "value"))
local ok, e = pcall(function() coroutine.yield() end)
print(ok, e)
