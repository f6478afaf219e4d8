local a: integer = 3
local b: integer = -4
local m: integer = math.max(a, b)
local n: integer = math.abs(b)
local x: number = math.max(1.5, 2)
local r: integer = math.random(1, 6)
local f: number = math.random()
local fl: integer = math.floor(x / 2)
print(m, n, x, r, f, fl, math.min(a, 2), math.abs("-3"), math.max("1", 2))
local bad: integer = math.max(1.5, 2.5) -- expect-error: cannot assign number to integer
print(bad)
