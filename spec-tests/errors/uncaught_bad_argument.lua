-- An uncaught "bad argument" error from a library function called from the main chunk.
local s = string.rep("x", 3)
print(s)
print(string.rep())
