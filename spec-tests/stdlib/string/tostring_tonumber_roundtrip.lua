-- tostring/tonumber round trips for floats printed with %.14g (precision loss is visible).
for _, v in ipairs({0.1, 1/3, 2^53, 1e21, 123.456, -7.25e-10, math.pi}) do
  local s = tostring(v)
  print(s, tonumber(s) == v, string.format("%.17g", v) == string.format("%.17g", tonumber(string.format("%.17g", v))))
end
