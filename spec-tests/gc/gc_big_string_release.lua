-- Releasing a large string lowers collectgarbage("count").
collectgarbage()
local base = collectgarbage("count")
local s = string.rep("x", 10 * 1024 * 1024)
local with = collectgarbage("count")
s = nil
collectgarbage()
collectgarbage()
local after = collectgarbage("count")
print(with - base > 9000, after - base < 1000)
