-- io.tmpfile: a file that is removed automatically.
local f = io.tmpfile()
print(io.type(f))
f:write("temporary data\n", 123)
f:seek("set")
print(f:read("l"), f:read("n"))
f:close()
print(io.type(f))
