-- Run-length encoding and decoding with pattern functions.
local function encode(s)
  local out, i = {}, 1
  while i <= #s do
    local c = s:sub(i, i)
    local j = i
    while s:sub(j + 1, j + 1) == c do j = j + 1 end
    out[#out + 1] = (j - i + 1) .. c
    i = j + 1
  end
  return table.concat(out)
end
local function decode(s) return (s:gsub("(%d+)(%D)", function(n, c) return c:rep(tonumber(n)) end)) end
for _, s in ipairs({"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}) do
  local e = encode(s)
  print(e, decode(e) == s)
end
