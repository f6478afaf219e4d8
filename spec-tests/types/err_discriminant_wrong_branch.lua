type Shape = {kind: "circle", r: number} | {kind: "square", side: number}
local function area(s: Shape): number
  if s.kind == "circle" then
    return s.r * s.r * 3.14
  end
  return s.r -- expect-error: field 'r' does not exist on {kind: "square", side: number}
end
print(area({kind = "circle", r = 1}))
