-- Errors raised inside sort comparators propagate; invalid comparator argument types.
print(pcall(table.sort, {3, 2, 1}, function(a, b) error("cmp failed") end))
print(pcall(table.sort, {3, 2, 1}, function(a, b) return a.x < b.x end))
print(pcall(table.sort, {3, 2, 1}, "notafunction"))
print(pcall(table.sort, "notatable"))
local t = {5, 3, 1}
table.sort(t, nil)
print(table.concat(t, " "))
