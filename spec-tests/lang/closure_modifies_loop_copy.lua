-- A closure that modifies its captured per-iteration variable does not affect other iterations.
local incs = {}
for i = 1, 3 do incs[i] = function() i = i + 100 return i end end
print(incs[1](), incs[1](), incs[2](), incs[3]())
