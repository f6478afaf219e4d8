-- Memoization with closures and tables keyed by arguments.
local function memoize(f)
  local cache, hits = {}, 0
  return function(n)
    local v = cache[n]
    if v then hits = hits + 1 return v end
    v = f(n)
    cache[n] = v
    return v
  end, function() return hits end
end
local fib, hits
fib, hits = memoize(function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end)
print(fib(80), hits())
local calls = 0
local slow_square = function(x) calls = calls + 1 return x * x end
local fast, _ = memoize(slow_square)
for i = 1, 100 do fast(i % 10) end
print(calls)
