-- Floor division and modulo with negatives, zero and floats.
local vals = {7, -7, 3, -3, 0, 7.5, -7.5, 0.0, -0.0, math.huge, -math.huge}
for _, a in ipairs(vals) do
  for _, b in ipairs({3, -3, 2.0, -2.0, 0.5, math.huge, -math.huge}) do
    print(a, b, a // b, a % b)
  end
end
print(pcall(function() return 1 // 0 end))
print(pcall(function() return 1 % 0 end))
print(pcall(function() local z = 0 return 5 // z end))
print(pcall(function() local z = 0 return 5 % z end))
print(1 // 0.0, -1 // 0.0, 1 / 0, -1 / 0, 0/0 ~= 0/0)
print(5.0 % 0 ~= 5.0 % 0, math.type(5 // 0.0))
print(3 % -2, -3 % 2, 3.5 % -2, -3.5 % 2, 5 % 3.0, -5 % -3)
print(math.mininteger // -1, math.mininteger % -1)
print(7 // 2, 7.0 // 2, -7 // 2, -7.0 // 2, 7 / 2, 6 / 2, math.type(6 / 2))
