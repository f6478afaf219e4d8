local big = 9007199254740993
local f = 1e308 * 10
local nan = 0 / 0
print(big, f, nan ~= nan, 1 // 0.0, -0.0, 3 % -2, 2^53)
print(math.floor(-3.5), math.ceil(-3.5), 7 // -2)
