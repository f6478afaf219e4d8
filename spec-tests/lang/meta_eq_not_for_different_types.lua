-- __eq is not called when comparing a table with a non-table, or with itself.
local called = 0
local mt = {__eq = function() called = called + 1 return true end}
local a = setmetatable({}, mt)
print(a == 1, a == "a", a == nil, a == a, called)
print(a == setmetatable({}, mt), called)
print(a ~= setmetatable({}, mt), called)
