-- Concatenation errors name the operand: local, upvalue, global, field, constant.
local up = {}
print(pcall(function() local l = {} return "a" .. l end))
print(pcall(function() return "a" .. up end))
print(pcall(function() return "a" .. some_global end))
print(pcall(function() local t = {f = {}} return t.f .. "a" end))
print(pcall(function() return "a" .. true end))
print(pcall(function() local a, b = "x", nil return a .. b .. "c" end))
print(pcall(function() local a = nil return a .. "x" .. "y" end))
print(pcall(function() return 1 .. {} end))
