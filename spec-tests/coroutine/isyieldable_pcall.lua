-- isyieldable inside pcall and metamethods within a coroutine, and in the main thread.
local co = coroutine.wrap(function()
  local a = coroutine.isyieldable()
  local _, b = pcall(coroutine.isyieldable)
  local t = setmetatable({}, {__index = function() return coroutine.isyieldable() end})
  return a, b, t.x
end)
print(co())
print(coroutine.isyieldable(), pcall(coroutine.isyieldable))
