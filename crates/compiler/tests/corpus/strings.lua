local s = "a\tb\nc\\d\"e'f\0g\127h\200i\1j"
local l = [[
long
string]]
local e = ""
print(s, l, e, 'x', "\u{48}\x41\65\z
       z")
