local counts: {[string]: integer} = {a = 1}
for k, v in pairs(counts) do
  local n: string = v -- expect-error: cannot assign integer to string
  print(k, n)
end
