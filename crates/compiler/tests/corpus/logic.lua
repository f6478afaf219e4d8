local a, b, c, d
local x = a and b
local y = a or b
local z = a and b or c and d
local w = not (a and b)
local v = (a or b) == (c and d)
if a and (b or c) then x = 1 end
if not a or not b then x = 2 end
if a == 1 and b ~= 2 or c < 3 then x = 3 end
while a and b do a = b end
local u = a == b
local q = 1 < 2
local p = nil or false
local o = true and 1
local n = a or 1
local m = 1 and a
local k = a and nil
local j = not nil
local i = not 1
local h = a ~= b and true or false
if nil then x = 4 end
if true then x = 5 end
if 1 then x = 6 end
repeat a = a + 1 until a or b
