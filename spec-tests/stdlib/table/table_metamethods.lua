-- Table library functions respect __index/__newindex/__len (5.3).
local log = {}
local backing = {}
local proxy = setmetatable({}, {
  __index = function(_, k) return backing[k] end,
  __newindex = function(_, k, v) log[#log + 1] = tostring(k) backing[k] = v end,
  __len = function() return #backing end,
})
table.insert(proxy, "a")
table.insert(proxy, "b")
table.insert(proxy, 1, "c")
print(table.concat(backing, ","), table.concat(log, ","))
print(table.remove(proxy), table.concat(backing, ","))
table.sort(proxy)
print(table.concat(backing, ","))
print(table.concat(proxy, "+"), table.unpack(proxy))
