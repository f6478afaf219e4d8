-- pcall returns all results on success and false plus the error on failure.
print(pcall(function() return end))
print(pcall(function() return nil end))
print(pcall(function(...) return ... end, 1, nil, 3))
print(select("#", pcall(function() return 1, 2, 3 end)))
print(pcall(pcall, error, "x"))
print(pcall(pcall))
print(pcall(nil))
print(pcall(42))
print(pcall({}))
print(pcall(setmetatable({}, {__call = function(_, a) return "called", a end}), 5))
-- errors inside metamethods propagate through pcall
local t = setmetatable({}, {__index = function() error("from __index") end})
print(pcall(function() return t.x end))
local u = setmetatable({}, {__add = function() error({tag = "add"}) end})
local ok, e = pcall(function() return u + 1 end)
print(ok, e.tag)
-- pcall inside loops keeps state intact
local count = 0
for i = 1, 100 do
  local ok2 = pcall(function() if i % 2 == 0 then error("even") end count = count + 1 end)
end
print(count)
