-- Weak-keyed tables drop entries whose keys are unreachable.
local wk = setmetatable({}, {__mode = "k"})
local live = {}
wk[live] = "live"
;(function() wk[{}] = "dead" end)()
wk["str"] = "string key stays"
wk[1] = "number key stays"
collectgarbage()
collectgarbage()
local n = 0
for k, v in pairs(wk) do n = n + 1 end
print(n, wk[live], wk.str, wk[1])
live = nil
collectgarbage()
collectgarbage()
n = 0
for k in pairs(wk) do n = n + 1 end
print(n)
