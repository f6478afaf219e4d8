local function maybe(x)
  if x > 0 then return x, "positive" end
  if x < 0 then return nil, "negative" end
end
local a, b = maybe(1)
local c = maybe(0)
print(a + 1, b:upper(), c)
local function f() return end
print(f())
