-- Large string values: building, literal loading, and byte access.
local s = string.rep("abcdefghij", 100000)
print(#s, s:sub(999995, 1000000), s:byte(-1))
local lit = load("return [[" .. s .. "]]")()
print(#lit, lit == s)
local q = load("return " .. string.format("%q", s:sub(1, 1000)))()
print(#q)
