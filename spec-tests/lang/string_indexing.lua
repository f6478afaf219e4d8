-- Strings share the string metatable: methods, indexing non-methods, numeric indexes.
local s = "hello"
print(s:len(), type(s.len), s[1], s.upper == string.upper)
string.custom = function(self) return "custom:" .. self end
print(s:custom(), ("x"):custom())
string.custom = nil
print(pcall(function() return s:custom() end))
print(#s, s == "hello", s .. "!" == "hello!")
