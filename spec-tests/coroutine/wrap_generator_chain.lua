-- A chain of 50 wrapped generators, each adding one to the values of the previous.
local function source() return coroutine.wrap(function() for i = 1, 5 do coroutine.yield(i) end end) end
local function plus_one(src) return coroutine.wrap(function() for v in src do coroutine.yield(v + 1) end end) end
local g = source()
for _ = 1, 50 do g = plus_one(g) end
local out = {}
for v in g do out[#out + 1] = v end
print(table.concat(out, " "))
