type Point = {x: number, y: number}
local Point = {}
function Point.new(x: number, y: number): Point
  return {x = x, y = y, z = 0} -- expect-error: field 'z' does not exist
end
print(Point.new(1, 2))
