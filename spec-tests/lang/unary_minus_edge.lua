-- Unary minus on integer limits, floats, and strings.
print(-math.maxinteger, -math.mininteger, -(-math.mininteger), - -1, -0, -0.0, -(0.0))
print(-"10", -"10.5", -"0x10", math.type(-"10"), math.type(-"10.0"))
print(pcall(function() return -"abc" end))
print(- - -3, -(2^63), -(-2^63))
