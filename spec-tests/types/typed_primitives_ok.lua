local n: number = 3.14
local i: integer = 42
local s: string = "hello"
local b: boolean = true
local y: number? = nil
local v: number | string = 1
local a: any = {}
local u: unknown = "x"
local num: number = i
v = "now a string"
y = 5
print(n, i, s, b, y, v, a, u, num)
