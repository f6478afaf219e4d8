-- Yield from deep inside nested Lua calls and resume back into them.
local function descend(n)
  if n == 0 then
    local v = coroutine.yield("bottom")
    return v
  end
  return descend(n - 1) + 1
end
local co = coroutine.create(function() return descend(200) end)
print(coroutine.resume(co))
print(coroutine.resume(co, 1000))
local function nontail(n) if n == 0 then return coroutine.yield(n) end local r = nontail(n - 1) return r + 1 end
local co2 = coroutine.wrap(nontail)
print(co2(50), co2(0))
