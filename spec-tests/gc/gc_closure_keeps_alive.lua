-- Upvalues keep objects alive as long as the closure is reachable.
local weak = setmetatable({}, {__mode = "v"})
local f
;(function()
  local obj = {}
  weak.obj = obj
  f = function() return obj end
end)()
collectgarbage()
print(weak.obj ~= nil, f() == weak.obj)
f = nil
collectgarbage()
collectgarbage()
print(weak.obj)
