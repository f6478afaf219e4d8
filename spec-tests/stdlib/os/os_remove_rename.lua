-- os.rename and os.remove on files created by the test.
local a, b = "os_remove_rename_a.tmp", "os_remove_rename_b.tmp"
local f = assert(io.open(a, "w")) f:write("data") f:close()
print(os.rename(a, b))
print(io.open(a), io.open(b) ~= nil)
print(os.remove(b))
print(os.remove(b))
print(pcall(os.remove))
