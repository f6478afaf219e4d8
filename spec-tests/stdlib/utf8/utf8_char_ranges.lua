-- utf8.char encodes code points of every length.
for _, cp in ipairs({0, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF}) do
  local s = utf8.char(cp)
  local b = {s:byte(1, -1)}
  for i = 1, #b do b[i] = string.format("%02X", b[i]) end
  print(string.format("U+%04X", cp), #s, table.concat(b, " "), utf8.codepoint(s) == cp)
end
print(utf8.char(72, 101, 108, 108, 111))
print(pcall(utf8.char, "x"))
