-- __gc runs when the object is collected, and at most once.
local log = {}
;(function()
  setmetatable({}, {__gc = function() log[#log + 1] = "collected" end})
end)()
collectgarbage()
collectgarbage()
print(#log, log[1])
-- a finalizer set after setmetatable is not registered
local mt = {}
;(function() setmetatable({}, mt) end)()
mt.__gc = function() log[#log + 1] = "late" end
collectgarbage()
collectgarbage()
print(#log)
