-- rawget/rawset/rawequal/rawlen ignore metamethods.
local mt = {__index = function() return "idx" end, __newindex = function() error("no") end,
  __len = function() return 99 end, __eq = function() return true end}
local a = setmetatable({1, 2}, mt)
local b = setmetatable({}, mt)
print(a.x, rawget(a, "x"), rawget(a, 1))
rawset(a, "x", 5)
print(a.x, #a, rawlen(a), rawlen("abcd"))
print(a == b, rawequal(a, b))
print(pcall(rawget, 1, 1))
print(pcall(rawset, {}, nil, 1))
print(pcall(rawset, {}, 0/0, 1))
print(pcall(rawlen, 5))
print(rawset(a, 1, 10) == a, a[1])
