-- Comparison operators on numbers and strings, including mixed int/float and NaN.
local nums = {1, 1.0, 2, -1, 0.5, math.huge, -math.huge, 0/0, math.maxinteger, math.mininteger, 2^53, 2^63}
for _, a in ipairs(nums) do
  for _, b in ipairs(nums) do
    print(a, b, a == b, a ~= b, a < b, a <= b, a > b, a >= b)
  end
end
local strs = {"", "a", "b", "ab", "abc", "B", "a\0b", "a\0c", "10", "9"}
for _, a in ipairs(strs) do
  for _, b in ipairs(strs) do
    print(string.format("%q %q", a, b), a == b, a < b, a <= b, a > b, a >= b)
  end
end
print(math.maxinteger + 0.0 == math.maxinteger, math.maxinteger < math.maxinteger + 0.0)
print(2^53 == 2^53 + 1, (2^53 | 0) + 1 == 2^53)
