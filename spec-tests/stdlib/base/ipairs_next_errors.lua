-- ipairs on non-tables and with __index, and errors.
local ok, f, s, i = pcall(ipairs, nil)
print(ok, type(f), s, i)
for i, v in ipairs("abc") do print(i, v) end
local ok, e = pcall(function() for i, v in ipairs(5) do end end)
print(ok, e)
local t = setmetatable({}, {__index = {1, 2, 3}})
for i, v in ipairs(t) do io.write(i, "=", v, " ") end print()
