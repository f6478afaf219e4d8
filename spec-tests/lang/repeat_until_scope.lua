-- repeat-until: the condition sees locals of the body, including those captured by closures.
local fs = {}
local i = 0
repeat
  i = i + 1
  local captured = i * 10
  fs[#fs + 1] = function() return captured end
until captured >= 30
print(#fs, fs[1](), fs[2](), fs[3]())
local n = 0
repeat local stop = n > 2 n = n + 1 until stop
print(n)
