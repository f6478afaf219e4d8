local function id<T>(x: T): T return x end
local a = id({1, 2, 3})
local b = id("s"):upper()
local c = id(nil)
local d = id(print)
d(a, b, c)
