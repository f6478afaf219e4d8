-- Finalizers of objects dropped in different cycles run in separate collections.
local log = {}
local a = setmetatable({}, {__gc = function() log[#log + 1] = "a" end})
local b = setmetatable({}, {__gc = function() log[#log + 1] = "b" end})
a = nil
collectgarbage()
print(table.concat(log, ","))
b = nil
collectgarbage()
print(table.concat(log, ","))
