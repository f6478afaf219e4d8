-- next continues correctly after the current key is set to nil during traversal.
local t = {a = 1, b = 2, c = 3, d = 4, e = 5}
local seen = {}
for k in pairs(t) do seen[#seen + 1] = k t[k] = nil end
table.sort(seen)
print(table.concat(seen), next(t))
