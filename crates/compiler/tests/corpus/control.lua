local a = 0
if a then a = 1 end
if a == 1 then a = 2 elseif a == 2 then a = 3 else a = 4 end
if not a then print("x") end
if a and b or c then print(1) end
while a < 10 do a = a + 1 end
repeat local z = a; a = a - 1 until z > 5
for i = 1, 10 do print(i) end
for i = 10, 1, -1 do print(i) end
for i = 1.0, 3 do print(i) end
for k, v in pairs(t) do print(k, v) end
for k in next, t do end
while true do if a then break end end
for i = 1, 3 do
  if i == 2 then goto continue end
  print(i)
  ::continue::
end
do local x = 1; print(x) end
local function f(...)
  local a, b = ...
  return ...
end
local function g(a, b, ...) return f(a, ...) end
local function h() return (f()) end
local t = {f()}
local u = {f(), f()}
local v = {...}
print(f())
print((f()))
return f(1, 2)
