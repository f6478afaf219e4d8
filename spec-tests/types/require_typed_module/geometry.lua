type Point = {x: number, y: number}

local M = {}

function M.new(x: number, y: number): Point
  return {x = x, y = y}
end

function M.dist(a: Point, b: Point): number
  local dx, dy = a.x - b.x, a.y - b.y
  return math.sqrt(dx * dx + dy * dy)
end

M.ORIGIN = M.new(0, 0)

return M
