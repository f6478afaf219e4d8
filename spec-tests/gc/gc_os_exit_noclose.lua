-- os.exit(code) without close does not run finalizers.
_G.keep = setmetatable({}, {__gc = function() print("should not print") end})
print("exiting")
os.exit(0)
