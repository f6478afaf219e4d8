-- Objects with finalizers are removed from weak-valued tables before finalization.
local weak = setmetatable({}, {__mode = "v"})
local seen_in_weak
;(function()
  local obj = setmetatable({}, {__gc = function(o) seen_in_weak = (weak[1] == o) end})
  weak[1] = obj
end)()
collectgarbage()
collectgarbage()
print(weak[1], seen_in_weak)
