-- Calling a finished wrap function raises "cannot resume dead coroutine" with a position.
local f = coroutine.wrap(function() return "only once" end)
print(f())
local ok, e = pcall(f)
print(ok, e)
local ok2, e2 = pcall(function() return f() end)
print(ok2, e2)
