-- isyieldable is false inside a table.sort comparator even when running inside a coroutine.
local f = coroutine.wrap(function()
  local seen
  table.sort({3, 1, 2}, function(a, b) seen = coroutine.isyieldable() return a < b end)
  return seen, coroutine.isyieldable()
end)
print(f())
