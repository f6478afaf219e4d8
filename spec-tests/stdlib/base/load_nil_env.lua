-- load with an explicit nil environment: globals are unavailable.
local f = load("return x", "nilenv", "t", nil)
print(pcall(f))
local g = load("local a = 1 return a + 1", "nilenv", "t", nil)
print(g())
