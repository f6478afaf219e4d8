-- Integer loops stay integral; mixing a float anywhere makes the sum a float.
local s = 0
for i = 1, 100 do s = s + i end
print(s, math.type(s))
local f = 0
for i = 1, 100 do f = f + i / 1 end
print(f, math.type(f))
local p = 1
for i = 1, 25 do p = p * i end
print(p, math.type(p))
