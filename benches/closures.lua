-- Closure-heavy code: creating closures, calling through upvalues, higher-order functions.
local function map(t, f) local r = {} for i = 1, #t do r[i] = f(t[i]) end return r end
local function filter(t, f) local r = {} for i = 1, #t do if f(t[i]) then r[#r + 1] = t[i] end end return r end
local function reduce(t, f, acc) for i = 1, #t do acc = f(acc, t[i]) end return acc end
local function counter()
  local c = 0
  return function() c = c + 1 return c end
end
local N = tonumber(arg and arg[1]) or 3000
local data = {}
for i = 1, 1000 do data[i] = i end
local total = 0
for round = 1, N do
  local k = round % 7
  local m = map(data, function(x) return x * k end)
  local f = filter(m, function(x) return x % 3 == 0 end)
  total = total + reduce(f, function(a, b) return a + b end, 0)
  local c = counter()
  for _ = 1, 10 do c() end
  total = total + c()
end
print(total)
