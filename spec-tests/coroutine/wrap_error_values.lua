-- coroutine.wrap re-raises non-string errors unchanged and adds position info to strings only.
local t = {}
print(select(2, pcall(coroutine.wrap(function() error(t) end))) == t)
print(pcall(coroutine.wrap(function() error(42) end)))
print(pcall(coroutine.wrap(function() error(nil) end)))
print(pcall(coroutine.wrap(function() error("s", 0) end)))
