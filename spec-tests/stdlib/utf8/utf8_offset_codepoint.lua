-- utf8.offset with positive, negative and zero n; utf8.codepoint with ranges.
local s = "aé€😀z"
for n = -6, 6 do io.write(n, ":", tostring(utf8.offset(s, n)), " ") end print()
for i = 1, #s + 1 do io.write(i, ":", tostring(utf8.offset(s, 0, i)), " ") end print()
print(utf8.codepoint(s, 1, -1))
print(utf8.codepoint(s, 2, 4))
print(pcall(utf8.codepoint, s, 0))
print(pcall(utf8.codepoint, s, 1, 100))
print(select("#", utf8.codepoint(s, 5, 4)))
print(pcall(utf8.offset, s, 1, 100))
print(utf8.offset("", 1), utf8.offset("", 0), utf8.offset("abc", 4), utf8.offset("abc", 5))
