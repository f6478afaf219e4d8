-- # counts bytes; utf8.len counts code points; reverse and upper work byte-wise.
local s = "añ€😀"
print(#s, s:len(), utf8.len(s), s:reverse():len(), s:upper() == "Añ€😀", s:sub(2, 3) == "ñ")
