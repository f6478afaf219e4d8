-- io.write formats numbers with %.14g for floats and %d for integers (no ".0" suffix), unlike print.
io.write(1, " ", 1.0, " ", -0.0, " ", 2^63, " ", 1e15, " ", 0.1, " ", 100 / 2, " ", math.maxinteger, "\n")
print(1, 1.0, -0.0, 2^63, 1e15, 0.1, 100 / 2)
local f = io.tmpfile()
f:write(3.0, ",", 3, ",", 1e100)
f:seek("set")
print(f:read("a"))
f:close()
