for i = 1, 3 do
  local k: integer = i
  print(k)
end
for x = 1.5, 3 do
  local k: integer = x -- expect-error: cannot assign number to integer
  print(k)
end
