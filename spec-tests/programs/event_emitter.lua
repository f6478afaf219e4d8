-- An event emitter with handler registration order, once-handlers, and removal.
local Emitter = {}
Emitter.__index = Emitter
function Emitter.new() return setmetatable({handlers = {}}, Emitter) end
function Emitter:on(ev, fn) local l = self.handlers[ev] or {} self.handlers[ev] = l l[#l + 1] = fn return fn end
function Emitter:once(ev, fn) local w w = function(...) self:off(ev, w) return fn(...) end return self:on(ev, w) end
function Emitter:off(ev, fn) local l = self.handlers[ev] or {} for i = #l, 1, -1 do if l[i] == fn then table.remove(l, i) end end end
function Emitter:emit(ev, ...)
  local l = self.handlers[ev]
  if not l then return 0 end
  local snapshot = {table.unpack(l)}
  for _, fn in ipairs(snapshot) do fn(...) end
  return #snapshot
end
local e = Emitter.new()
local log = {}
local h = e:on("x", function(v) log[#log + 1] = "a" .. v end)
e:once("x", function(v) log[#log + 1] = "once" .. v end)
e:on("x", function(v) log[#log + 1] = "b" .. v end)
print(e:emit("x", 1), e:emit("x", 2))
e:off("x", h)
print(e:emit("x", 3), e:emit("none"))
print(table.concat(log, " "))
