-- Sorting distinct integers and floats together, including huge values (equal elements would make the order of ties visible).
local t = {3, -1.5, 2^60, -2^62, 0, 0.5, 1e300, -1e300, 7, 7.5, math.maxinteger, math.mininteger}
table.sort(t)
local out = {}
for i, v in ipairs(t) do out[i] = tostring(v) end
print(table.concat(out, " "))
