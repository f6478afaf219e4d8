-- Functions with thousands of distinct constants and a large table constructor.
local parts = {}
for i = 1, 3000 do parts[#parts + 1] = "t[" .. i .. "] = 'k" .. i .. "' .. " .. (i * 1.5) end
local src = "local t = {} " .. table.concat(parts, " ") .. " return t"
local t = load(src)()
print(#t, t[1], t[1500], t[3000])
local items = {}
for i = 1, 10000 do items[i] = tostring(i * 3) end
local big = load("return {" .. table.concat(items, ",") .. "}")()
print(#big, big[1], big[10000])
local keys = {}
for i = 1, 500 do keys[i] = "f" .. i .. " = " .. i end
local rec = load("return {" .. table.concat(keys, ", ") .. "}")()
print(rec.f1, rec.f250, rec.f500)
