-- An observer registry holding listeners weakly: dropped listeners stop receiving events.
local listeners = setmetatable({}, {__mode = "k"})
local received = {}
local function subscribe(obj) listeners[obj] = true end
local function publish(ev)
  local n = 0
  for obj in pairs(listeners) do obj:notify(ev) n = n + 1 end
  return n
end
local Listener = {__index = {notify = function(self, ev) received[#received + 1] = self.name .. ":" .. ev end}}
local a = setmetatable({name = "a"}, Listener)
subscribe(a)
;(function() subscribe(setmetatable({name = "temp"}, Listener)) end)()
collectgarbage()
collectgarbage()
print(publish("e1"))
a = nil
collectgarbage()
collectgarbage()
print(publish("e2"))
print(table.concat(received, " "))
