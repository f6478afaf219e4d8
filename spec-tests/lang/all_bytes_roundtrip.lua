-- Every byte value survives %q formatting and reloading, and string.char/byte.
local t = {}
for i = 0, 255 do t[#t + 1] = string.char(i) end
local all = table.concat(t)
local back = load("return " .. string.format("%q", all))()
print(#back, back == all)
local ok = true
for i = 1, 256 do if all:byte(i) ~= i - 1 then ok = false end end
print(ok)
