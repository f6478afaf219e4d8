-- Independent closures from the same factory; closures sharing state; closures in tables.
local function make()
  local n = 0
  return {inc = function() n = n + 1 return n end, dec = function() n = n - 1 return n end, get = function() return n end}
end
local a, b = make(), make()
a.inc() a.inc() b.dec()
print(a.get(), b.get())
local fns = {}
for i = 1, 5 do
  local sq = i * i
  fns[i] = function(x) return x + sq end
end
local out = {}
for i, fn in ipairs(fns) do out[i] = fn(i) end
print(table.concat(out, " "))
-- closure capturing a loop variable from a while loop via a local copy
local k = 0
local caps = {}
while k < 3 do
  k = k + 1
  local copy = k
  caps[k] = function() return copy, k end
end
for i = 1, 3 do print(caps[i]()) end
