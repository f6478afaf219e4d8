-- Weak-valued tables drop collectable values with no other references.
local cache = setmetatable({}, {__mode = "v"})
local keep = {}
cache[1] = keep
;(function()
  cache[2] = {}
  cache[3] = "strings are not collected from weak tables"
  cache[4] = 42
  cache[5] = function() end
end)()
collectgarbage()
collectgarbage()
print(cache[1] == keep, cache[2], type(cache[3]), cache[4], cache[5])
