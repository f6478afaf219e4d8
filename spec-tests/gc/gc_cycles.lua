-- Reference cycles are collected.
local weak = setmetatable({}, {__mode = "v"})
;(function()
  local a, b = {}, {}
  a.other, b.other = b, a
  weak[1], weak[2] = a, b
  local c = {}
  c.self = c
  weak[3] = c
  local f
  f = function() return f end
  weak[4] = f
end)()
collectgarbage()
collectgarbage()
print(weak[1], weak[2], weak[3], weak[4])
