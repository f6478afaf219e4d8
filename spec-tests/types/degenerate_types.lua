type A = A?
type B = C
type C = B
local function f<T: U, U: T>(x: T): U
  return x -- expect-error: expected U, got T
end
local a: A = nil
local b: B = 1
print(a, b, f(1))
local function g(v: A)
  print(v.x) -- expect-error: nil value
end
g(nil)
