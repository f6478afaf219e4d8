-- Rational arithmetic with normalisation by gcd, using integer operations and metamethods.
local R = {}
R.__index = R
local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return math.abs(a) end
local function new(n, d)
  if d == 0 then error("zero denominator", 2) end
  if d < 0 then n, d = -n, -d end
  local g = gcd(n, d)
  return setmetatable({n = n // g, d = d // g}, R)
end
local function lift(x) return getmetatable(x) == R and x or new(x, 1) end
R.__add = function(a, b) a, b = lift(a), lift(b) return new(a.n * b.d + b.n * a.d, a.d * b.d) end
R.__sub = function(a, b) a, b = lift(a), lift(b) return new(a.n * b.d - b.n * a.d, a.d * b.d) end
R.__mul = function(a, b) a, b = lift(a), lift(b) return new(a.n * b.n, a.d * b.d) end
R.__div = function(a, b) a, b = lift(a), lift(b) return new(a.n * b.d, a.d * b.n) end
R.__eq = function(a, b) return a.n == b.n and a.d == b.d end
R.__lt = function(a, b) a, b = lift(a), lift(b) return a.n * b.d < b.n * a.d end
R.__tostring = function(a) return a.d == 1 and tostring(a.n) or (a.n .. "/" .. a.d) end
local h = new(0, 1)
for i = 1, 10 do h = h + new(1, i) end
print(tostring(h), tostring(new(1, 2) * new(2, 3)), tostring(new(3, 4) / new(9, 8)), tostring(new(1, 3) - 1))
print(new(1, 2) == new(2, 4), new(1, 3) < new(1, 2), 1 < new(3, 2), tostring(new(6, -4)))
print(pcall(new, 1, 0))
print(pcall(function() return new(1, 2) / 0 end))
