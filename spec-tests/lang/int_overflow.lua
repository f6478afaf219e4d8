-- Integer arithmetic wraps around; float arithmetic does not.
local max, min = math.maxinteger, math.mininteger
print(max + 1 == min, min - 1 == max, max * 2, min * -1, -min, min // -1, min % -1)
print(max + 1.0, min - 1.0, math.type(max + 1.0))
print(max * max, min * min, max * min)
print(1 << 63, (1 << 63) - 1, 1 << 64, -1 >> 1, -1 << 1)
print(math.abs(min), math.abs(max))
print(0x7fffffffffffffff, 0xffffffffffffffff, 0x10000000000000000, 0x1p63)
print(9223372036854775807, 9223372036854775808, -9223372036854775808, math.type(-9223372036854775808))
print(tostring(2^63) == tostring(max + 1.0), 2^63 == max + 1.0)
print(max // 1, max // 1.0, max % 2, max % 2.0)
print(string.format("%d", max), string.format("%d", min))
