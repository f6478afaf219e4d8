local a, b, c = 1, 2
a, b = b, a
local t = { 1, 2, 3 }
t[1], t[2] = t[2], t[1]
local function two() return 1, 2 end
local x, y, z = two()
local p, q = (two())
print(a, b, c, x, y, z, p, q)
