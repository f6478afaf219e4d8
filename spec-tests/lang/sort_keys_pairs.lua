-- Iterating a hash and printing sorted results; counts and sums are order-independent.
local t = {}
for i = 1, 1000 do t["key" .. i] = i end
for i = 1, 500 do t[i] = i end
local n, sum = 0, 0
for k, v in pairs(t) do n = n + 1 sum = sum + v end
print(n, sum)
local keys = {}
for k in pairs({x = 1, y = 2, z = 3, [1] = "a", [2] = "b"}) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, ","))
