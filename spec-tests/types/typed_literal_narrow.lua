type Dir = "left" | "right"
local function flip(d: Dir): Dir
  if d == "left" then
    local l: "left" = d
    print(l)
    return "right"
  end
  local r: "right" = d
  return r
end
print(flip("left"))
