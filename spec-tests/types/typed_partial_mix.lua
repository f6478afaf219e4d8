-- Typed helpers used from untyped code.
local function clamp(x: number, lo: number, hi: number): number
  if x < lo then return lo end
  if x > hi then return hi end
  return x
end
local untyped = {}
function untyped.run(v)
  return clamp(v, 0, 10), v.whatever
end
local raw = untyped.run(tonumber(arg and arg[1]) or 5)
print(raw, clamp(raw, 1, 2))
