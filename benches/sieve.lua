-- Sieve of Eratosthenes: boolean array writes and reads.
local N = tonumber(arg and arg[1]) or 2000000
local count = 0
for round = 1, 3 do
  local composite = {}
  for i = 2, N do composite[i] = false end
  count = 0
  for i = 2, N do
    if not composite[i] then
      count = count + 1
      for j = i * i, N, i do composite[j] = true end
    end
  end
end
print(count)
