-- __concat with left/right tables having different metamethods, and chains mixing strings and tables.
local A = setmetatable({}, {__concat = function(x, y) return "A(" .. (type(x) == "table" and "t" or x) .. "," .. (type(y) == "table" and "t" or y) .. ")" end})
local B = setmetatable({}, {__concat = function(x, y) return "B" end})
print(A .. B, B .. A, "s" .. A .. "e", 1 .. A, A .. 2.5)
print("a" .. "b" .. A .. "c" .. "d")
