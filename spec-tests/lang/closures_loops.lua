-- Each loop iteration creates a fresh local captured by closures.
local fs = {}
for i = 1, 3 do fs[#fs + 1] = function() return i end end
for _, v in ipairs({"a", "b"}) do fs[#fs + 1] = function() return v end end
local j = 0
while j < 3 do
  j = j + 1
  local k = j
  fs[#fs + 1] = function() return k end
end
repeat
  local r = j
  fs[#fs + 1] = function() return r end
  j = j + 1
until r >= 4
for _, f in ipairs(fs) do io.write(tostring(f()), " ") end
print()
-- closures in the same iteration share the variable
local get, set
for i = 1, 1 do
  local x = i
  get = function() return x end
  set = function(v) x = v end
end
set(42)
print(get())
-- modifying the loop variable copy does not affect the loop
local count = 0
for i = 1, 3 do
  local f = function() i = i + 10 return i end
  count = count + f()
end
print(count)
