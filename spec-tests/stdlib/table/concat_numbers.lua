-- table.concat converts numbers like tostring (floats keep ".0").
print(table.concat({1, 2.0, -0.0, 1e100, 2^63, 0.1}, " "))
print(table.concat({"a", 1, "b", 2.5}, ""))
