type Point = {x: number, y: number}
local function f(d: Point | number)
  if Point:is(d) then
    print(d.x)
  end
  print(d.x) -- expect-error: cannot index a value of type number
end
f(1)
