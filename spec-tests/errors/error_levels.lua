-- error(msg, level) positions: level 1 is the caller of error, 2 its caller, and so on.
local function lvl1() error("one", 1) end
local function lvl2() error("two", 2) end
local function lvl3() error("three", 3) end
local function callee2() lvl2() end
local function callee3() lvl3() end
local function outer3() callee3() end
print(pcall(lvl1))
print(pcall(callee2))
print(pcall(outer3))
local function check(x) if type(x) ~= "number" then error("expected number", 2) end return x end
local function user() return check("s") end
print(pcall(user))
print(pcall(function() error("deep", 50) end))
print(pcall(function() error("lvl 2 from main", 2) end))
local function wrap() local ok, e = pcall(error, "inner", 2) return e end
print(wrap())
