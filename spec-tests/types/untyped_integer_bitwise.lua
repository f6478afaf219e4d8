print(7 // 2, 7 % 3, 2 ^ 10, 1 << 4, 0xFF & 0x0F, 5 | 2, 5 ~ 1, ~0, 256 >> 4)
print(math.maxinteger + 1 == math.mininteger, 3 / 2, math.type(1), math.type(1.0), math.tointeger(3.0))
