-- The main coroutine is "running" from itself and "normal" from inside a coroutine.
local main = coroutine.running()
local co = coroutine.create(function() return coroutine.status(main) end)
print(coroutine.status(main), coroutine.resume(co))
print(coroutine.resume(coroutine.running()))
