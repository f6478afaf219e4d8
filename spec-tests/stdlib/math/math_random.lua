-- math.random ranges and types (values themselves are implementation-specific and not printed).
math.randomseed(42)
local okf, oki, okr = true, true, true
for i = 1, 1000 do
  local f = math.random()
  if not (f >= 0 and f < 1) or math.type(f) ~= "float" then okf = false end
  local n = math.random(10)
  if not (n >= 1 and n <= 10) or math.type(n) ~= "integer" then oki = false end
  local r = math.random(-5, 5)
  if not (r >= -5 and r <= 5) then okr = false end
end
print(okf, oki, okr)
print(math.random(3, 3), math.random(1, 1))
print(pcall(math.random, math.mininteger, math.maxinteger))
print(math.type(math.random(math.mininteger // 2, math.maxinteger // 2)))
local seen = {}
for i = 1, 2000 do seen[math.random(4)] = true end
print(seen[1], seen[2], seen[3], seen[4], seen[0], seen[5])
math.randomseed(7)
local a = {math.random(100), math.random(100), math.random(100)}
math.randomseed(7)
local b = {math.random(100), math.random(100), math.random(100)}
print(a[1] == b[1] and a[2] == b[2] and a[3] == b[3])
