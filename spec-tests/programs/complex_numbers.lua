-- Complex numbers with metamethods; printing with fixed precision.
local C = {}
C.__index = C
local function c(re, im) return setmetatable({re = re, im = im or 0}, C) end
local function lift(x) return type(x) == "number" and c(x, 0) or x end
C.__add = function(a, b) a, b = lift(a), lift(b) return c(a.re + b.re, a.im + b.im) end
C.__mul = function(a, b) a, b = lift(a), lift(b) return c(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re) end
C.__div = function(a, b) a, b = lift(a), lift(b) local d = b.re ^ 2 + b.im ^ 2 return c((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d) end
C.__eq = function(a, b) return a.re == b.re and a.im == b.im end
C.__tostring = function(a) return string.format("%.4f%+.4fi", a.re, a.im) end
function C:abs() return math.sqrt(self.re ^ 2 + self.im ^ 2) end
local i = c(0, 1)
print(tostring(i * i), tostring((1 + i) * (1 + i)), tostring(c(3, 4) / c(1, 2)), c(3, 4):abs(), i * i == c(-1, 0))
local z = c(0)
for _ = 1, 5 do z = z * z + c(0.25, 0.5) end
print(tostring(z))
