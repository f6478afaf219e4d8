-- __newindex as a table and as a function; rawset bypass.
local store = {}
local t = setmetatable({}, {__newindex = store})
t.a = 1
print(rawget(t, "a"), store.a)
local log = {}
local u = setmetatable({existing = 1}, {__newindex = function(tbl, k, v)
  log[#log + 1] = tostring(k) .. "=" .. tostring(v)
  rawset(tbl, k, v * 2)
end})
u.x = 5
u.existing = 10
u.x = 7
print(u.x, u.existing, table.concat(log, " "))
rawset(u, "y", 3)
print(u.y, #log)
-- chain of __newindex tables
local inner = {}
local middle = setmetatable({}, {__newindex = inner})
local outer = setmetatable({}, {__newindex = middle})
outer.k = "v"
print(rawget(outer, "k"), rawget(middle, "k"), inner.k)
-- __newindex with __index together (read-only proxy)
local function readonly(tbl)
  return setmetatable({}, {
    __index = tbl,
    __newindex = function(_, k) error("attempt to update a read-only table (" .. tostring(k) .. ")", 2) end,
  })
end
local ro = readonly({v = 1})
print(ro.v, pcall(function() ro.v = 2 end))
-- assigning nil through __newindex
local seen
local n = setmetatable({}, {__newindex = function(_, k, v) seen = {k, v} end})
n.z = nil
print(seen[1], seen[2])
