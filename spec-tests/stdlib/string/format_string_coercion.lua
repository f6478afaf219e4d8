-- string.format numeric conversions accept numeric strings; %s accepts numbers.
print(string.format("%5.1f|%d|%x|%g", "3.14159", "42", "255", "1e3"))
print(string.format("%s|%s|%s", 1, 1.5, -0.0))
print(pcall(string.format, "%d", "4.5"))
print(pcall(string.format, "%f", "abc"))
