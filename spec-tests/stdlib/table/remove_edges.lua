-- table.remove at #t+1 and on empty tables with position 0 or #t.
local t = {1, 2, 3}
print(table.remove(t, 4), #t)
print(table.remove(t, 3), #t)
local e = {}
print(table.remove(e, 0), table.remove(e, #e), table.remove(e), #e)
local z = {[0] = "zero"}
print(table.remove(z, 0), z[0])
print(pcall(table.remove, {1}, 3))
