-- math.tointeger on floats with and without exact integer values, and on other types.
for _, v in ipairs({1.0, -1.0, 1.5, 2^62, 2^63, -2^63, 1/0, 0/0, "3", "3.0", "x", true}) do
  io.write(tostring(math.tointeger(v)), " ")
end
print()
