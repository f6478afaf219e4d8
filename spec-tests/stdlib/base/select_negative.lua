-- select with negative and boundary indices.
for i = -3, 4 do print(i, pcall(select, i, "a", "b", "c")) end
print(pcall(select, -4, "a", "b", "c"))
print(select(math.maxinteger, 1))
print(pcall(select, math.mininteger, 1))
