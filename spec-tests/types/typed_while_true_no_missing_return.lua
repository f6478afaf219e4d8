local function first_positive(xs: {number}): number
  local i = 1
  while true do
    local v = xs[i]
    if v > 0 then
      return v
    end
    i = i + 1
  end
end
local function sign(x: number): number
  if x > 0 then
    return 1
  elseif x < 0 then
    return -1
  else
    return 0
  end
end
local function must(x: number?): number
  if x then
    return x
  else
    error("missing")
  end
end
print(first_positive({-1, 2}), sign(3), must(1))
