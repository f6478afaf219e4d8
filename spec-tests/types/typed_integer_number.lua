local i: integer = 1
local n: number = i
local m: number = 5
local arr: {number} = {1, 2.5, i}
local function f(x: number): number return x end
print(n, m, f(i), f(3), arr[1], i // 2, i + 1)
local j: integer = i * 2 + 1
print(j)
