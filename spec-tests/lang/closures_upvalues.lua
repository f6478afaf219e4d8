-- Upvalues are shared between closures and survive their scope.
local function counter()
  local n = 0
  return function() n = n + 1 return n end, function() return n end
end
local inc, get = counter()
inc() inc()
local inc2, get2 = counter()
inc2()
print(get(), get2())
-- nested upvalues across three levels
local function outer()
  local a = 1
  return function()
    local b = 2
    return function()
      a = a + 1
      b = b + 1
      return a, b
    end
  end
end
local mid = outer()
local f1, f2 = mid(), mid()
print(f1()) print(f1()) print(f2()) print(f2())
-- upvalue captured after being modified
local x = 1
local function getx() return x end
x = 2
print(getx())
-- recursive local function
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(20))
local fib
fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20))
-- parameters are upvalues too
local function adder(k) return function(v) return v + k end end
print(adder(10)(5), adder(-1)(1))
-- closing over a block-local in a do block
local saved
do
  local secret = "s"
  saved = function() return secret end
end
print(saved())
