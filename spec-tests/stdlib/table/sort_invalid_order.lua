-- table.sort with an inconsistent comparator raises "invalid order function for sorting" (or not).
local t = {}
for i = 1, 100 do t[i] = i % 7 end
local ok, err = pcall(table.sort, t, function(a, b) return true end)
print(ok, err)
local ok2 = pcall(table.sort, {1, 2, 3}, function(a, b) return a <= b end)
print(type(ok2))
