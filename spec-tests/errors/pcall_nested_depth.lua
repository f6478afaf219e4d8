-- Deeply nested pcall calls and errors at each level.
local function nest(n)
  if n == 0 then error("bottom", 0) end
  local ok, e = pcall(nest, n - 1)
  return "level " .. n .. " caught: " .. tostring(e):sub(1, 30)
end
print(nest(1))
print(nest(100):sub(1, 40))
local depth = 0
local function count(n) depth = depth + 1 if n > 0 then pcall(count, n - 1) end end
count(150)
print(depth)
