-- Calling functions with thousands of arguments and returning thousands of results.
local t = {}
for i = 1, 5000 do t[i] = i end
local function count(...) return select("#", ...) end
local function sum(...) local s = 0 for i = 1, select("#", ...) do s = s + (select(i, ...)) end return s end
print(count(table.unpack(t)), sum(table.unpack(t, 1, 1000)))
local function ret() return table.unpack(t) end
local r = {ret()}
print(#r, r[5000])
print(math.max(table.unpack(t)), string.char(table.unpack({72, 105})))
