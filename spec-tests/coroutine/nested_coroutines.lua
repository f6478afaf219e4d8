-- Coroutines resuming coroutines; yields go to the direct resumer.
local inner = coroutine.create(function()
  coroutine.yield("inner 1")
  coroutine.yield("inner 2")
  return "inner done"
end)
local outer = coroutine.create(function()
  while true do
    local ok, v = coroutine.resume(inner)
    if coroutine.status(inner) == "dead" then return "outer done: " .. tostring(v) end
    coroutine.yield("outer got " .. v)
  end
end)
for i = 1, 4 do print(coroutine.resume(outer)) end
-- deep nesting
local function nest(n)
  if n == 0 then return coroutine.yield("bottom") end
  local co = coroutine.create(nest)
  local ok, v = coroutine.resume(co, n - 1)
  return v .. "<" .. n
end
print(nest(50):sub(1, 40))
