-- table.move copies correctly for overlapping ranges in both directions.
local function seq(n) local t = {} for i = 1, n do t[i] = i end return t end
local a = seq(10)
table.move(a, 1, 7, 4)
print(table.concat(a, " "))
local b = seq(10)
table.move(b, 4, 10, 1)
print(table.concat(b, " "))
local c = seq(5)
table.move(c, 1, 5, 1)
print(table.concat(c, " "))
