-- table.move: overlapping ranges, other tables, errors.
local function show(t, n) local o = {} for i = 1, n do o[i] = tostring(t[i]) end return table.concat(o, " ") end
local t = {1, 2, 3, 4, 5}
table.move(t, 1, 3, 2)
print(show(t, 5))
t = {1, 2, 3, 4, 5}
table.move(t, 2, 5, 1)
print(show(t, 5))
local dst = {}
print(table.move({1, 2, 3}, 1, 3, 1, dst) == dst, show(dst, 3))
print(show(table.move({1, 2, 3}, 1, 0, 1, {"x"}), 1))
print(show(table.move({1, 2, 3}, 2, 3, 5), 6))
print(pcall(table.move, {}, 1, math.maxinteger, 2))
print(pcall(table.move, {}, -1, math.maxinteger, 2))
print((pcall(table.move, {1}, 1, 1, math.maxinteger)))
print(pcall(table.move, 1, 1, 1, 1))
print(pcall(table.move, {}, 1, 1, 1, 5))
local log = {}
local src = setmetatable({}, {__index = function(_, k) log[#log + 1] = "get" .. k return k end})
local d2 = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = "set" .. k rawset(t, k, v) end})
table.move(src, 1, 3, 1, d2)
print(table.concat(log, " "))
