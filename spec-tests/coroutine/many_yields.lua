-- A coroutine yielding many times in a loop.
local co = coroutine.wrap(function()
  for i = 1, 100000 do coroutine.yield(i) end
  return -1
end)
local sum = 0
for _ = 1, 100000 do sum = sum + co() end
print(sum, co())
