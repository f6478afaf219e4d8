local a, b, c = {}, {}, 1
a[b], b = 1, 2
a.x, a = 1, 2
local i = 1
i, a[i] = i + 1, 20
a[i], i = 20, i + 1
x, y, z = 1
x, y = 1, 2, 3
local d, e = f()
local g, h, k = 1, f()
a.b, c = f()
local function up()
  a[c], c = 1, 2
  a, a.x = 1, 2
  c = c + 1
end
local m = #a + -b
local n = not not a
local o = a == nil
local p = nil == a
local q = a ~= 1 and b ~= "x"
local r = (a)
local s = ((a.b))
local u = f() or g()
local v = a and f()
