local t = { a = 1 }
local k, v = next(t)
while k do
  print(k, v)
  k, v = next(t, k)
end
rawset(t, "b", 2)
print(#t, t.b, collectgarbage("count") > 0)
