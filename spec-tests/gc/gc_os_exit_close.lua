-- os.exit(code, true) closes the state and runs pending finalizers.
setmetatable({}, {__gc = function() print("finalizer ran on close") end})
print("exiting")
os.exit(0, true)
