-- How numbers are converted to strings (%.14g for floats, ".0" suffix for integral floats).
local vals = {0.0, -0.0, 1.0, -1.0, 0.5, 1e14, 1e15, 1e16, 1e17, 123456789012345.0, 1234567890123456.0,
  2^53, 2^63, -2^63, 1e100, 1e-5, 1e-4, 0.1, 0.2 + 0.1, 1/3, 2/3, 100.25, 1e300 * 1e10, -1e300 * 1e10,
  3.0e-320, 5e-324, 1.7976931348623157e308, 12345.678, 0.000001, 1e-7, 255 / 5}
for _, v in ipairs(vals) do print(v, tostring(v), v .. "", string.format("%s", v)) end
print(0/0 ~= 0/0, tostring(0/0) == tostring(0/0))
print(math.huge, -math.huge, math.pi, -math.pi)
print(3, -3, 0, math.type(3), math.type(3.0), math.type("3"))
print(1e15 + 0.5, 2^24, 2.0^-1074)
print(string.format("%.17g", 0.1), string.format("%.3f", 2/3), string.format("%g", 1e20))
