local function minmax(xs: {number}): (number, number)
  local lo, hi = math.huge, -math.huge
  for _, x in ipairs(xs) do
    if x < lo then lo = x end
    if x > hi then hi = x end
  end
  return lo, hi
end
local a, b = minmax({1, 5, 3})
local total: number = a + b
print(total, select("#", minmax({})))
