-- __len may return any value; # returns it unchanged.
for _, v in ipairs({1.5, "str", -1, true}) do
  local t = setmetatable({}, {__len = function() return v end})
  print(#t, type(#t))
end
local n = setmetatable({}, {__len = function() return nil end})
print(#n)
