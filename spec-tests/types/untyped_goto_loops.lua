for i = 1, 10 do
  if i % 2 == 0 then goto continue end
  print(i)
  ::continue::
end
for x = 1.0, 2.0, 0.5 do print(x) end
for i = 10, 1, -1 do print(i) end
local i = 0
while true do
  i = i + 1
  if i > 3 then break end
end
repeat
  local done = i > 5
  i = i + 1
until done
print(i)
