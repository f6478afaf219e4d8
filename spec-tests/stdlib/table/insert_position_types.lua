-- table.insert accepts integral floats and numeric strings as positions.
local t = {1, 2, 3}
table.insert(t, 2.0, "x")
table.insert(t, "1", "y")
print(table.concat(t, ","))
print(pcall(table.insert, t, "x", 1))
print(pcall(table.insert, t, 2.5, 1))
