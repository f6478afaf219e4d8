local a = 1
local function f1()
  local b = 2
  local function f2()
    local c = 3
    return function(...)
      local d = select('#', ...)
      a = a + b + c + d
      return a, ...
    end
  end
  return f2
end
local function fact(n) if n <= 1 then return 1 else return n * fact(n - 1) end end
local s = ("x"):rep(3)
local m = {}
function m.a.b.c:d(x, y, ...) return self, x, y, ... end
local v1, v2 = ...
local v3 = select(2, ...)
local t = {..., n = select('#', ...)}
print(...)
local r = (...)
return ...
