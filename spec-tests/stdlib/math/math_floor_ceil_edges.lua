-- floor/ceil/fmod/modf edge cases with huge, tiny and negative values.
local vals = {0.5, -0.5, 1e-300, -1e-300, 2^52 + 0.5, -(2^52 + 0.5), 2^63, -2^63, 1e20, -1e20, math.huge, -math.huge}
for _, v in ipairs(vals) do
  print(v, math.floor(v), math.ceil(v), math.type(math.floor(v)), math.modf(v))
end
print(math.fmod(5, 3), math.fmod(-5, 3), math.fmod(5, -3), math.fmod(-5, -3))
print(math.fmod(math.mininteger, -1), math.fmod(math.maxinteger, 2), math.fmod(5.5, math.huge))
print(math.fmod(3, 2), math.type(math.fmod(3, 2)), math.type(math.fmod(3, 2.0)))
print(pcall(math.fmod, 5, 0))
print(math.fmod(5, 0.0) ~= math.fmod(5, 0.0))
