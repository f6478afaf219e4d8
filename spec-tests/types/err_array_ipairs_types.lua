local names: {string} = {"a"}
for i, name in ipairs(names) do
  local n: number = name -- expect-error: cannot assign string to number
  print(i, n)
end
