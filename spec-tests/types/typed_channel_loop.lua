local ch = channel.new(5)
local done = channel.new()
coroutine.spawn(function()
  for i = 1, 3 do ch:send(i) end
  ch:close()
end)
while true do
  local v, ok = ch:receive()
  if not ok then break end
  print(v)
end
local r = channel.select({done:case_receive(), default = true})
if r.default then print("nothing ready") end
