-- Coroutines and closures used as weak keys are collected once unreachable.
local wk = setmetatable({}, {__mode = "k"})
local keep_co = coroutine.create(function() end)
local keep_fn = function() return 1 end
wk[keep_co] = "co"
wk[keep_fn] = "fn"
;(function()
  wk[coroutine.create(function() end)] = "temp co"
  local up = {}
  wk[function() return up end] = "temp fn"
end)()
collectgarbage()
collectgarbage()
local vals = {}
for k, v in pairs(wk) do vals[#vals + 1] = v end
table.sort(vals)
print(table.concat(vals, ","))
