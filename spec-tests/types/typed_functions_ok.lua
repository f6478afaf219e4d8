local function add(a: number, b: number): number
  return a + b
end
local function divmod(a: integer, b: integer): (integer, integer)
  return a // b, a % b
end
local function greet(name: string, greeting: string?): string
  return (greeting or "hello") .. ", " .. name
end
local q, r = divmod(7, 2)
print(add(1, 2), add(q, r), greet("bob"), greet("bob", "hi"))
local f: (number) -> number = function(x: number): number return x * 2 end
print(f(3))
