-- String ordering is byte-wise (C locale), with embedded zeros handled.
local words = {"banana", "Apple", "apple", "", "a", "ab", "b", "B", "a\0", "a\0b", "~", "\255", "10", "9", "_"}
table.sort(words)
for i, w in ipairs(words) do io.write(string.format("%q", w), i < #words and " " or "\n") end
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "a\0a" < "a\0b", "Z" < "a")
