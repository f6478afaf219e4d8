-- Deep non-tail recursion ends in a catchable "stack overflow" error.
local function rec(n) return 1 + rec(n + 1) end
local ok, err = pcall(rec, 1)
print(ok, type(err), string.find(err, "stack overflow", 1, true) ~= nil)
-- the program continues normally afterwards
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(10000))
-- overflow through metamethods
local t = setmetatable({}, {})
getmetatable(t).__index = function(tbl, k) return tbl[k] end
ok, err = pcall(function() return t.x end)
print(ok, string.find(tostring(err), "stack overflow", 1, true) ~= nil or string.find(tostring(err), "C stack overflow", 1, true) ~= nil)
-- overflow inside a coroutine
local co = coroutine.create(function() return rec(1) end)
local ok2, err2 = coroutine.resume(co)
print(ok2, string.find(err2, "stack overflow", 1, true) ~= nil, coroutine.status(co))
