local Base = {}
Base.__index = Base
function Base.new(x) return setmetatable({ x = x }, Base) end
function Base:get() return self.x end
function Base:describe() return "base " .. self:get() end

local Derived = setmetatable({}, { __index = Base })
Derived.__index = Derived
function Derived.new(x, y)
  local o = Base.new(x)
  o.y = y
  return setmetatable(o, Derived)
end
function Derived:get() return self.x + self.y end

local items = { Base.new(1), Derived.new(1, 2) }
for _, item in ipairs(items) do
  print(item:describe(), item.y)
end
