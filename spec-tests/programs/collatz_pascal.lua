-- Collatz chain lengths and rows of Pascal's triangle.
local cache = {[1] = 1}
local function collatz(n)
  if cache[n] then return cache[n] end
  local next_n = n % 2 == 0 and n // 2 or 3 * n + 1
  local len = 1 + collatz(next_n)
  cache[n] = len
  return len
end
local best, best_n = 0, 0
for i = 1, 30000 do local l = collatz(i) if l > best then best, best_n = l, i end end
print(best_n, best)
local row = {1}
for n = 1, 12 do
  local nr = {1}
  for k = 2, n do nr[k] = row[k - 1] + row[k] end
  nr[n + 1] = 1
  row = nr
end
print(table.concat(row, " "))
