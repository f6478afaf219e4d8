-- %x, %X, %o on negative integers print the two's-complement 64-bit value.
for _, v in ipairs({-1, -255, math.mininteger, math.maxinteger, 4095}) do
  print(string.format("%x %X %o %#x", v, v, v, v))
end
print(pcall(string.format, "%x", 1.5))
print(string.format("%x", 3.0))
