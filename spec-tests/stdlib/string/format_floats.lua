-- string.format float conversions.
local vals = {0.0, 1.0, -1.5, 3.14159265358979, 1e10, 1e-10, 123456.789, 2^63, 1/3, 100}
local fmts = {"%f", "%.2f", "%10.3f", "%-10.1f|", "%e", "%.3e", "%E", "%g", "%.3g", "%G", "%10g", "%+.1f", "%#.0f", "%.0f", "%a"}
for _, f in ipairs(fmts) do
  local out = {}
  for _, v in ipairs(vals) do out[#out + 1] = string.format(f, v) end
  print(f, table.concat(out, " "))
end
print(string.format("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5))
print(string.format("%5.1f|%-8.3e|%08.2f", 3.14159, 31415.9, -3.14159))
print(string.format("%f %f %f", math.huge, -math.huge, 0/0 ~= 0/0 and 1 or 0))
print(string.format("%.14g", 0.1), string.format("%.20f", 0.1))
print(pcall(string.format, "%f", "x"))
print(string.format("%f", "1.5"), string.format("%g", 10))
print(string.format("%.99f", 1):len())
print(pcall(string.format, "%.100f", 1))
