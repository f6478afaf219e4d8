-- Native sizes and alignment for string.pack on this platform (x86-64).
print(string.packsize("b"), string.packsize("h"), string.packsize("i"), string.packsize("l"), string.packsize("j"),
  string.packsize("T"), string.packsize("f"), string.packsize("d"), string.packsize("n"))
print(string.packsize("!bd"), string.packsize("!bi"), string.packsize("bd"), string.packsize("!2 b d"))
print(string.unpack("=i4", string.pack("=i4", 123456)))
local s = string.pack(">j>J", -2, 3)
print(#s, string.unpack(">j>J", s))
print(string.unpack("s4", string.pack("s4", "hello")))
print(pcall(string.pack, "i0", 1))
print(pcall(string.pack, "!17 i", 1))
print(pcall(string.pack, "!3 i", 1))
