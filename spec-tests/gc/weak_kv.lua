-- __mode = "kv": an entry goes when either side is collected.
local t = setmetatable({}, {__mode = "kv"})
local k1, v1 = {}, {}
t[k1] = v1
;(function() t[{}] = v1 t.s = {} end)()
collectgarbage()
collectgarbage()
local n = 0
for k, v in pairs(t) do n = n + 1 end
print(n, t[k1] == v1)
