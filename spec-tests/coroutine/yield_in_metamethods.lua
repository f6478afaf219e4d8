-- Yielding from inside metamethods (__index, __add, __lt, __concat, __call) in 5.3.
local mt = {
  __index = function(t, k) return coroutine.yield("index " .. k) end,
  __add = function(a, b) return coroutine.yield("add") end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __concat = function(a, b) return coroutine.yield("concat") end,
  __call = function(self, x) return coroutine.yield("call " .. x) end,
  __eq = function(a, b) return coroutine.yield("eq") end,
}
local obj = setmetatable({}, mt)
local co = coroutine.wrap(function()
  print("index ->", obj.foo)
  print("add ->", obj + 1)
  print("lt ->", obj < obj)
  print("concat ->", obj .. "x")
  print("call ->", obj(5))
  print("eq ->", obj == setmetatable({}, mt))
  return "end"
end)
print(co())
print(co("I"))
print(co("A"))
print(co(false))
print(co("C"))
print(co("K"))
print(co(1))
