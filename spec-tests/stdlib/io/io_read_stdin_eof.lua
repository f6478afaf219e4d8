-- Reading from stdin at end of file (stdin is /dev/null in the test harness).
print(io.read())
print(io.read("l"), io.read("L"), io.read("n"), io.read(1), io.read(0))
print(io.read("a"))
print(#io.read("a"))
for l in io.lines() do print("never", l) end
print("done")
print(pcall(io.read, "x"))
print(pcall(io.read, "*x"))
print(io.read("*l"), io.read("*a"))
