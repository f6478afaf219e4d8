local function id<T>(x: T): T
  return x
end
local function map<T, U>(xs: {T}, f: (T) -> U): {U}
  local out: {U} = {}
  for i, x in ipairs(xs) do
    out[i] = f(x)
  end
  return out
end
local function first<T>(xs: {T}): T?
  return xs[1]
end
local n: number = id(5)
local s: string = id("x")
local lens: {number} = map({"a", "bb"}, function(x: string): number return #x end)
local f = first({1, 2})
print(n, s, lens[2], f)
