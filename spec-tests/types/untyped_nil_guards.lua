local config = nil
if math.random() > 2 then
  config = { port = 80 }
end
if config then
  print(config.port)
end
local port = config and config.port or 8080
print(port)
local t = {}
print(t.a, t.a and t.a.b)
local cb = t.callback
if cb then cb() end
local name = os.getenv("HOME")
print(name:len())
