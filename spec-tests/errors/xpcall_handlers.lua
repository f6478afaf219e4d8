-- xpcall with message handlers that do not use tracebacks.
print(xpcall(function() error("boom") end, function(m) return "handled: " .. m end))
print(xpcall(function() return 1, 2, 3 end, print))
print(xpcall(function(a, b) return a + b end, print, 3, 4))
print(xpcall(function() error({code = 1}) end, function(e) return type(e), e.code end))
print(xpcall(function() local x = nil; return x.y end, function(m) return (m:gsub("^.-:%d+: ", "")) end))
-- the handler runs before the stack unwinds: it can see the level-2 caller name via debug
print(xpcall(function() error() end, function(m) return "got " .. tostring(m) end))
-- error in the handler
local ok, e = xpcall(function() error("first") end, function(m) error("second") end)
print(ok, type(e))
print(pcall(xpcall))
print(pcall(xpcall, print))
print(xpcall(error, function(m) return m end, "direct"))
-- nested xpcall
print(xpcall(function()
  return xpcall(function() error("inner") end, function(m) return "inner handler: " .. m end)
end, function(m) return "outer" end))
