-- table.concat with i/j ranges including out-of-range errors and empty ranges.
local t = {"a", "b", "c", "d"}
print(table.concat(t, "-", 2), table.concat(t, "-", 2, 3), table.concat(t, "-", 4, 4), table.concat(t, "-", 5))
print(pcall(table.concat, t, "-", 0))
print(pcall(table.concat, t, "-", 1, 5))
print(table.concat(t, "-", 3, 1) == "")
