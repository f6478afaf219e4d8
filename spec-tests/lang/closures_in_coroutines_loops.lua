-- Closures created inside coroutines capture per-iteration locals across yields.
local fs = {}
local co = coroutine.wrap(function()
  for i = 1, 3 do
    local v = i
    fs[i] = function() return v end
    coroutine.yield()
    v = v * 10
  end
end)
co() co() co()
print(fs[1](), fs[2](), fs[3]())
co()
print(fs[3]())
