-- __index as a table, as a function, and chains of them.
local base = {a = 1, b = 2}
local mid = setmetatable({b = 20, c = 30}, {__index = base})
local top = setmetatable({}, {__index = mid})
print(top.a, top.b, top.c, top.d, rawget(top, "a"))
local calls = {}
local f = setmetatable({}, {__index = function(t, k)
  calls[#calls + 1] = tostring(k)
  if k == "dyn" then return "computed" end
  return nil
end})
print(f.dyn, f.missing, f[1], f[true])
print(table.concat(calls, ","))
-- the __index function receives the original table
local proxy
proxy = setmetatable({}, {__index = function(t, k) return t == proxy, k end})
print(proxy.x)
-- present keys never hit __index
local hit = 0
local t = setmetatable({x = false}, {__index = function() hit = hit + 1 return "mm" end})
print(t.x, t.y, hit)
-- __index on strings via the string metatable
print(type(("abc").len), ("abc"):upper(), #getmetatable("").__index == nil)
-- a long chain
local obj = {}
local cur = obj
for i = 1, 50 do
  local nxt = {}
  setmetatable(cur, {__index = nxt})
  cur = nxt
end
cur.deep = "found"
print(obj.deep)
-- __index that is not a table or function
local bad = setmetatable({}, {__index = 5})
print(pcall(function() return bad.x end))
