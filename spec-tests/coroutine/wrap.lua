-- coroutine.wrap: generators, errors propagate, dead wrap errors.
local gen = coroutine.wrap(function(n)
  for i = 1, n do coroutine.yield(i) end
  return "end"
end)
print(gen(3), gen(), gen(), gen())
print(pcall(gen))
local function range(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local s = 0
for i in range(100) do s = s + i end
print(s)
local failing = coroutine.wrap(function() error("oops") end)
print(pcall(failing))
local failing2 = coroutine.wrap(function() error({code = 7}) end)
local ok, e = pcall(failing2)
print(ok, type(e), e.code)
local failing3 = coroutine.wrap(function() local x = nil; return x.y end)
print(pcall(failing3))
print(pcall(coroutine.wrap, 1))
