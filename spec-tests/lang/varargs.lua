-- Varargs: select, table.pack, ... in the middle vs at the end.
local function count(...) return select("#", ...) end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil))
local function pass(...) return ... end
print(pass(1, 2, 3))
print((pass(1, 2, 3)))
print(pass(1, 2), pass(3, 4))
print(({pass(1, 2, 3)})[3], ({pass(1, 2, 3), 4})[2])
local t = {pass(1, 2, 3), pass(4, 5, 6)}
print(#t, t[1], t[2], t[3], t[4])
local p = table.pack(pass(nil, 2, nil))
print(p.n, p[1], p[2], p[3])
print(select(2, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(pcall(select, -4, "a", "b", "c"))
print(pcall(select, 0, "a"))
print(select(5, "a", "b"))
print(select("#"))
local function tail(...) return select("#", ...), ... end
print(tail(nil, nil, nil))
-- varargs in the main chunk
print(select("#", ...), ...)
-- varargs stored in locals
local function locals(...)
  local a, b, c = ...
  return a, b, c
end
print(locals(1))
print(locals(1, 2, 3, 4))
-- ... in arithmetic uses the first value only
local function first(...) return ... + 1 end
print(first(1, 100))
-- many values
local big = {}
for i = 1, 250 do big[i] = i end
print(select("#", table.unpack(big)), (select(250, table.unpack(big))))
print(string.format("%d %d", pass(7, 8, 9)))
