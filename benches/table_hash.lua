-- Table-heavy work: array insert/lookup, string-keyed hash insert/lookup/delete.
local N = tonumber(arg and arg[1]) or 70000
local sum = 0
for round = 1, 3 do
  local arr = {}
  for i = 1, N do arr[i] = i * 2 end
  for i = 1, N do sum = sum + arr[i] end
  local h = {}
  for i = 1, N do h["k" .. (i % 50000)] = i end
  for i = 1, N, 3 do
    local v = h["k" .. (i % 50000)]
    if v then sum = sum + v end
  end
  for i = 1, N, 2 do h["k" .. (i % 50000)] = nil end
  local n = 0
  for _ in pairs(h) do n = n + 1 end
  sum = sum + n
  local ih = {}
  for i = 1, N do ih[i * 7919 % 1000003] = i end
  for i = 1, N do sum = sum + (ih[i] or 0) end
end
print(sum)
