-- table.insert and table.remove at every position, and their errors.
local t = {}
table.insert(t, "a")
table.insert(t, 1, "b")
table.insert(t, 2, "c")
table.insert(t, #t + 1, "d")
print(table.concat(t, ","), #t)
print(table.remove(t, 1), table.concat(t, ","))
print(table.remove(t), table.concat(t, ","))
print(table.remove(t, #t + 1), table.concat(t, ","))
print(table.remove({}), table.remove({}, 0), table.remove({}, 1))
print(pcall(table.insert, {1, 2}, 5, "x"))
print(pcall(table.insert, {1, 2}, 0, "x"))
print(pcall(table.insert, {1, 2}, -1, "x"))
print(pcall(table.remove, {1, 2}, 5))
print(pcall(table.remove, {1, 2}, -1))
print(pcall(table.insert, {}))
print(pcall(table.insert))
print(pcall(table.insert, {}, 1.5, "x"))
local z = {[0] = "zero"}
print(table.remove(z, 0), z[0])
local q = {1, 2, 3}
print(table.remove(q, 2), q[1], q[2], q[3])
local n = {n = 1}
table.insert(n, "v")
print(n[1], n.n)
