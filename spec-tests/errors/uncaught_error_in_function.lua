-- Uncaught error raised with level 2 reports the caller's line.
local function check(v) if not v then error("check failed", 2) end end
print("checking")
check(true)
check(false)
