-- Yields from inside three nested pcalls, resuming back into each level.
local co = coroutine.create(function()
  local r1 = {pcall(function()
    local a = coroutine.yield("level 1")
    local r2 = {pcall(function()
      local b = coroutine.yield("level 2")
      local r3 = {pcall(function()
        local c = coroutine.yield("level 3")
        error("fail at " .. a .. b .. c, 0)
      end)}
      return table.unpack(r3)
    end)}
    return table.unpack(r2)
  end)}
  return table.unpack(r1)
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "A"))
print(coroutine.resume(co, "B"))
print(coroutine.resume(co, "C"))
