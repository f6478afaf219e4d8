-- Multiple assignment: all expressions are evaluated before assignment; extra values discarded.
local a, b, c = 1, 2
print(a, b, c)
a, b = b, a
print(a, b)
local t = {1, 2, 3}
local i = 1
i, t[i] = i + 1, 20
print(i, t[1], t[2])
local x, y = (function() return 1, 2, 3 end)()
print(x, y)
local p, q, r = (function() return 1, 2, 3 end)(), 10
print(p, q, r)
local f = function() return "a", "b" end
local m = {f(), f()}
print(#m, m[1], m[2], m[3])
-- swaps inside tables
local s = {1, 2}
s[1], s[2] = s[2], s[1]
print(s[1], s[2])
-- assignment through metamethod order is observable only in values, not order
local u = {}
u.x, u.y, u.z = 1
print(u.x, u.y, u.z)
local g1, g2
g1, g2 = 5, 6, 7
print(g1, g2)
-- right side evaluated before the left side indexes
local arr = {}
local idx = 1
arr[idx], idx = "first", 2
print(arr[1], arr[2], idx)
