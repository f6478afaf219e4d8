local s = "héllo"
print(utf8.len(s), utf8.char(72, 233), utf8.codepoint(s, 1))
for p, c in utf8.codes(s) do print(p, c) end
print(s:match(utf8.charpattern))
