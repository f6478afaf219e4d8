do
  local i = 1
  ::top::
  if i < 3 then
    local x = i
    local f = function() return x end
    i = i + 1
    goto top
  end
end
for i = 1, 3 do
  local y = i
  local g = function() return y end
  if y == 2 then goto skip end
  print(y)
  ::skip::
end
while true do
  local z = 1
  local h = function() return z end
  if z then break end
end
do
  goto done
  local unused = 1
  ::done::
end
repeat
  local k = 1
  local q = function() return k end
until k == 1
local n = 0
::again::
n = n + 1
if n < 3 then goto again end
for i = 1, 2 do
  for j = 1, 2 do
    if j == 2 then break end
  end
end
