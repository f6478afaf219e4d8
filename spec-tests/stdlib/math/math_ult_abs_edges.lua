-- math.ult as unsigned comparison; math.abs of minint wraps.
print(math.ult(0, -1), math.ult(-1, 0), math.ult(math.mininteger, math.maxinteger), math.ult(5, 5))
print(math.abs(math.mininteger) == math.mininteger, math.abs(-0.0), math.abs(-math.huge))
print(pcall(math.ult, 1, 2.5))
print(math.ult(1, 2.0))
