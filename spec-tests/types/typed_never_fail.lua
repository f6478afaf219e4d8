local function fail(msg: string): never
  error(msg)
end
local function check(x: number?): number
  if x == nil then
    fail("nil")
  end
  return x
end
print(check(1))
