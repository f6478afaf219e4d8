-- Reading numbers in many formats from a file.
local path = "io_read_numbers.tmp"
local f = assert(io.open(path, "w"))
f:write("1 2.5 -3 0x1F 1e3 +4 .5 5. 0x1p4 9223372036854775807 9223372036854775808 abc 7")
f:close()
f = assert(io.open(path))
local out = {}
for i = 1, 12 do
  local n = f:read("n")
  out[#out + 1] = tostring(n) .. ":" .. tostring(math.type(n))
end
print(table.concat(out, " "))
print(f:read("a"))
f:close()
os.remove(path)
