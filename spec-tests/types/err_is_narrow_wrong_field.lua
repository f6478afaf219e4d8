type Point = {x: number, y: number}
local function f(d: any)
  local p = Point(d)
  print(p.z) -- expect-error: field 'z' does not exist
end
f({x = 1, y = 2})
