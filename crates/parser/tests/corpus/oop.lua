-- Classes with metatables, inheritance, varargs and closures.
local Animal = {}
Animal.__index = Animal

function Animal.new(name, sound, ...)
  local self = setmetatable({}, Animal)
  self.name = name
  self.sound = sound or "..."
  self.tags = {...}
  self.count = select("#", ...)
  return self
end

function Animal:speak(times)
  times = times or 1
  local parts = {}
  for i = 1, times do
    parts[#parts + 1] = self.sound
  end
  return self.name .. " says " .. table.concat(parts, ", ")
end

local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog
Dog.__tostring = function(d) return "Dog(" .. d.name .. ")" end
Dog.__eq = function(a, b) return a.name == b.name end
Dog.__lt = function(a, b) return a.name < b.name end
Dog.__le = function(a, b) return not (b < a) end
Dog.__concat = function(a, b) return tostring(a) .. tostring(b) end
Dog.__call = function(self, x) return self.name .. x end
Dog.__len = function() return 4 end

function Dog.new(name)
  local d = Animal.new(name, "woof")
  return setmetatable(d, Dog)
end

function Dog:fetch(thing) return ("%s fetched the %s"):format(self.name, thing) end

local function counter(start)
  local n = start or 0
  return function(step)
    n = n + (step or 1)
    return n
  end, function() return n end
end

local inc, get = counter(10)
inc(); inc(5)
assert(get() == 16)

local rex = Dog.new("Rex")
print(rex:speak(2), rex:fetch "ball", #rex, rex "!", tostring(rex))
print(rex == Dog.new("Rex"), rex < Dog.new("Sam"), rex <= rex)
local M = {}
M.sub = {deep = {}}
function M.sub.deep.f(a, b) return a + b end
function M.sub.deep:g(...) return self, ... end
print(M.sub.deep.f(1, 2), select(2, M.sub.deep:g(3, 4)))
local variadic = function(...)
  local a, b = ...
  local t = {..., n = select("#", ...)}
  return t.n, a, b
end
print(variadic(1, nil, 3))
return M
