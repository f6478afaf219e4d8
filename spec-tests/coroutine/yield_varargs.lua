-- Multiple and zero values through yield/resume.
local co = coroutine.create(function(...)
  print("args", select("#", ...), ...)
  print("resumed with", select("#", coroutine.yield()))
  print("resumed with", coroutine.yield(nil, nil))
  print("resumed with", coroutine.yield(1, 2, 3, 4, 5))
  return
end)
print(select("#", coroutine.resume(co, nil, nil, nil)))
print(coroutine.resume(co, nil))
print(coroutine.resume(co, "a", "b"))
print(coroutine.resume(co))
local big = {}
for i = 1, 200 do big[i] = i end
local co2 = coroutine.wrap(function(...) coroutine.yield(select("#", ...)) return ... end)
print(co2(table.unpack(big)))
print(select("#", co2()))
