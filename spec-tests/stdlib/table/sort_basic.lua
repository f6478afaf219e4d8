-- table.sort with default and custom comparators.
local t = {5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local s = {"pear", "apple", "fig", "banana", "Cherry"}
table.sort(s)
print(table.concat(s, " "))
table.sort(s, function(a, b) return #a < #b or (#a == #b and a < b) end)
print(table.concat(s, " "))
local mixed = {3, 1.5, -2, 2^53, -0.5, 1}
table.sort(mixed)
print(table.concat(mixed, " "))
local recs = {{n = "b", v = 2}, {n = "a", v = 2}, {n = "c", v = 1}}
table.sort(recs, function(x, y) if x.v ~= y.v then return x.v < y.v end return x.n < y.n end)
for _, r in ipairs(recs) do io.write(r.n, r.v, " ") end print()
local empty, one = {}, {1}
table.sort(empty) table.sort(one)
print(#empty, one[1])
print(pcall(table.sort, {1, "x", 2}))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {3, 2, 1}, 1))
local big = {}
for i = 1, 1000 do big[i] = (i * 7919) % 1009 end
table.sort(big)
local ok = true
for i = 2, #big do if big[i - 1] > big[i] then ok = false end end
print(ok, big[1], big[1000])
