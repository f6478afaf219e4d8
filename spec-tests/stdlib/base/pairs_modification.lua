-- Assigning nil to existing fields during pairs traversal is allowed and visits each key once.
local t = {}
for i = 1, 100 do t[i] = i end
for i = 1, 100 do t["s" .. i] = i end
local visited = 0
for k, v in pairs(t) do
  visited = visited + 1
  if type(k) == "number" and k % 2 == 0 then t[k] = nil end
  if type(k) == "string" then t[k] = v * 2 end
end
local n, sum = 0, 0
for k, v in pairs(t) do n = n + 1 sum = sum + v end
print(visited, n, sum)
