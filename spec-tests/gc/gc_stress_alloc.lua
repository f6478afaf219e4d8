-- Many short-lived allocations with a running collector.
local sum = 0
for i = 1, 50000 do
  local t = {i, tostring(i), {i}}
  sum = sum + t[1] + #t[2] + t[3][1]
end
print(sum)
local s = ""
for i = 1, 2000 do s = s .. "x" end
print(#s)
local parts = {}
for i = 1, 20000 do parts[i] = string.rep("ab", i % 10) end
print(#table.concat(parts))
