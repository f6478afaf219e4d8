-- xpcall returns the handler's error status; an error afterwards is uncaught.
print(xpcall(function() error("a") end, function(m) return "handled " .. m end))
error("final error")
