-- String functions accept numbers; numbers have no string methods via ':'.
print(string.rep(1, 3), string.sub(12345, 2, 3), string.byte(5), string.format("%s", 2^53))
print(string.find(12345, 34), string.match(3.25, "%.(%d+)"), string.gsub(1000, "0", "o"))
print(pcall(function() local n = 5 return n:rep(2) end))
print(#tostring(12345), tostring(1e100):len())
