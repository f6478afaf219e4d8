-- Class hierarchies built with metatables.
local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound)
  local self = setmetatable({}, Animal)
  self.name, self.sound = name, sound
  return self
end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end
local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog
function Dog.new(name)
  local self = Animal.new(name, "woof")
  return setmetatable(self, Dog)
end
function Dog:kind() return "dog" end
function Dog:fetch() return self.name .. " fetches" end
local d = Dog.new("Rex")
local a = Animal.new("Cat", "meow")
print(d:speak(), d:kind(), d:fetch())
print(a:speak(), a:kind(), a.fetch)
print(getmetatable(d) == Dog, getmetatable(a) == Animal)
-- super calls
function Dog:speak() return Animal.speak(self) .. "!" end
print(d:speak())
-- instance fields shadow class fields
d.kind = function() return "overridden" end
print(d:kind(), Dog.kind(d))
