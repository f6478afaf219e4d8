-- Errors raised inside metamethods report the metamethod's position.
local t = setmetatable({}, {
  __index = function(_, k) error("no field " .. k) end,
  __newindex = function(_, k) error("cannot set " .. k, 2) end,
  __add = function() error("no add", 0) end,
  __call = function() return nil + 1 end,
})
print(pcall(function() return t.foo end))
print(pcall(function() t.bar = 1 end))
print(pcall(function() return t + 1 end))
print(pcall(function() return t() end))
