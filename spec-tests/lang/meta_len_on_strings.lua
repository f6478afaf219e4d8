-- # on strings is primitive and ignores __len on the string metatable.
getmetatable("").__len = function() return 99 end
print(#"abc")
getmetatable("").__len = nil
local t = setmetatable({1, 2}, {__len = function(self) return rawlen(self) * 10 end})
print(#t)
