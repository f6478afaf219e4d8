-- Pending finalizers run when the state closes at normal exit.
setmetatable({}, {__gc = function() print("finalized at exit") end})
_G.keep = setmetatable({}, {__gc = function() print("global finalized at exit") end})
print("main done")
