-- Coroutine switching: generators and a producer/consumer pipeline.
local N = tonumber(arg and arg[1]) or 1500000
local function gen(n) return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end) end
local function filter(src) return coroutine.wrap(function() for v in src do if v % 3 ~= 0 then coroutine.yield(v * 2) end end end) end
local sum = 0
for v in filter(gen(N)) do sum = sum + v end
local co = coroutine.create(function(a) while true do a = coroutine.yield(a * 2 + 1) end end)
local x = 0
for i = 1, N do local _, r = coroutine.resume(co, i) x = (x + r) % 1000003 end
print(sum, x)
