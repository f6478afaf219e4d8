-- coroutine.running identifies the current coroutine at every nesting level.
local main = coroutine.running()
local outer
outer = coroutine.create(function()
  local me = coroutine.running()
  local inner = coroutine.create(function()
    local me2, ismain = coroutine.running()
    return me2 ~= me, ismain, coroutine.status(me)
  end)
  return me == outer, coroutine.resume(inner)
end)
print(coroutine.resume(outer))
print(select(2, coroutine.running()), coroutine.status(main))
