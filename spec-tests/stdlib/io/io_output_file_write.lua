-- io.output(file) and io.write going to a file; io.close() closes the default output.
local path = "io_output_file_write.tmp"
local old = io.output()
local f = assert(io.open(path, "w"))
io.output(f)
io.write("one ", 2, " ", 3.5, "\n")
print(io.output() == f)
io.close()
io.output(old)
print(io.type(f))
for l in io.lines(path) do print(l) end
os.remove(path)
