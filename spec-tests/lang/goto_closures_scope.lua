-- goto backward jumps create fresh locals (closed upvalues) on each pass.
local fs = {}
local i = 1
::top::
do
  local v = i * 100
  fs[i] = function() v = v + 1 return v end
end
i = i + 1
if i <= 3 then goto top end
print(fs[1](), fs[1](), fs[2](), fs[3]())
for j = 1, 3 do
  local x = j
  if x == 2 then goto continue end
  fs[#fs + 1] = function() return x end
  ::continue::
end
print(fs[4](), fs[5]())
