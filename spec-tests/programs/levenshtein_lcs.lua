-- Edit distance and longest common subsequence with dynamic programming tables.
local function lev(a, b)
  local d = {}
  for i = 0, #a do d[i] = {[0] = i} end
  for j = 0, #b do d[0][j] = j end
  for i = 1, #a do for j = 1, #b do
    local cost = a:sub(i, i) == b:sub(j, j) and 0 or 1
    d[i][j] = math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
  end end
  return d[#a][#b]
end
local function lcs(a, b)
  local m = {}
  for i = 0, #a do m[i] = {} for j = 0, #b do m[i][j] = 0 end end
  for i = 1, #a do for j = 1, #b do
    if a:byte(i) == b:byte(j) then m[i][j] = m[i - 1][j - 1] + 1 else m[i][j] = math.max(m[i - 1][j], m[i][j - 1]) end
  end end
  local out, i, j = {}, #a, #b
  while i > 0 and j > 0 do
    if a:byte(i) == b:byte(j) then table.insert(out, 1, a:sub(i, i)) i, j = i - 1, j - 1
    elseif m[i - 1][j] >= m[i][j - 1] then i = i - 1 else j = j - 1 end
  end
  return table.concat(out)
end
for _, p in ipairs({{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"same", "same"}, {"intention", "execution"}}) do
  print(p[1], p[2], lev(p[1], p[2]), lcs(p[1], p[2]))
end
