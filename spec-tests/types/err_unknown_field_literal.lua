type Point = {x: number, y: number}
local p: Point = {x = 1, y = 2, z = 3} -- expect-error: field 'z' does not exist
print(p)
