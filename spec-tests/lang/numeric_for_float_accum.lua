-- Float for-loops compute the count up front in 5.3? (prints the visited values)
for x = 0, 1, 0.1 do io.write(string.format("%.17g", x), " ") end print()
for x = 1, 0, -0.25 do io.write(x, " ") end print()
for x = 0.5, 3 do io.write(x, " ") end print()
for x = 1, 3, 1.5 do io.write(x, " ") end print()
local n = 0
for x = 1e15, 1e15 + 10 do n = n + 1 end
print(n)
for i = 3, 1, -0.5 do io.write(i, " ") end print()
