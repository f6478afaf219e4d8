-- table.sort on integers, strings, and with a Lua comparator.
local N = tonumber(arg and arg[1]) or 40000
local seed = 42
local function rand(m) seed = (seed * 1103515245 + 12345) % 2147483648 return seed % m end
local checksum = 0
for round = 1, 3 do
  local ints, strs, recs = {}, {}, {}
  for i = 1, N do
    ints[i] = rand(1000000)
    strs[i] = tostring(rand(1000000))
    recs[i] = {key = rand(1000), id = i}
  end
  table.sort(ints)
  table.sort(strs)
  table.sort(recs, function(a, b) if a.key ~= b.key then return a.key < b.key end return a.id < b.id end)
  checksum = (checksum + ints[1] + ints[N // 2] + ints[N] + #strs[N // 3] + recs[N // 2].id) % 1000000007
end
print(checksum)
