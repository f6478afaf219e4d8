-- xpcall passes extra arguments; the handler receives the original error value.
print(xpcall(function(a, b, c) return a + b + c end, print, 1, 2, 3))
local t = {}
print(xpcall(function() error(t) end, function(e) return e == t end))
print(xpcall(function() error() end, function(e) return e == nil end))
print(xpcall(function() local x = nil return x.y end, function(e) return type(e) end))
