-- string.find/match init arguments beyond the ends and with anchors.
local s = "abcabc"
for _, init in ipairs({-10, -6, -3, -1, 0, 1, 4, 6, 7, 8, 100}) do
  io.write(init, ":", tostring(s:find("abc", init)), ",", tostring(s:find("^abc", init)), ",", tostring(s:match("c$", init)), " ")
end
print()
print(s:find("", 7), s:find("", 8), s:match("()", 7), s:match("()", 8))
