-- os.exit from inside nested calls and a coroutine exits immediately with the code.
local function deep(n) if n == 0 then os.exit(7) end deep(n - 1) end
print("start")
coroutine.wrap(function() deep(10) end)()
print("never")
