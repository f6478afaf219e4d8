-- A finalizer can read the object's fields and its own upvalues.
local results = {}
local prefix = "obj"
;(function()
  for i = 1, 3 do
    setmetatable({id = i}, {__gc = function(o) results[#results + 1] = prefix .. o.id end})
  end
end)()
collectgarbage()
collectgarbage()
table.sort(results)
print(table.concat(results, " "))
