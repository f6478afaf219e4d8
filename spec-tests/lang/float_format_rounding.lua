-- %.14g rounding in tostring for values near representation boundaries.
local vals = {0.1 + 0.2, 1 - 0.9, 100 * 1.1, 1/3 * 3, 0.1 * 3, 1e-15 + 1, 2/3, 99999999999999.99,
  999999999999999.9, 0.000001234567890123456, 123456789.123456789, 1.0000000000000002, 5e-324 * 3}
for _, v in ipairs(vals) do print(v, string.format("%.17g", v)) end
