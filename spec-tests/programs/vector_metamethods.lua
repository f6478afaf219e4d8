-- A 3D vector type implemented with the full set of arithmetic and comparison metamethods.
local V = {}
V.__index = V
local function new(x, y, z) return setmetatable({x = x, y = y, z = z}, V) end
V.__add = function(a, b) return new(a.x + b.x, a.y + b.y, a.z + b.z) end
V.__sub = function(a, b) return new(a.x - b.x, a.y - b.y, a.z - b.z) end
V.__mul = function(a, b)
  if type(a) == "number" then return new(a * b.x, a * b.y, a * b.z) end
  if type(b) == "number" then return new(b * a.x, b * a.y, b * a.z) end
  return a.x * b.x + a.y * b.y + a.z * b.z
end
V.__div = function(a, k) return new(a.x / k, a.y / k, a.z / k) end
V.__unm = function(a) return new(-a.x, -a.y, -a.z) end
V.__eq = function(a, b) return a.x == b.x and a.y == b.y and a.z == b.z end
V.__lt = function(a, b) return a:len2() < b:len2() end
V.__le = function(a, b) return a:len2() <= b:len2() end
V.__len = function(a) return 3 end
V.__tostring = function(a) return string.format("(%g, %g, %g)", a.x, a.y, a.z) end
V.__concat = function(a, b) return tostring(a) .. tostring(b) end
V.__call = function(a, i) return ({a.x, a.y, a.z})[i] end
function V:len2() return self * self end
function V:cross(b) return new(self.y * b.z - self.z * b.y, self.z * b.x - self.x * b.z, self.x * b.y - self.y * b.x) end
local a, b = new(1, 2, 3), new(4, 5, 6)
print(tostring(a + b), tostring(a - b), a * b, tostring(2 * a), tostring(a * 2), tostring(b / 2), tostring(-a))
print(a == new(1, 2, 3), a ~= b, a < b, b <= a, #a, a(2), a .. b, "v=" .. a)
print(tostring(a:cross(b)), a:cross(b) * a)
