-- Numeric strings out of integer range cannot be used in bitwise operations.
print(pcall(function() return "9223372036854775808" | 0 end))
print(pcall(function() return "9223372036854775807" | 0 end))
print(pcall(function() return "-9223372036854775808" | 0 end))
print(pcall(function() return "0xffffffffffffffff" | 0 end))
