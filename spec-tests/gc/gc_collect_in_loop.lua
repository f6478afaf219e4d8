-- Explicit collections inside a loop with live and dead data.
local live = {}
for i = 1, 50 do
  live[i] = {i}
  local garbage = {}
  for j = 1, 100 do garbage[j] = {j} end
  if i % 10 == 0 then collectgarbage() end
end
local s = 0
for _, v in ipairs(live) do s = s + v[1] end
print(s)
