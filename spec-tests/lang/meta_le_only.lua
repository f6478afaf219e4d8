-- Only __le defined: <= and >= use it; < and > fail.
local mt = {__le = function(a, b) return a.v <= b.v end}
local a, b = setmetatable({v = 1}, mt), setmetatable({v = 2}, mt)
print(a <= b, b <= a, a >= b, b >= a)
print(pcall(function() return a < b end))
