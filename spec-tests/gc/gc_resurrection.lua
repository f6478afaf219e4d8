-- A finalizer can resurrect its object; it is not finalized again.
local saved
local count = 0
;(function()
  local obj = setmetatable({name = "phoenix"}, {__gc = function(o) count = count + 1 saved = o end})
end)()
collectgarbage()
collectgarbage()
print(count, saved and saved.name)
saved = nil
collectgarbage()
collectgarbage()
print(count)
