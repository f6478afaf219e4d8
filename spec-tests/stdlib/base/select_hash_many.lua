-- select('#') and select(n) over many arguments produced by table.unpack.
local t = {}
for i = 1, 300 do t[i] = i end
print(select("#", table.unpack(t)), select(300, table.unpack(t)), select(-1, table.unpack(t)), (select(150, table.unpack(t))))
