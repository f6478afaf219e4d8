local counts: {[string]: integer} = {}
for word in ("a b a"):gmatch("%a+") do
  counts[word] = (counts[word] or 0) + 1
end
for k, v in pairs(counts) do
  local key: string = k
  local n: integer = v
  print(key, n)
end
