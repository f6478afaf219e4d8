-- A resurrected object remains a weak key until the next cycle after finalization (5.3 semantics).
local wk = setmetatable({}, {__mode = "k"})
local resurrected
;(function()
  local o = setmetatable({}, {__gc = function(x) resurrected = x end})
  wk[o] = "value"
end)()
collectgarbage()
print(resurrected ~= nil, resurrected and wk[resurrected])
