-- string.find with plain search and init positions.
local s = "hello world, hello lua"
print(s:find("hello"), s:find("hello", 2), s:find("hello", -9), s:find("xyz"))
print(s:find("o w", 1, true), s:find(".", 1, true), s:find("", 5), s:find("", 100), s:find("", #s + 1))
print(s:find("l", -100), s:find("a", -1), s:find("(", 1, true), s:find("%", 1, true))
print(("a.b.c"):find(".", 2, true), ("a+b"):find("+", 1, true))
print(("abc"):find("b", 0), ("abc"):find("", 0), ("abc"):find("", 4), ("abc"):find("", 5))
print(pcall(string.find, "abc", "(", 1))
print(pcall(string.find, "abc", "%", 1))
print(pcall(string.find, "abc", "[a", 1))
