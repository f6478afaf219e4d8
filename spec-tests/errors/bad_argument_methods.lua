-- Argument numbering for method calls: self is not counted.
local s = "abc"
print(pcall(function() return s:rep() end))
print(pcall(function() return s:sub("x") end))
print(pcall(function() return s:byte({}) end))
print(pcall(function() return s:format() end))
print(pcall(function() return ("%d"):format("x") end))
print(pcall(function() return s:find({}) end))
print(pcall(function() return s:gsub() end))
print(pcall(function() return s:gsub("a") end))
print(pcall(function() return s:gsub("a", true) end))
