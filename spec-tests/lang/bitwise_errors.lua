-- Bitwise operators reject non-integral floats, non-numeric strings and other types.
local cases = {
  {1.5, 1}, {1, 2.5}, {math.huge, 1}, {-math.huge, 1}, {0/0, 1}, {2^63, 1}, {"1.5", 1}, {"abc", 1},
  {{}, 1}, {nil, 1}, {true, 1}, {1, print}, {"0x", 1}, {1e100, 0},
}
for i, c in ipairs(cases) do
  for _, f in ipairs({
    function(a, b) return a & b end,
    function(a, b) return a | b end,
    function(a, b) return a << b end,
  }) do
    local ok, err = pcall(f, c[1], c[2])
    print(i, ok, err)
  end
end
print(pcall(function() return ~1.5 end))
print(pcall(function() return ~{} end))
print(pcall(function() return ~"x" end))
print(pcall(function() local x = 2^53 return x | 0 end))
