-- A coroutine that fails after some yields is dead afterwards; its error keeps the right position.
local co = coroutine.create(function()
  coroutine.yield(1)
  coroutine.yield(2)
  local x = nil
  return x.field
end)
for i = 1, 5 do print(i, coroutine.resume(co)) end
print(coroutine.status(co))
