-- table.unpack with explicit ranges, negative indices, and on strings-as-tables errors.
local t = {"a", "b", "c", [-1] = "neg", [0] = "zero"}
print(table.unpack(t, -1, 1))
print(table.unpack(t, 2, 3))
print(table.unpack(t, 3))
print(pcall(table.unpack, "abc"))
print(table.unpack({}, 1, 0))
