-- Trigonometric and exponential functions printed with %.10f to avoid last-digit libm differences.
local function f(x) return string.format("%.10f", x) end
for _, x in ipairs({0, 0.5, 1, math.pi / 6, math.pi / 3, 2, -1}) do
  print(f(x), f(math.sin(x)), f(math.cos(x)), f(math.tan(x)), f(math.exp(x)), f(math.atan(x)))
end
for _, x in ipairs({0.1, 1, 2, 10, 100}) do
  print(f(x), f(math.log(x)), f(math.log(x, 10)), f(math.log(x, 2)), f(math.sqrt(x)))
end
print(f(math.asin(0.5)), f(math.acos(0.5)), f(math.atan(1, 2)), f(math.atan(-1, 0)))
