local function connect(host: string?, port: number?): string
  host = host or "localhost"
  port = port or 8080
  return host .. ":" .. (port + 0)
end
print(connect(), connect("h", 1))
