local total = 0
local names = { "a", "b" }
for i = 1, #names do
  total = total + i
  names[i] = names[i] .. i
end
print(total .. " items: " .. table.concat(names, ","))
local x = #names > 1 and "many" or "few"
local y = not x
print(x, y, x == "many" and 1 or 0)
