local rep = string.rep
local t = { fn = string.rep, up = string.upper }
print(pcall(function() return rep() end))
print(pcall(function() return t.fn() end))
print(pcall(function() local s = "x" return s:rep() end))
print(pcall(function() return string.rep() end))
print(pcall(t.up, {}))
