-- Proper tail calls: deep tail recursion does not grow the stack.
local function loop(n, acc)
  if n == 0 then return acc end
  return loop(n - 1, acc + 1)
end
print(loop(1000000, 0))
local even, odd
function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(100001), odd(100001))
-- tail call through a method
local obj = {n = 0}
function obj:count(k) if k == 0 then return self.n end self.n = self.n + 1 return self:count(k - 1) end
print(obj:count(100000))
-- tail call to a vararg function
local function va(n, ...) if n == 0 then return select("#", ...) end return va(n - 1, ...) end
print(va(50000, 1, 2, 3))
-- tail call through pcall frames is fine
print(pcall(loop, 100000, 5))
-- tail-calling a __call table
local c = setmetatable({}, {__call = function(self, n) if n == 0 then return "done" end return self(n - 1) end})
print(c(100000))
