-- %q on numbers produces code that reads back to the same value.
for _, v in ipairs({0, -1, math.maxinteger, math.mininteger, 0.5, -0.0, 1/3, 1e300, 2^63, 5.0}) do
  local q = string.format("%q", v)
  local back = load("return " .. q)()
  print(q, back == v, math.type(back) == math.type(v))
end
