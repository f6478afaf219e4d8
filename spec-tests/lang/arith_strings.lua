-- String operands are coerced to numbers by arithmetic operators.
local pairs_ = {
  {"10", 1}, {"0x10", 1}, {" 5 ", 0}, {"3.0", 2}, {"1e2", 1}, {"10", "20"},
  {"0x7fffffffffffffff", 1}, {" 0x1p4 ", 0}, {"  -7  ", 2}, {"5", 2.5},
}
for _, p in ipairs(pairs_) do
  local a, b = p[1], p[2]
  print(string.format("%q %s", a, tostring(b)), a + b, a - b, a * b, a / b, math.type(a + b))
  print("  //", a // b, "%", a % b, "^", a ^ b, "unm", -a)
end
for _, s in ipairs({"abc", "", "1x", "0x", "1e", "  ", "1 2", "nan", "inf"}) do
  local ok, err = pcall(function() return s + 1 end)
  print(string.format("%q", s), ok, err)
end
