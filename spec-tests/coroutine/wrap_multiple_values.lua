-- coroutine.wrap passes multiple values both ways.
local f = coroutine.wrap(function(a, b)
  local c, d = coroutine.yield(a + b, a - b, a * b)
  return c .. d, "end"
end)
print(f(5, 3))
print(f("x", "y"))
