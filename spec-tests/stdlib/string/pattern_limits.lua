-- Pattern engine limits: too many captures, complexity.
local p = string.rep("(a)", 32)
print(pcall(string.match, string.rep("a", 32), p))
local p2 = string.rep("(a)", 33)
print(pcall(string.match, string.rep("a", 33), p2))
print(#string.rep("a", 100000):match(".-$"))
print(string.rep("a", 5000):find(string.rep("a?", 50) .. string.rep("a", 50)))
