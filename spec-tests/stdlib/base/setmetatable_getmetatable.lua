-- getmetatable/setmetatable on all types; the string metatable is shared.
print(getmetatable("a") == getmetatable("b"), getmetatable("").__index == string)
print(getmetatable(nil), getmetatable(1), getmetatable(true), getmetatable(print), getmetatable({}))
print(pcall(setmetatable, "s", {}))
print(pcall(setmetatable, {}, "mt"))
local t = {}
print(setmetatable(t, nil) == t)
local mt = {__index = {x = 1}}
print(setmetatable(t, mt).x)
