-- Deeply recursive patterns hit the matcher's depth limit ("pattern too complex").
print(pcall(string.match, string.rep("a", 10), string.rep("a?", 10) .. string.rep("a", 10)))
print(pcall(string.match, string.rep("a", 300), string.rep("a?", 300)))
print(pcall(string.match, string.rep("a", 150), string.rep("a?", 150)))
