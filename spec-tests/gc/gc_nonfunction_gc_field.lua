-- A __gc field that is not a function is ignored at collection time.
do setmetatable({}, {__gc = true}) end
do setmetatable({}, {__gc = "not a function"}) end
collectgarbage()
collectgarbage()
print("survived")
