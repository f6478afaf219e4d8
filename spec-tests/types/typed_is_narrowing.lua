type Point = {x: number, y: number}
local function handle(d: any)
  if Point:is(d) then
    print(d.x + d.y)
  end
  local p, err = Point:is(d)
  print(p, err)
end
handle({x = 1, y = 2})
local pt = Point({x = 1, y = 2})
print(pt.x)
