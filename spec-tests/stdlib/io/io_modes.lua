-- Open modes: w, a, r+, w+, a+ and binary variants.
local path = "io_modes.tmp"
local function content() local f = assert(io.open(path, "rb")) local s = f:read("a") f:close() return s end
local f = assert(io.open(path, "wb")) f:write("hello") f:close()
print(content())
f = assert(io.open(path, "a")) f:write(" world") f:close()
print(content())
f = assert(io.open(path, "r+")) f:write("J") f:close()
print(content())
f = assert(io.open(path, "w+")) f:write("new") f:seek("set") print(f:read("a")) f:close()
f = assert(io.open(path, "a+")) f:write("!") f:seek("set") print(f:read("a")) f:close()
for _, m in ipairs({"r", "w", "a", "r+", "w+", "a+", "rb", "wb", "r+b", "x", "rw", "", "b"}) do
  local ok, h = pcall(io.open, path, m)
  io.write(m, ":", tostring(ok and io.type(h)), " ")
  if ok and h then h:close() end
end
print()
os.remove(path)
