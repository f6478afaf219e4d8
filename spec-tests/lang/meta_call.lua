-- __call on tables, with arguments and multiple results; chained __call.
local callable = setmetatable({name = "obj"}, {__call = function(self, a, b)
  return self.name, a, b, a + b
end})
print(callable(1, 2))
print(pcall(callable, 3, 4))
local t = {}
for i = 1, 3 do t[i] = callable(i, i) end
print(t[1], t[2], t[3])
local v = select("#", callable(1, 1))
print(v)
-- __call with varargs
local counter = setmetatable({}, {__call = function(_, ...) return select("#", ...), ... end})
print(counter())
print(counter(nil, nil))
print(counter(1, nil, 3))
-- a table with __call used as a method
local obj = {m = callable}
print(pcall(function() return obj:m(10) end))
-- not callable
print(pcall(function() local x = setmetatable({}, {}) return x() end))
print(pcall(function() local x = setmetatable({}, {__call = 1}) return x() end))
-- __call used by a for-in iterator
local iter = setmetatable({i = 0}, {__call = function(self)
  self.i = self.i + 1
  if self.i <= 3 then return self.i end
end})
for v in iter do io.write(v, " ") end
print()
