local function fail(msg: string): never
  error(msg)
end
local function f(x: number): number
  if x > 0 then return x end
  fail("bad")
end
local function g(x: number): number -- ok above; below forgets
  if x > 0 then return x end
  print("no")
end -- expect-error: must return number
print(f(1), g(1))
