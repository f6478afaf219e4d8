-- Sparse, negative, zero and huge integer keys.
local t = {}
t[0] = "zero"; t[-1] = "neg"; t[1e9] = "billion"; t[math.maxinteger] = "max"; t[math.mininteger] = "min"
t[1] = "one"
print(t[0], t[-1], t[1000000000], t[math.maxinteger], t[math.mininteger], #t)
local n = 0
for k in pairs(t) do n = n + 1 end
print(n)
t[1e9] = nil
n = 0
for k in pairs(t) do n = n + 1 end
print(n)
