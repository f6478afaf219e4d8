-- Memory is reclaimed after dropping references.
collectgarbage()
local before = collectgarbage("count")
local t = {}
for i = 1, 100000 do t[i] = {i} end
local during = collectgarbage("count")
t = nil
collectgarbage()
collectgarbage()
local after = collectgarbage("count")
print(during > before + 1000, after < during / 2)
