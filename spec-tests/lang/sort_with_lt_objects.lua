-- table.sort without a comparator uses __lt on objects.
local V = {}
V.__index = V
V.__lt = function(a, b) return a.v < b.v end
V.__tostring = function(s) return "V" .. s.v end
local list = {}
for _, v in ipairs({5, 3, 9, 1, 7}) do list[#list + 1] = setmetatable({v = v}, V) end
table.sort(list)
local out = {}
for i, x in ipairs(list) do out[i] = tostring(x) end
print(table.concat(out, " "))
print(pcall(table.sort, {setmetatable({v = 1}, V), {v = 2}}))
