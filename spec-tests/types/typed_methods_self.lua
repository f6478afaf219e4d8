type Point = {x: number, y: number}
local Point = {}
Point.__index = Point
function Point.new(x: number, y: number): Point
  return setmetatable({x = x, y = y}, Point)
end
function Point:len(): number
  return math.sqrt(self.x * self.x + self.y * self.y)
end
local p = Point.new(3, 4)
print(p.x, p:len(), Point.new(1, 1):len())
