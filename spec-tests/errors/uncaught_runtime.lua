-- An uncaught runtime error from the VM itself.
print("start")
local t = nil
print(t.field)
