-- Weak tables work with __mode set through a shared metatable.
local weakmt = {__mode = "k"}
local a = setmetatable({}, weakmt)
local b = setmetatable({}, weakmt)
;(function() a[{}] = 1 b[{}] = 2 end)()
local k = {}
a[k] = 3
collectgarbage()
collectgarbage()
local n = 0
for _ in pairs(a) do n = n + 1 end
for _ in pairs(b) do n = n + 1 end
print(n, a[k])
