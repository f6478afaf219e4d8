-- io.lines and file:lines with formats; lines iterator at EOF.
local path = "io_lines_formats.tmp"
local f = assert(io.open(path, "w"))
f:write("10 20\n30 40\nabc\n\nlast")
f:close()
for a, b in io.lines(path, "n", "n") do print(a, b) if not b then break end end
for l in io.lines(path, "L") do io.write(string.format("%q", l), " ") end print()
local count = 0
for c in io.lines(path, 1) do count = count + 1 end
print(count)
for chunk in io.lines(path, 4) do io.write("[", chunk, "]") end print()
local it = io.lines(path)
print(it(), it(), it(), it(), it(), it())
print(pcall(it))
os.remove(path)
