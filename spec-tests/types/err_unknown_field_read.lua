type Point = {x: number, y: number}
local p: Point = {x = 1, y = 2}
print(p.z) -- expect-error: field 'z' does not exist on {x: number, y: number}
