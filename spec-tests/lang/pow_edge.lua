-- Exponentiation edge cases: always float results.
print(2^0, 0^0, 0^-1, (-0.0)^-1, (-2)^2, (-2)^3, (-8)^(1/3) ~= (-8)^(1/3), 2^-1074, 2^1024, 1^math.huge, (-1)^math.huge)
print(math.type(2^2), 10^15, 10^16, 2^63 == math.maxinteger + 1.0, 4^0.5, 8^(1/3))
print("2"^"3", pcall(function() return 2^{} end))
