-- Tables as both keys and values in a weak-key table; values reachable only via their key.
local wk = setmetatable({}, {__mode = "k"})
local keys = {}
;(function()
  for i = 1, 10 do
    local k = {}
    wk[k] = {i}
    if i % 2 == 0 then keys[#keys + 1] = k end
  end
end)()
collectgarbage()
collectgarbage()
local n, sum = 0, 0
for k, v in pairs(wk) do n = n + 1 sum = sum + v[1] end
print(n, sum)
