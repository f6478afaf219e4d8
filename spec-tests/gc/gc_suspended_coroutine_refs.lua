-- A suspended coroutine keeps its locals alive; a dead unreachable one does not.
local weak = setmetatable({}, {__mode = "v"})
local co = coroutine.create(function()
  local held = {}
  weak[1] = held
  coroutine.yield()
  return held
end)
coroutine.resume(co)
collectgarbage()
collectgarbage()
print(weak[1] ~= nil)
coroutine.resume(co)
co = nil
collectgarbage()
collectgarbage()
print(weak[1])
