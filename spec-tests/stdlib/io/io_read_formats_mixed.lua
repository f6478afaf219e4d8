-- Mixed read formats on one handle, including counts larger than the remaining data.
local path = "io_read_formats_mixed.tmp"
local f = assert(io.open(path, "w"))
f:write("12 abc\nline two\n3.5e1\n")
f:close()
f = assert(io.open(path))
print(f:read("n", "l"))
print(f:read(4), f:read("l"))
print(f:read("n"), f:read("l"), f:read("l"))
print(f:read(10), f:read("a"), f:read("n"))
f:close()
os.remove(path)
