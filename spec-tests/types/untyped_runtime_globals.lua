local pid = process.pid()
local inbox = process.inbox()
local events = process.events()
local ch = channel.new(1)
ch:send("x")
local v, ok = ch:receive()
local timeout = nil
local r = channel.select({ inbox:case_receive(), events:case_receive(), default = true })
if r.channel == inbox then
  local msg = r.value
  print(msg:topic(), msg:payload():data())
end
local err = errors.new("boom")
print(pid, v, ok, err:kind(), errors.is(err, errors.INVALID), timeout)
local ok2, e2 = process.send(pid, "topic", { a = 1 })
if not ok2 then print("send failed: " .. tostring(e2)) end
coroutine.spawn(function() print("spawned") end)
