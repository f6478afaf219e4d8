print("10" + 1, "3" * "4", 10 .. "x", 1.5 .. "")
print(math.floor("3.7"), math.max("1", 2), string.rep(5, 2))
print(#"abc" + 0, -"2", "0x10" + 0)
local n = tonumber("42") + 1
print(n, tostring(12):len())
