-- goto: continue idiom, breaking out of nested loops, backward jumps.
for i = 1, 5 do
  if i % 2 == 0 then goto continue end
  io.write(i, " ")
  ::continue::
end
print()
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto next_i end
    io.write(i, ":", j, " ")
  end
  ::next_i::
end
print()
for i = 1, 3 do
  for j = 1, 3 do
    if i * j == 4 then goto done end
    io.write(i * j, " ")
  end
end
::done::
print()
-- backward goto as a loop
local n = 0
::top::
n = n + 1
if n < 5 then goto top end
print(n)
-- closures created in a goto loop capture distinct locals
local fs = {}
do
  local i = 1
  ::again::
  local x = i
  fs[#fs + 1] = function() return x end
  i = i + 1
  if i <= 3 then goto again end
end
print(fs[1](), fs[2](), fs[3]())
-- goto in while with continue label at end of block
local k = 0
while k < 6 do
  k = k + 1
  if k == 3 then goto cont end
  io.write(k, ",")
  ::cont::
end
print()
