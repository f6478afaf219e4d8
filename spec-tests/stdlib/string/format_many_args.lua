-- string.format with many arguments and mixed conversions.
print(string.format(string.rep("%d,", 30), table.unpack((function() local t = {} for i = 1, 30 do t[i] = i end return t end)())))
print(string.format("%s=%d (%5.2f%%) [%-6s] %x", "ratio", 7, 12.3456, "ok", 255))
print(string.format("%3d|%-3d|%03d", 5, 5, 5), string.format("%+.2e", 12345.678))
print(string.format("%.3s|%-8.3s|", "abcdef", "abcdef"))
print(string.format("%c%c%c", 76, 117, 97), #string.format("%c", 0))
print(pcall(string.format, "%5%"))
