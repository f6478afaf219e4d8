-- table.concat with separators, ranges, numbers and errors.
local t = {1, 2, 3, "a", 4.5}
print(table.concat(t), table.concat(t, ", "), table.concat(t, "-", 2, 4), table.concat(t, "", 3, 2))
print(table.concat({}), table.concat({}, "x"), table.concat({"only"}, "x"))
print(table.concat(t, 1), table.concat({2^63, -0.0, 1e100}, " "))
print(pcall(table.concat, {1, {}, 3}))
print(pcall(table.concat, {1, 2}, ",", 1, 3))
print(pcall(table.concat, {true}))
print(pcall(table.concat, nil))
print(pcall(table.concat, {}, {}))
local big = {}
for i = 1, 1000 do big[i] = i end
print(#table.concat(big, ","))
local mt = setmetatable({}, {__index = function(_, i) return "v" .. i end})
print(table.concat(mt, ",", 1, 3))
