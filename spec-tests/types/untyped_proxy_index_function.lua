local defaults = { color = "red" }
local obj = setmetatable({}, {
  __index = function(t, k) return defaults[k] end,
  __newindex = function(t, k, v) rawset(t, k, v) end,
})
obj.size = 3
print(obj.color, obj.size, rawget(obj, "color"), rawequal(obj, obj), rawlen({ 1, 2 }))
print(getmetatable(obj) ~= nil, getmetatable("abc").__index == string)
