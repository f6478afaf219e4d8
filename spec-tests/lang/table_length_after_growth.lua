-- # on tables built in different ways (all proper sequences).
local a = {}
for i = 1, 17 do a[i] = i end
local b = {table.unpack(a)}
local c = {}
for i = 17, 1, -1 do c[i] = i end
local d = {}
for i = 1, 17 do d[#d + 1] = i end
local e = table.pack(table.unpack(a))
print(#a, #b, #c, #d, #e, e.n)
