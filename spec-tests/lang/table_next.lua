-- next/pairs: clearing and updating existing fields during traversal is allowed.
local t = {}
for i = 1, 10 do t["k" .. i] = i end
local sum, count = 0, 0
for k, v in pairs(t) do
  t[k] = v * 2 -- assigning an existing field
  count = count + 1
end
for k, v in pairs(t) do sum = sum + v end
print(count, sum)
for k in pairs(t) do t[k] = nil end -- clearing fields
print(next(t))
local arr = {1, 2, 3, 4, 5}
local seen = {}
for i, v in pairs(arr) do seen[#seen + 1] = i .. "=" .. v end
table.sort(seen)
print(table.concat(seen, " "))
print(pcall(next, {}, "nokey"))
print(next({}, nil), next({5}))
print(pcall(next))
print(pcall(next, 1))
-- pairs returns next
local f, s, init = pairs({})
print(f == next, type(s), init)
-- ipairs returns three values
local g, s2, i2 = ipairs({})
print(type(g), type(s2), i2)
-- sorted traversal of a hash
local h = {banana = 3, apple = 1, cherry = 2, [1] = "one", [2] = "two"}
local ks = {}
for k in pairs(h) do ks[#ks + 1] = tostring(k) end
table.sort(ks)
print(table.concat(ks, ","))
