-- A __gc field that is not a function is ignored at collection time.
;(function() setmetatable({}, {__gc = true}) end)()
;(function() setmetatable({}, {__gc = "not a function"}) end)()
collectgarbage()
collectgarbage()
print("survived")
