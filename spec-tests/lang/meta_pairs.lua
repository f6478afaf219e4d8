-- __pairs customises pairs(); ipairs respects __index.
local t = setmetatable({}, {__pairs = function(self)
  local i = 0
  return function()
    i = i + 1
    if i <= 3 then return i, i * i end
  end, self, nil
end})
for k, v in pairs(t) do print(k, v) end
local p = setmetatable({}, {__index = function(_, i) if i <= 4 then return "v" .. i end end})
for i, v in ipairs(p) do print(i, v) end
-- __pairs returning extra values: only three are used
local q = setmetatable({}, {__pairs = function() return next, {a = 1}, nil, "extra" end})
for k, v in pairs(q) do print(k, v) end
-- pairs on non-table without __pairs errors
print(select("#", pcall(pairs, 1)), pcall(function() for k in pairs(1) do end end))
print(pcall(function() for k in pairs(nil) do end end))
print(pcall(ipairs))
