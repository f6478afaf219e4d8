-- A wrap function that yields while it is itself resumed from another coroutine.
local gen = coroutine.wrap(function()
  local inner = coroutine.wrap(function() coroutine.yield("inner-1") coroutine.yield("inner-2") end)
  coroutine.yield(inner())
  coroutine.yield(inner())
  coroutine.yield("outer-done")
end)
print(gen(), gen(), gen())
