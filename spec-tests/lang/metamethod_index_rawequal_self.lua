-- __index returning different kinds of values and __index function arguments.
local log = {}
local t = setmetatable({}, {__index = function(self, key)
  log[#log + 1] = type(key) .. ":" .. tostring(key)
  return nil
end})
local _ = t[1], t[1.5], t["s"], t[true]
local k = {}
local _ = t[k]
print(table.concat(log, " ", 1, 4), log[5]:match("^table:") ~= nil)
local num_idx = setmetatable({}, {__index = function(_, i) return i * 2 end})
print(num_idx[21], num_idx[2.5], num_idx[2^53])
