-- file:lines() keeps the file open; io.lines(name) closes it at the end of iteration.
local path = "io_lines_no_args_file.tmp"
local f = assert(io.open(path, "w"))
f:write("a\nb\n")
f:close()
f = assert(io.open(path))
local n = 0
for l in f:lines() do n = n + 1 end
print(n, io.type(f), f:read("a"))
f:close()
local it = io.lines(path)
print(it(), it(), it())
os.remove(path)
