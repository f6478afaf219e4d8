-- while, repeat-until (with until seeing body locals), break, nested loops.
local i = 0
while true do
  i = i + 1
  if i >= 5 then break end
end
print(i)
local n = 0
repeat
  local done = n >= 3
  n = n + 1
until done
print(n)
local out = {}
for a = 1, 3 do
  local b = 0
  while true do
    b = b + 1
    if b > a then break end
    out[#out + 1] = a .. b
  end
end
print(table.concat(out, " "))
while false do print("never") end
repeat print("once") until true
local x = 10
while x > 0 do x = x - 3 end
print(x)
