-- Fibonacci by 2x2 matrix exponentiation with integer wraparound for large n.
local function mul(a, b)
  return {a[1] * b[1] + a[2] * b[3], a[1] * b[2] + a[2] * b[4], a[3] * b[1] + a[4] * b[3], a[3] * b[2] + a[4] * b[4]}
end
local function fib(n)
  local result, base = {1, 0, 0, 1}, {1, 1, 1, 0}
  while n > 0 do
    if n & 1 == 1 then result = mul(result, base) end
    base = mul(base, base)
    n = n >> 1
  end
  return result[2]
end
print(fib(10), fib(50), fib(90), fib(92))
print(fib(93), fib(100), fib(1000))
