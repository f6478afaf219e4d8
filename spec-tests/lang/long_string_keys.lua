-- Equal strings built in different ways are the same table key, for short and long strings.
local t = {}
local long1 = string.rep("k", 60) .. "end"
local long2 = string.rep("k", 30) .. string.rep("k", 30) .. "e" .. "nd"
t[long1] = "long"
t["short"] = "s"
local short2 = ("sh" .. "ort")
print(t[long2], t[short2], long1 == long2, rawequal(long1, long2))
local keys = {}
for i = 1, 100 do keys[i] = ("x"):rep(i) end
local h = {}
for i, k in ipairs(keys) do h[k] = i end
local sum = 0
for i = 1, 100 do sum = sum + h[string.rep("x", i)] end
print(sum)
