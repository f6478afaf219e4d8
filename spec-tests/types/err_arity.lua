local function add(a: number, b: number): number
  return a + b
end
print(add(1, 2, 3)) -- expect-error: 'add' expects 2 arguments, got 3
print(add(1)) -- expect-error: 'add' expects 2 arguments, got 1
local function opt(a: number, b: number?): number return a end
print(opt(1))
