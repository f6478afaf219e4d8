-- math.max/min keep the winning argument's type and handle NaN positions like PUC.
print(math.max(1, 2.5, 2), math.min(1.5, 1, 2), math.max(3, 3.0), math.max(3.0, 3), math.min(-0.0, 0), math.min(0, -0.0))
local nan = 0/0
print(math.max(nan, 1) ~= math.max(nan, 1), math.max(1, nan), math.min(1, nan))
print(math.max(math.mininteger, -math.huge), math.min(math.maxinteger, math.huge))
print(pcall(math.max, 1, "x"))
print(pcall(math.max, "10", 9))
