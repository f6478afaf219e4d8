-- math.modf returns an integer argument unchanged (with 0.0); math.fmod keeps integers for integer args.
print(math.modf(5), math.type((math.modf(5))), math.modf(-2.5), math.modf(0.0), math.modf(-0.0))
print(math.fmod(7, 2), math.fmod(7.0, 2), math.fmod(-7, 2), math.fmod(7, -2.0))
print(math.fmod(math.maxinteger, math.mininteger), math.fmod(math.mininteger, math.maxinteger))
