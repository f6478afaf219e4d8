-- Status of a wrapped coroutine as seen from itself and after finishing.
local co
local f = coroutine.wrap(function()
  co = coroutine.running()
  print("inside", coroutine.status(co))
  coroutine.yield()
end)
f()
print("after yield", coroutine.status(co))
f()
print("after end", coroutine.status(co))
