-- Sorting with many equal keys yields a sorted result (order of ties not printed).
local t = {}
for i = 1, 500 do t[i] = {k = i % 5, id = i} end
table.sort(t, function(a, b) return a.k < b.k end)
local ok = true
for i = 2, #t do if t[i - 1].k > t[i].k then ok = false end end
local counts = {}
for _, v in ipairs(t) do counts[v.k] = (counts[v.k] or 0) + 1 end
print(ok, counts[0], counts[1], counts[4])
local same = {}
for i = 1, 100 do same[i] = 1 end
table.sort(same)
print(#same, same[1], same[100])
local rev = {}
for i = 1, 1000 do rev[i] = 1001 - i end
table.sort(rev)
print(rev[1], rev[500], rev[1000])
