-- Classes with computed properties and validation via __index/__newindex functions.
local function class(def)
  local mt = {}
  mt.__index = function(obj, k)
    local getter = def.get and def.get[k]
    if getter then return getter(obj) end
    return def.methods and def.methods[k] or rawget(obj, "_data")[k]
  end
  mt.__newindex = function(obj, k, v)
    local setter = def.set and def.set[k]
    if setter then setter(obj, v) return end
    error("cannot set field '" .. tostring(k) .. "'", 2)
  end
  return function(init) local o = setmetatable({_data = {}}, mt) for k, v in pairs(init) do o[k] = v end return o end
end
local Rect = class({
  get = {area = function(r) return r._data.w * r._data.h end, w = function(r) return r._data.w end, h = function(r) return r._data.h end},
  set = {
    w = function(r, v) assert(type(v) == "number" and v > 0, "width must be positive") r._data.w = v end,
    h = function(r, v) assert(type(v) == "number" and v > 0, "height must be positive") r._data.h = v end,
  },
  methods = {scale = function(r, k) r.w = r.w * k r.h = r.h * k return r end},
})
local r = Rect({w = 2, h = 3})
print(r.w, r.h, r.area)
r:scale(2)
print(r.area)
print(pcall(function() r.w = -1 end))
print(pcall(function() r.depth = 1 end))
