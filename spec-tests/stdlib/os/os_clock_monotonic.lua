-- os.clock does not go backwards across busy work.
local t0 = os.clock()
local x = 0
for i = 1, 200000 do x = x + i end
local t1 = os.clock()
print(x, t1 >= t0, math.type(t1))
