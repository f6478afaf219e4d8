local V = {}
V.__index = V
V.__add = function(a, b) return setmetatable({ x = a.x + b.x }, V) end
V.__eq = function(a, b) return a.x == b.x end
V.__lt = function(a, b) return a.x < b.x end
V.__tostring = function(v) return "V(" .. v.x .. ")" end
V.__call = function(self, y) return self.x + y end
V.__len = function() return 99 end
V.__concat = function(a, b) return tostring(a) .. tostring(b) end
local a = setmetatable({ x = 1 }, V)
local b = setmetatable({ x = 2 }, V)
local c = a + b
print(tostring(c), a == b, a < b, a(10), #a, a .. b, -a == nil)
