-- Deeply nested tables, calls and blocks.
local t = {}
local cur = t
for i = 1, 200 do cur.next = {depth = i} cur = cur.next end
local d, c = 0, t
while c.next do c = c.next d = d + 1 end
print(d, c.depth)
local function nest(n) if n == 0 then return 0 end return 1 + nest(n - 1) end
print(nest(5000))
local src = "return " .. string.rep("(", 100) .. "1" .. string.rep(")", 100)
print(load(src)())
local blocks = string.rep("do ", 100) .. "x = 1 " .. string.rep("end ", 100)
print(load(blocks) ~= nil)
local f, e = load("return " .. string.rep("{", 1000) .. string.rep("}", 1000))
print(f == nil, type(e))
