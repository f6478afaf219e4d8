-- Error messages name global functions, fields of globals and methods.
function global_fn() local x = nil return x.field end
local t = {}
function t.field_fn() local y = nil return y + 1 end
function t:method_fn() return #self.missing end
print(pcall(global_fn))
print(pcall(t.field_fn))
print(pcall(t.method_fn, t))
print(pcall(function() return t.nothing.deeper end))
print(pcall(function() return math.nonexistent(1) end))
