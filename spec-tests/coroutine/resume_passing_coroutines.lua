-- Coroutines passed as values through yields and resumed by others (symmetric transfer emulation).
local log = {}
local a, b
a = coroutine.create(function()
  for i = 1, 3 do log[#log + 1] = "a" .. i coroutine.yield(b) end
end)
b = coroutine.create(function()
  for i = 1, 3 do log[#log + 1] = "b" .. i coroutine.yield(a) end
end)
local current = a
for _ = 1, 6 do
  local ok, nxt = coroutine.resume(current)
  current = nxt
end
print(table.concat(log, " "), coroutine.status(a), coroutine.status(b))
