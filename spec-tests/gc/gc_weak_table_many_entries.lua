-- A large weak-valued table shrinks to only the entries still referenced.
local weak = setmetatable({}, {__mode = "v"})
local strong = {}
;(function()
  for i = 1, 10000 do
    local v = {i}
    weak[i] = v
    if i % 100 == 0 then strong[#strong + 1] = v end
  end
end)()
collectgarbage()
collectgarbage()
local n = 0
for k, v in pairs(weak) do n = n + 1 end
print(n, weak[100][1], weak[101])
