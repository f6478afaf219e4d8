local a, b, c = 1, 2.5, "s"
local d
local e, f = nil, nil
x = a + b * c - 1
y = -a, not b, #c, ~a
local t = {1, 2, 3, x = 1, ["y"] = 2, [3 + 1] = a}
t.x = t.y
t[a] = t[b]
print(a .. b .. c)
print(a == b, a ~= b, a < b, a <= b, a > b, a >= b)
local g = a and b or c
local h = (a or b) and c
x, y = y, x
a, b, c = f()
local i = 1 // 0
local j = 1 % 0
local k = 3 // 0.0
local l = 2 ^ 63
local m = -0.0
local n = 1 / 0
local o = math.mininteger // -1
local p = 7 // 2, 7.5 // 2, -7 % 3, 1 << 63, 1 >> 1, 3 & 5 | 6 ~ 1, ~5
local q = 1.5 | 1
local r = "a" .. "b" .. 1 .. 2
return a, b, c
