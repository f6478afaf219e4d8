-- The length operator on strings and sequences, and its errors.
print(#"", #"abc", #"a\0b", #"\u{10FFFF}")
print(#{}, #{1, 2, 3}, #{n = 1}, #{1, 2, nil}, #{nil, nil, 3} >= 0)
local t = {}
for i = 1, 100 do t[i] = i end
print(#t)
t[#t] = nil
print(#t)
t[#t + 1] = "x"
print(#t)
for _, v in ipairs({1, true, print}) do
  print(pcall(function() return #v end))
end
print(pcall(function() local x return #x end))
print(pcall(function() return #undefinedglobal end))
