-- Integer results of math functions and integer preservation.
print(math.abs(-3), math.type(math.abs(-3)), math.type(math.abs(-3.0)))
print(math.max(1, 2), math.type(math.max(1, 2)), math.type(math.max(1, 2.0)), math.type(math.max(2.0, 1)))
print(math.min(3, 1, 2), math.max(-1, -1.0), math.min(-1, -1.0))
print(math.floor(-0.0), math.ceil(-0.5), math.type(math.floor(-0.0)))
print(math.fmod(-6, 4), math.fmod(6, -4), math.type(math.fmod(6, 4)), math.fmod(math.mininteger, -1))
print(math.tointeger(-0.0), math.tointeger("0x10"), math.tointeger("10.0"), math.tointeger(" 7 "))
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, math.type(7 // 2), math.type(7 // 2.0))
print(3 | 0, math.type(2^31 | 0), 5 // 0.0, -5 // 0.0)
