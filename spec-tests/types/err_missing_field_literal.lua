type Point = {x: number, y: number}
local p: Point = {x = 1} -- expect-error: missing field 'y'
print(p)
