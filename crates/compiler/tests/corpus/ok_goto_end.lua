do
  goto l
  local a
  ::l::
end
for i = 1, 3 do
  local x = i
  if x then goto continue end
  local y = function() return x end
  ::continue::
end
while x do
  do
    local z
    local f = function() return z end
    goto out
  end
end
::out::
