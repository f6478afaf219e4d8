-- Conversions between floats and integers: exact, out of range, string forms.
local vals = {0.0, -0.0, 1.0, -1.0, 2^53, 2^62, 2^63, -2^63, 1.5, 1e308, -1e308, 3, "4", "4.0", "0x10", "5.5"}
for _, v in ipairs(vals) do
  print(v, math.tointeger(v), pcall(function() return v | 0 end))
end
print(3 == 3.0, math.type(3 // 1.0), 2^53 + 1 == 2^53, (2^53 | 0) + 1 == (2^53 | 0) + 1.0)
print(math.maxinteger + 0.0 == 2^63, math.maxinteger == 2^63, math.mininteger == -2^63)
print(math.maxinteger < 2^63, math.maxinteger <= 2^63, math.mininteger <= -2^63, math.mininteger < -2^63)
print(1 < 1.5, 2 > 1.5, -1 < -0.5, math.maxinteger < math.huge, math.mininteger > -math.huge)
print(string.format("%.0f", 2^63), math.floor(2^62), math.ceil(-2^62))
