-- Finalizers can allocate and register new finalizable objects.
local log = {}
;(function()
  setmetatable({}, {__gc = function()
    log[#log + 1] = "first"
    setmetatable({}, {__gc = function() log[#log + 1] = "second" end})
  end})
end)()
collectgarbage()
collectgarbage()
collectgarbage()
print(table.concat(log, " "))
