-- next() on a pure array traverses keys 1..n in order in PUC Lua; checks only that all keys are seen.
local t = {"a", "b", "c", "d"}
local seen = {}
local k, v = next(t)
while k do seen[#seen + 1] = k .. v k, v = next(t, k) end
table.sort(seen)
print(table.concat(seen, " "), #seen)
