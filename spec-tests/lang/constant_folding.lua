-- Expressions over literals must give the same results as at run time (wraparound, division by zero, -0.0).
local function rt(a) return a end
print(9223372036854775807 + 1, rt(9223372036854775807) + 1)
print(-9223372036854775808 - 1, rt(-9223372036854775808) - 1)
print(2^53 + 1, rt(2) ^ 53 + 1)
print(-0.0, 0.0 * -1, rt(0.0) * -1, -(0.0), -rt(0.0))
print(pcall(load("return 1 // 0")), pcall(load("return 1 % 0")))
print(1 / 0, -1 / 0, 1 // 0.0, 0.0 / 0.0 ~= 0.0 / 0.0)
print(3 & 5 | 2 ~ 7, rt(3) & rt(5) | rt(2) ~ rt(7), 1 << 64, rt(1) << 64, -1 >> 1, rt(-1) >> 1)
print("10" + 1, rt("10") + 1, "3" * "4", 10 .. 20)
print(pcall(load("return 1 | 1.5")))
print(pcall(load("return {} + 1")))
