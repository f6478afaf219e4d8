-- rawequal compares without __eq; rawlen works for tables and strings only.
local mt = {__eq = function() return true end, __len = function() return 100 end}
local a, b = setmetatable({1, 2, 3}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b), rawequal(a, a), rawequal(1, 1.0), rawequal("a", "a"), rawequal(nil, nil))
print(#a, rawlen(a), rawlen(b), rawlen("hello"))
print(pcall(rawlen, nil))
print(pcall(rawlen, 5))
