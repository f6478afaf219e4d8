-- Several sorting algorithms agree with table.sort.
local function lcg(seed) return function() seed = (seed * 1103515245 + 12345) % 2147483648 return seed % 1000 end end
local function copy(t) local c = {} for i = 1, #t do c[i] = t[i] end return c end
local function bubble(t) for i = #t, 2, -1 do for j = 1, i - 1 do if t[j] > t[j + 1] then t[j], t[j + 1] = t[j + 1], t[j] end end end return t end
local function insertion(t) for i = 2, #t do local v, j = t[i], i - 1 while j >= 1 and t[j] > v do t[j + 1] = t[j] j = j - 1 end t[j + 1] = v end return t end
local function merge(t)
  if #t <= 1 then return t end
  local mid = #t // 2
  local a, b = {}, {}
  for i = 1, mid do a[#a + 1] = t[i] end
  for i = mid + 1, #t do b[#b + 1] = t[i] end
  a, b = merge(a), merge(b)
  local r, i, j = {}, 1, 1
  while i <= #a and j <= #b do if a[i] <= b[j] then r[#r + 1] = a[i] i = i + 1 else r[#r + 1] = b[j] j = j + 1 end end
  for k = i, #a do r[#r + 1] = a[k] end
  for k = j, #b do r[#r + 1] = b[k] end
  return r
end
local function quick(t, lo, hi)
  lo, hi = lo or 1, hi or #t
  if lo < hi then
    local p, i = t[hi], lo - 1
    for j = lo, hi - 1 do if t[j] <= p then i = i + 1 t[i], t[j] = t[j], t[i] end end
    t[i + 1], t[hi] = t[hi], t[i + 1]
    quick(t, lo, i) quick(t, i + 2, hi)
  end
  return t
end
local function heap(t)
  local n = #t
  local function sift(i, m)
    while true do
      local l, r, big = 2 * i, 2 * i + 1, i
      if l <= m and t[l] > t[big] then big = l end
      if r <= m and t[r] > t[big] then big = r end
      if big == i then return end
      t[i], t[big] = t[big], t[i]
      i = big
    end
  end
  for i = n // 2, 1, -1 do sift(i, n) end
  for m = n, 2, -1 do t[1], t[m] = t[m], t[1] sift(1, m - 1) end
  return t
end
local r = lcg(7)
local data = {}
for i = 1, 300 do data[i] = r() end
local ref = copy(data) table.sort(ref)
local expect = table.concat(ref, ",")
for name, f in pairs({bubble = bubble, insertion = insertion, merge = merge, quick = quick, heap = heap}) do
  _G["result_" .. name] = table.concat(f(copy(data)), ",") == expect
end
print(result_bubble, result_insertion, result_merge, result_quick, result_heap)
print(ref[1], ref[150], ref[300])
