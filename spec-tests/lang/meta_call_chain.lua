-- __call must be a function: a callable table as __call is not called recursively in 5.3.
local inner = setmetatable({}, {__call = function(self, ...) return "inner", select("#", ...) end})
local outer = setmetatable({}, {__call = inner})
print(pcall(outer, 1, 2))
print(pcall(inner, 1))
local viaindex = setmetatable({}, {__index = {__call = function() return "no" end}})
print(pcall(viaindex))
