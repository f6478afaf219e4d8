-- Errors for values that cannot be converted.
print(pcall(function() return ("x"):rep(1, {}) end))
print(pcall(string.format, "%s"))
print(pcall(string.format, "%s %s", 1))
print(pcall(tostring, setmetatable({}, {__tostring = function() error("inner") end})))
print(pcall(print, setmetatable({}, {__tostring = function() return 5 end})))
print(pcall(table.concat, {1, 2, true}))
print(pcall(table.concat, {1, 2}, {}))
