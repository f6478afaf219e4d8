-- string.sub and string.byte accept integral floats and numeric strings as indices.
print(("hello"):sub(2.0, 4.0), ("hello"):sub("2", "3"), ("hello"):byte(1.0), ("hello"):byte("-1"))
print(pcall(string.sub, "hello", 1.5))
print(pcall(string.sub, "hello", "x"))
