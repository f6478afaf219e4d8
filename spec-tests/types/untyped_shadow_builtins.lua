local type = "local type variable"
local string = { custom = true }
local print = function(...) io.write(table.concat({ ... }, " "), "\n") end
local t = { type = "tool", string = 1 }
t.type = "other"
print(type, string.custom, t.type)
local as, is = 1, 2
print(as + is)
