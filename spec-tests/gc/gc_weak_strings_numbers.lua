-- Non-collectable keys/values (strings, numbers, booleans) are never removed from weak tables.
local t = setmetatable({}, {__mode = "kv"})
t.a = "x" .. "y"
t[1] = 2
t[true] = false
t[3.5] = "float"
collectgarbage()
collectgarbage()
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(keys)
print(table.concat(keys, " "))
