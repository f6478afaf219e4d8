-- Finalizers run in reverse order of marking (creation order here).
local order = {}
;(function()
  for i = 1, 5 do
    setmetatable({}, {__gc = function() order[#order + 1] = i end})
  end
end)()
collectgarbage()
collectgarbage()
print(table.concat(order, " "))
