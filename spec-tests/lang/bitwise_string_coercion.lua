-- Bitwise operators convert strings through numbers; floats must have an exact integer value.
print("3" | 0, "0x10" & 0xff, "1e2" | 0, " 7 " ~ 1, "-1" >> 60, "2.0" << 1)
print(pcall(function() return "1.5" | 0 end))
print(pcall(function() return "1e100" | 0 end))
print(pcall(function() return "x" | 0 end))
print(math.type("3" | 0), math.type(3.0 | 0))
