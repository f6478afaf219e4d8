-- Generating permutations (lexicographic next-permutation) and combinations (recursive).
local function next_perm(a)
  local i = #a - 1
  while i >= 1 and a[i] >= a[i + 1] do i = i - 1 end
  if i < 1 then return false end
  local j = #a
  while a[j] <= a[i] do j = j - 1 end
  a[i], a[j] = a[j], a[i]
  local l, r = i + 1, #a
  while l < r do a[l], a[r] = a[r], a[l] l, r = l + 1, r - 1 end
  return true
end
local a, count = {1, 2, 3, 4}, 1
local firsts = {table.concat(a)}
while next_perm(a) do count = count + 1 if count <= 6 then firsts[#firsts + 1] = table.concat(a) end end
print(count, table.concat(firsts, " "), table.concat(a))
local function combos(n, k, start, cur, out)
  if #cur == k then out[#out + 1] = table.concat(cur) return out end
  for i = start, n do cur[#cur + 1] = i combos(n, k, i + 1, cur, out) cur[#cur] = nil end
  return out
end
local c = combos(5, 3, 1, {}, {})
print(#c, table.concat(c, " "))
