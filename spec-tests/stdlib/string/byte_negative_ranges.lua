-- string.byte with negative and reversed ranges.
local s = "abcdef"
print(s:byte(-3, -1))
print(s:byte(-100, 2))
print(s:byte(5, 100))
print(select("#", s:byte(4, 3)), select("#", s:byte(0)), select("#", s:byte(7)))
