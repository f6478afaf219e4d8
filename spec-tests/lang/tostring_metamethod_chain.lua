-- __tostring results are used by print, tostring, string.format %s and error messages.
local P = setmetatable({}, {__tostring = function() return "P!" end})
print(P, tostring(P), string.format("[%s]", P), ("%s"):format(P))
print(pcall(error, P))
local ok, e = pcall(error, P)
print(tostring(e), e == P)
