-- An error inside a finalizer produces a warning (5.3: an error message) but does not stop the program.
;(function() setmetatable({}, {__gc = function() error("in gc") end}) end)()
local ok, e = pcall(collectgarbage)
print(ok, e)
print("continues")
