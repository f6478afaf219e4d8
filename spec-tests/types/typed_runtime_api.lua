local ch = channel.new(10)
ch:send(1)
local v, ok = ch:receive()
local pid: string = process.pid()
local child, err = process.spawn("app:worker", "host", 1, 2)
if err then
  print("spawn failed: " .. tostring(err))
  return
end
print(v, ok, pid, child)
local time = require("time")
local t = time.after("50ms")
local r = channel.select({t:case_receive(), default = true})
print(r.ok)
