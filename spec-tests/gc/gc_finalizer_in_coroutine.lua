-- Objects with finalizers created inside a coroutine are finalized after the coroutine is gone.
local log = {}
;(function()
  local co = coroutine.wrap(function()
    setmetatable({}, {__gc = function() log[#log + 1] = "from coroutine" end})
    coroutine.yield()
  end)
  co()
end)()
collectgarbage()
collectgarbage()
print(#log, log[1])
