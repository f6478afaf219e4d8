-- An upvalue shared between the main chunk and a coroutine reflects writes from both sides.
local shared = 0
local co = coroutine.wrap(function()
  while true do shared = shared + 1 local v = coroutine.yield(shared) shared = shared + v end
end)
print(co())
shared = shared + 100
print(co(10), shared)
