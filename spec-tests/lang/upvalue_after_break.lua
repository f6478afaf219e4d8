-- Closures created before a break keep their captured values.
local saved
for i = 1, 10 do
  local v = i * i
  saved = function() return v end
  if i == 4 then break end
end
print(saved())
local fs = {}
for i = 1, 3 do
  fs[i] = function() return i end
  if i == 2 then goto out end
end
::out::
print(fs[1](), fs[2](), fs[3])
while true do
  local w = "while-local"
  saved = function() return w end
  break
end
print(saved())
