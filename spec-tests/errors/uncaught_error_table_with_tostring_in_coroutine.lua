-- An error object with __tostring raised through coroutine.wrap reaches the top level.
local obj = setmetatable({}, {__tostring = function() return "wrapped object error" end})
local f = coroutine.wrap(function() error(obj) end)
f()
