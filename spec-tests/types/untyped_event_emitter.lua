local Emitter = {}
Emitter.__index = Emitter
function Emitter.new() return setmetatable({ handlers = {} }, Emitter) end
function Emitter:on(name, fn)
  local list = self.handlers[name]
  if not list then
    list = {}
    self.handlers[name] = list
  end
  list[#list + 1] = fn
  return self
end
function Emitter:emit(name, ...)
  for _, fn in ipairs(self.handlers[name] or {}) do fn(...) end
end
local e = Emitter.new()
e:on("x", function(a, b) print(a + b) end):on("x", print)
e:emit("x", 1, 2)
