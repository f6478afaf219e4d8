-- string.format integer conversions with flags, width and precision.
local fmts = {"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%x", "%X", "%#x", "%o", "%#o", "%i", "%c"}
for _, f in ipairs(fmts) do
  local out = {}
  for _, v in ipairs({0, 7, -7, 255, 65, 3.0}) do
    local ok, s = pcall(string.format, f, v)
    out[#out + 1] = ok and ("[" .. s .. "]") or ("E:" .. s)
  end
  print(f, table.concat(out, " "))
end
print(string.format("%d %d", math.maxinteger, math.mininteger))
print(string.format("%x %X", -1, math.mininteger))
print(pcall(string.format, "%d", 2^63))
print(pcall(string.format, "%d", "12"))
print(pcall(string.format, "%d", "12.0"))
print(pcall(string.format, "%d", "1.5"))
