-- tonumber with bases: digit validity, case, whitespace, signs and overflow wraparound.
print(tonumber("10", 2), tonumber("12", 2), tonumber("z", 36), tonumber("Z", 36), tonumber("  11  ", 3))
print(tonumber("-10", 16), tonumber("+10", 16), tonumber("1 0", 10), tonumber("", 16), tonumber("-", 10))
print(tonumber("ffffffffffffffffff", 16), tonumber("7fffffffffffffff", 16), tonumber("8000000000000000", 16))
print(tonumber("1e1", 10), tonumber("1e1", 16), tonumber("0x10", 10), tonumber("10", 36.0))
print(pcall(tonumber, "10", 2.5))
print(pcall(tonumber, nil, 10))
