type Point = {x: number, y: number}
local p: Point = {x = 1, y = 2}
p.x = "left" -- expect-error: cannot assign string to field 'x' of type number
p.z = 3 -- expect-error: field 'z' does not exist
