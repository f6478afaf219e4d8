-- Growing and shrinking arrays with table.insert/remove at the front (O(n) shifts).
local t = {}
for i = 1, 500 do table.insert(t, 1, i) end
print(#t, t[1], t[500])
for i = 1, 250 do table.remove(t, 1) end
print(#t, t[1], t[250])
for i = 1, 250 do table.remove(t) end
print(#t, t[1])
local q = {}
for i = 1, 10 do table.insert(q, (i % 3) + 1 <= #q + 1 and (i % 3) + 1 or #q + 1, i) end
print(table.concat(q, " "))
