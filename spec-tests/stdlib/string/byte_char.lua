-- string.byte and string.char, with ranges and negative indices.
print(("ABC"):byte(), ("ABC"):byte(2), ("ABC"):byte(-1), ("ABC"):byte(1, -1), ("ABC"):byte(10))
print(("ABC"):byte(0), ("ABC"):byte(3, 2), select("#", ("ABC"):byte(4)), ("ABC"):byte(-10, 10))
print(string.char(), string.char(72, 105), string.char(0):len(), string.char(255):byte())
local all = {}
for i = 0, 255 do all[#all + 1] = i end
local s = string.char(table.unpack(all))
print(#s, s:byte(1), s:byte(256), s:sub(66, 70))
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, 65.5))
print(string.char("65", 66.0))
print(pcall(string.byte, "abc", 1, 1e9))
