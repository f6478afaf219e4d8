-- Tables that refer to themselves and each other.
local t = {}
t.self = t
t.list = {t, t}
print(t.self.self.self == t, t.list[2].list[1] == t)
local a, b = {}, {}
a.b, b.a = b, a
print(a.b.a.b.a == a)
local n = 0
local cur = t
while cur.self ~= cur or n < 3 do n = n + 1 cur = cur.self if n > 10 then break end end
print(n)
