-- Passing hundreds of values through resume and yield.
local t = {}
for i = 1, 300 do t[i] = i end
local co = coroutine.create(function(...)
  local n = select("#", ...)
  local back = table.pack(coroutine.yield(n, ...))
  return back.n, back[1], back[back.n]
end)
local r = table.pack(coroutine.resume(co, table.unpack(t)))
print(r.n, r[1], r[2], r[3], r[r.n])
print(coroutine.resume(co, table.unpack(t, 1, 250)))
