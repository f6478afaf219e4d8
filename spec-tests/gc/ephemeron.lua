-- Ephemeron tables: a value referring to its own key does not keep the key alive.
local e = setmetatable({}, {__mode = "k"})
;(function()
  local k = {}
  e[k] = {ref = k}
end)()
local kept = {}
e[kept] = {ref = kept}
collectgarbage()
collectgarbage()
local n = 0
for k, v in pairs(e) do n = n + 1 end
print(n, e[kept].ref == kept)
