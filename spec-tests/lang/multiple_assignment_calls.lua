-- Multiple assignment with calls on the right side; only the last call expands.
local function two() return 1, 2 end
local a, b, c, d = two(), two()
print(a, b, c, d)
local e, f, g = two(), 10, two()
print(e, f, g)
local t = {}
t.x, t.y, t.z = two()
print(t.x, t.y, t.z)
