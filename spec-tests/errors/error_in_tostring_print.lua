-- print and tostring propagate errors from __tostring and reject non-string results.
local bad = setmetatable({}, {__tostring = function() return 42 end})
print(pcall(print, bad))
print(pcall(tostring, bad))
local failing = setmetatable({}, {__tostring = function() error("tostring failed") end})
print(pcall(print, failing))
local ok = setmetatable({}, {__tostring = function() return "fine" end})
print(pcall(print, ok))
print(pcall(string.format, "%s", bad))
