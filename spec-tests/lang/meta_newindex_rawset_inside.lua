-- __newindex that stores with rawset; subsequent writes bypass the metamethod.
local calls = 0
local t = setmetatable({}, {__newindex = function(tbl, k, v) calls = calls + 1 rawset(tbl, k, v) end})
t.a = 1
t.a = 2
t.b = 3
t.a = nil
t.a = 4
print(calls, t.a, t.b)
