-- A bounded buffer between a producer and a consumer coroutine, driven by a scheduler loop.
local buffer, cap, log = {}, 2, {}
local producer = coroutine.create(function()
  for i = 1, 5 do
    while #buffer >= cap do coroutine.yield("full") end
    buffer[#buffer + 1] = i
    log[#log + 1] = "p" .. i
  end
  return "producer done"
end)
local consumer = coroutine.create(function()
  local got = 0
  while got < 5 do
    while #buffer == 0 do coroutine.yield("empty") end
    local v = table.remove(buffer, 1)
    log[#log + 1] = "c" .. v
    got = got + 1
  end
  return "consumer done"
end)
while coroutine.status(producer) ~= "dead" or coroutine.status(consumer) ~= "dead" do
  if coroutine.status(producer) ~= "dead" then coroutine.resume(producer) end
  if coroutine.status(consumer) ~= "dead" then coroutine.resume(consumer) end
end
print(table.concat(log, " "))
