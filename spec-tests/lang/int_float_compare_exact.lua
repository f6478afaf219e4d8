-- Integer/float comparisons are exact, even where converting one side would round.
local cases = {
  {2^53, (2^53 | 0) + 1}, {(2^53 | 0) + 1, 2^53}, {math.maxinteger, 2^63}, {math.mininteger, -2^63},
  {math.maxinteger, 2^63 - 1024}, {math.mininteger, -2^63 - 2048}, {1, 1.0}, {-1, -0.5}, {0, -0.0},
  {3, 3.0000000000000004}, {math.maxinteger, math.huge}, {math.mininteger, -math.huge}, {5, 0/0},
}
for _, c in ipairs(cases) do
  local a, b = c[1], c[2]
  print(math.type(a), math.type(b), a == b, a < b, a <= b, a > b, a >= b, b < a, b <= a)
end
