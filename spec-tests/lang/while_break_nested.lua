-- break exits only the innermost loop; break inside repeat and nested function bodies.
local out = {}
for i = 1, 3 do
  for j = 1, 3 do
    if j > i then break end
    out[#out + 1] = i .. j
  end
end
print(table.concat(out, " "))
local n = 0
repeat
  n = n + 1
  if n == 3 then break end
until false
print(n)
local i = 0
while true do
  i = i + 1
  local f = function() return i >= 4 end
  if f() then break end
end
print(i)
