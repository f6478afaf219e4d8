-- Float and integer loop variables used as table indices hit the same slots.
local t = {}
for i = 1, 5 do t[i] = i end
local sum = 0
for x = 1.0, 5.0 do sum = sum + t[x] end
print(sum)
for x = 0.5, 5, 0.5 do t[x] = (t[x] or 0) + 1 end
local keys = {}
for k in pairs(t) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, " "), t[1], t[2.0], t[2.5])
