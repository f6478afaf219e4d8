-- Suspended coroutines that are never finished are simply collected.
local n = 0
for i = 1, 100 do
  local co = coroutine.create(function() coroutine.yield(i) n = n + 1 end)
  coroutine.resume(co)
end
collectgarbage()
collectgarbage()
print(n)
print(coroutine.close == nil)
