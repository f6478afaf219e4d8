-- Local scoping, shadowing, and globals.
x = "global"
local x = "local"
print(x, _G.x, _ENV.x)
do
  local x = "inner"
  print(x)
end
print(x)
local function f()
  local x = x .. "!"
  return x
end
print(f())
local a = 1
local a = a + 1
print(a)
-- local function sees itself; local f = function does not
local function rec(n) return n == 0 and "done" or rec(n - 1) end
print(rec(3))
local g = function(n) return n end
local g = function(n) if n == 0 then return "outer" end return g(n - 1) end
print(g(2))
-- globals are fields of _ENV
newglobal = 5
print(_ENV.newglobal, rawget(_G, "newglobal"))
_ENV.viaenv = 6
print(viaenv)
-- _ENV as a local changes global resolution
do
  local _ENV = {print = print}
  y = 7
  print(y, _ENV.y)
end
print(y)
