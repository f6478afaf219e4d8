-- table functions through __index/__newindex/__len proxies, and sort with __lt.
local store = {5, 3, 8, 1}
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) return store[k] end,
  __newindex = function(_, k, v) log[#log + 1] = k store[k] = v end,
  __len = function() return #store end,
})
table.sort(proxy)
print(table.concat(store, " "), #log > 0)
table.insert(proxy, 9)
table.insert(proxy, 1, 0)
print(table.concat(store, " "))
print(table.remove(proxy), table.remove(proxy, 1), table.concat(store, " "))
print(table.concat(proxy, ","), table.unpack(proxy, 1, 2))
local dst = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v * 10) end})
table.move(proxy, 1, 3, 1, dst)
print(dst[1], dst[2], dst[3])
local V = {}
V.__lt = function(a, b) return a.v < b.v end
local vs = {}
for i, x in ipairs({4, 2, 9, 1, 7}) do vs[i] = setmetatable({v = x}, V) end
table.sort(vs)
for _, o in ipairs(vs) do io.write(o.v, " ") end print()
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {1, "x"}))
print(pcall(table.insert, {}, 1, 2, 3), pcall(table.insert, {}, 5, 1), pcall(table.insert, nil, 1))
print(pcall(table.concat, setmetatable({}, {__len = function() return "x" end})))
print(pcall(table.unpack, {}, 1, 1e8))
print(pcall(table.move, {}, 1, math.maxinteger, 2))
print(select("#", table.unpack({1, nil, 3})), table.pack().n)
local big = {}
for i = 1, 300 do big[i] = (i * 7919) % 301 end
table.sort(big, function(a, b) return a > b end)
local ok = true
for i = 2, 300 do if big[i - 1] < big[i] then ok = false end end
print(ok, big[1], big[300])
